package org.trialbench.adjudication.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.trialbench.adjudication.AdjudicationExport;
import org.trialbench.adjudication.Agreement;
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

/** {@code ./trialbench export-adjudication --out FILE}: adjudication results for the analysis. */
@Component(service = HeadlessCommand.class)
public class ExportAdjudicationCommand implements HeadlessCommand {

	private final CommandStores.SettingsSource settings;
	private volatile RepositoryProvider provider;
	/** Where the environment and console come from; tests give their own. */
	CommandLogin.Terminal terminal = CommandLogin.Terminal.system();

	public ExportAdjudicationCommand() {
		this(WorkbenchSettings::load);
	}

	ExportAdjudicationCommand(CommandStores.SettingsSource settings) {
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
		return "export-adjudication";
	}

	@Override
	public String summary() {
		return "export adjudication results (one row per case) to .csv or .xlsx for the analysis";
	}

	@Override
	public String usage() {
		return "./trialbench export-adjudication --out FILE.csv|FILE.xlsx [--as NAME] [--password-file FILE]\n"
				+ "  One row per case: final decision, how it was reached, both independent reviews with signature\n"
				+ "  checks, round-2 decisions. The .xlsx has a second sheet with percent agreement and Cohen's kappa.\n"
				+ "  Default user: the first active statistician, else administrator. --user NAME is accepted as the\n"
				+ "  older name of --as.\n"
				+ CommandLogin.HELP;
	}

	@Override
	public int run(CommandArguments arguments, PrintStream out) throws CommandException {
		Path file = arguments.path("out").orElseThrow(() -> CommandException.usage(name() + ": option --out is required"));
		CommandLogin login = CommandLogin.read(arguments, terminal, CommandLogin.PASSWORD_FILE_OPTION, "user");
		arguments.rejectUnknown();
		String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
			throw CommandException.usage(name() + ": --out must name a .csv or .xlsx file, not " + file);
		}
		try (CommandStore store = CommandStore.open(name(), provider, settings, login,
				CommandLogin.DefaultUser.firstWith(Role.STATISTICIAN, Role.ADMINISTRATOR))) {
			AdjudicationExport export = new AdjudicationExport(store.session());
			export.write(file);
			Agreement agreement = export.agreement();
			out.println("Wrote " + export.rows().size() + " adjudication cases to " + file.toAbsolutePath() + ".");
			out.println(String.format(Locale.ROOT, "Independent reviews: %d cases, %.1f%% agreement, Cohen's kappa %.3f",
					agreement.cases(), agreement.percentAgreement(), agreement.kappa()));
			return 0;
		} catch (StoreException e) {
			throw new CommandException(name() + ": " + e.getMessage(), e);
		} catch (IOException e) {
			throw new CommandException(name() + ": cannot write " + file + ": " + e.getMessage(), e);
		}
	}
}
