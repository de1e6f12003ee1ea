package org.trialbench.demo.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Properties;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;
import org.trialbench.demo.DemoSummary;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.demo.DemoUsers;
import org.trialbench.repository.RepositoryProvider;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialRepository;

/**
 * {@code ./trialbench demo}: fills an empty store with a generated demo trial. The store reference is optional so
 * that the command is listed, and says what is missing, even where no store implementation is installed.
 */
@Component(service = HeadlessCommand.class)
public class DemoCommand implements HeadlessCommand {
	/** Where the settings come from; tests give their own. */
	interface SettingsSource {
		Properties load() throws IOException;
	}

	private final SettingsSource settings;
	private volatile RepositoryProvider provider;

	public DemoCommand() {
		this(WorkbenchSettings::load);
	}

	DemoCommand(SettingsSource settings) {
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
		return "demo";
	}

	@Override
	public String summary() {
		return "fill an empty store with a generated demo trial (POEM vs BTX)";
	}

	@Override
	public String usage() {
		return "./trialbench demo [--sites N] [--subjects N] [--seed S] [--if-empty]\n"
				+ "  Generates an invented trial on the POEM vs BTX protocol and stores it in the store named by\n"
				+ "  trialbench.properties. The same numbers and seed always give the same trial. On a server store\n"
				+ "  the trial is loaded by the store's owner (store.server.user, password in TRIALBENCH_DB_PASSWORD),\n"
				+ "  not by a Trialbench user: --as and TRIALBENCH_PASSWORD do not apply.\n"
				+ "  --sites N      sites, 1-" + DemoTrialGenerator.MAX_SITES + " (default "
				+ DemoTrialGenerator.DEFAULT_SITES + ")\n"
				+ "  --subjects N   screened subjects (default " + DemoTrialGenerator.DEFAULT_SUBJECTS + ")\n"
				+ "  --seed S       seed of the random draws (default " + DemoTrialGenerator.DEFAULT_SEED + ")\n"
				+ "  --if-empty     do nothing, successfully, when the store already holds a trial\n"
				+ "  Every demo user's password is '" + DemoUsers.PASSWORD + "' (users: admin, datamanager,\n"
				+ "  statistician, safety, adjudicator1-3, committee1-2, monitorN, and piNN/invNN per site NN).";
	}

	@Override
	public int run(CommandArguments arguments, PrintStream out) throws CommandException {
		int sites = arguments.integer("sites", DemoTrialGenerator.DEFAULT_SITES, 1, DemoTrialGenerator.MAX_SITES);
		int subjects = arguments.integer("subjects", DemoTrialGenerator.DEFAULT_SUBJECTS, 0,
				sites * DemoTrialGenerator.MAX_SUBJECTS_PER_SITE);
		long seed = arguments.longInteger("seed", DemoTrialGenerator.DEFAULT_SEED);
		boolean ifEmpty = arguments.flag("if-empty");
		arguments.rejectUnknown();

		RepositoryProvider provider = this.provider;
		if (provider == null) {
			throw new CommandException("demo: no trial store implementation is installed; "
					+ "install the repository bundle (org.trialbench.repository.jdbc) and try again");
		}
		Properties properties;
		try {
			properties = settings.load();
		} catch (IOException e) {
			throw new CommandException("demo: cannot read the settings " + WorkbenchSettings.file() + ": "
					+ e.getMessage(), e);
		}
		try (TrialRepository repository = provider.open(properties)) {
			if (!repository.isEmpty()) {
				if (ifEmpty) {
					out.println("The " + repository.description() + " already holds a trial; nothing generated.");
					return 0;
				}
				throw new CommandException("demo: the " + repository.description() + " already holds a trial; "
						+ "the demo trial goes only into an empty store (use another TRIALBENCH_HOME, or --if-empty "
						+ "to leave a filled store alone)");
			}
			out.println("Generating a demo trial: " + sites + " sites, " + subjects + " subjects, seed " + seed
					+ " ...");
			DemoTrial demo = new DemoTrialGenerator(sites, subjects, seed).generate(new NullProgressMonitor());
			DemoSummary summary = demo.summary();
			repository.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
			out.println("Stored '" + demo.trial().getName() + "' in the " + repository.description() + ":");
			for (String line : summary.lines()) {
				out.println("  " + line);
			}
			org.trialbench.demo.DemoJourneys.prepare(repository, seed, out);
			out.println("Log in as any demo user (e.g. admin, pi01, monitor1) with the password '"
					+ DemoUsers.PASSWORD + "'.");
			return 0;
		} catch (StoreException e) {
			throw new CommandException("demo: " + e.getMessage(), e);
		} catch (OperationCanceledException e) {
			throw new CommandException("demo: cancelled; nothing was stored", e);
		}
	}
}
