package org.trialbench.adjudication.internal;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.trialbench.adjudication.CaseGenerator;
import org.trialbench.adjudication.CommitteeOverview;
import org.trialbench.clinical.Role;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;
import org.trialbench.repository.CommandLogin;
import org.trialbench.repository.CommandStore;
import org.trialbench.repository.CommandStores;
import org.trialbench.repository.RepositoryProvider;
import org.trialbench.repository.StoreException;

/** {@code ./trialbench adjudication-cases}: opens the adjudication cases the protocol asks for. */
@Component(service = HeadlessCommand.class)
public class AdjudicationCasesCommand implements HeadlessCommand {

	private final CommandStores.SettingsSource settings;
	private volatile RepositoryProvider provider;
	/** Where the environment and console come from; tests give their own. */
	CommandLogin.Terminal terminal = CommandLogin.Terminal.system();

	public AdjudicationCasesCommand() {
		this(WorkbenchSettings::load);
	}

	AdjudicationCasesCommand(CommandStores.SettingsSource settings) {
		this.settings = settings;
	}

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	void setRepositoryProvider(RepositoryProvider provider) {
		this.provider = provider;
	}

	void unsetRepositoryProvider(RepositoryProvider provider) {
		if (this.provider == provider) {
			this.provider = null;
		}
	}

	@Override
	public String name() {
		return "adjudication-cases";
	}

	@Override
	public String summary() {
		return "open the adjudication cases the protocol asks for (time point reached, suspected failures)";
	}

	@Override
	public String usage() {
		return "./trialbench adjudication-cases [--as NAME] [--password-file FILE]\n"
				+ "  Opens one case per subject whose time-point visit of an adjudicated endpoint is done, and one per\n"
				+ "  re-intervention before the time point. Cases that exist already are left alone.\n"
				+ "  Default user: the first active administrator. --user NAME is accepted as the older name of --as.\n"
				+ CommandLogin.HELP;
	}

	@Override
	public int run(CommandArguments arguments, PrintStream out) throws CommandException {
		CommandLogin login = CommandLogin.read(arguments, terminal, CommandLogin.PASSWORD_FILE_OPTION, "user");
		arguments.rejectUnknown();
		try (CommandStore store = CommandStore.open(name(), provider, settings, login,
				CommandLogin.DefaultUser.firstWith(Role.ADMINISTRATOR))) {
			CaseGenerator.Result result = new CaseGenerator().generate(store.session(), new NullProgressMonitor());
			out.println("Checked " + result.subjectsChecked() + " subjects: opened " + result.created()
					+ " adjudication cases, " + result.alreadyOpen() + " were open already.");
			CommitteeOverview overview = CommitteeOverview.of(store.session().adjudicationCases(),
					store.session().protocol().getAdjudicationSettings());
			out.println("Cases: " + overview.open() + " open, " + overview.inConsensus() + " in consensus, "
					+ overview.closed() + " closed (" + overview.agreed() + " agreed).");
			return 0;
		} catch (StoreException e) {
			throw new CommandException(name() + ": " + e.getMessage(), e);
		}
	}
}
