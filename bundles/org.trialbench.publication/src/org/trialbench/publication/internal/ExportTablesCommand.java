package org.trialbench.publication.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.trialbench.clinical.Role;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;
import org.trialbench.publication.Population;
import org.trialbench.publication.SiteScope;
import org.trialbench.publication.TablesExport;
import org.trialbench.publication.excel.TablesWorkbook;
import org.trialbench.publication.tables.PublicationTable;
import org.trialbench.repository.CommandLogin;
import org.trialbench.repository.CommandStore;
import org.trialbench.repository.CommandStores;
import org.trialbench.repository.RepositoryProvider;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;

/** {@code ./trialbench export-tables}: the publication tables of a snapshot as one Excel workbook. */
@Component(service = HeadlessCommand.class)
public class ExportTablesCommand implements HeadlessCommand {

	private volatile RepositoryProvider provider;
	/** Where the settings, environment and console come from; tests give their own. */
	CommandStores.SettingsSource settings = WorkbenchSettings::load;
	CommandLogin.Terminal terminal = CommandLogin.Terminal.system();

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
		return "export-tables";
	}

	@Override
	public String summary() {
		return "write the publication tables (CONSORT, Table 1, outcomes, subgroups, harms) to an Excel workbook";
	}

	@Override
	public String usage() {
		return """
				./trialbench export-tables --out tables.xlsx [--snapshot ID] [--population ITT|PP|safety]
				                           [--as NAME] [--password-file FILE]
				  Computes the paper's tables from a data snapshot and writes one workbook: an About sheet (snapshot,
				  lock time, population, software version), then one sheet per table with its figures.
				  --snapshot ID   a data lock (e.g. LOCK-1); default the newest lock; 'live' for the live data
				                  (marked NOT LOCKED in every table)
				  --population P  population of Table 1, secondary outcomes and subgroups (default ITT); the primary
				                  outcome is shown in ITT and PP, harms in the safety population
				  Who computes: a statistician (default user: the first active statistician), or the writing
				  committee once the data are locked.
				""" + CommandLogin.HELP;
	}

	@Override
	public int run(CommandArguments arguments, PrintStream out) throws CommandException {
		Path file = arguments.path("out").orElseThrow(() -> CommandException.usage("export-tables: --out FILE is required"));
		String snapshot = arguments.string("snapshot").orElse(null);
		Population population;
		try {
			population = Population.parse(arguments.string("population").orElse("ITT"));
		} catch (IllegalArgumentException e) {
			throw CommandException.usage("export-tables: " + e.getMessage());
		}
		CommandLogin login = CommandLogin.read(arguments, terminal);
		arguments.rejectUnknown();
		try (CommandStore store = CommandStore.open(name(), provider, settings, login,
				CommandLogin.DefaultUser.firstWith(Role.STATISTICIAN))) {
			TrialSession session = store.session();
			long start = System.nanoTime();
			List<PublicationTable> tables = TablesExport.tables(session, snapshot, population, file,
					new ConsoleProgress(out));
			out.printf("Wrote %d tables to %s in %.1f s (%s)%n", tables.size(), file.toAbsolutePath(),
					(System.nanoTime() - start) / 1e9, tables.get(0).footnotes().get(tables.get(0).footnotes().size() - 1));
			SiteScope scope = SiteScope.of(session);
			if (scope != null) {
				out.println("Note: " + session.user().getUsername() + " sees only " + scope.sites() + ", so the tables "
						+ "count only those sites' subjects, not the trial's (" + scope.trialSites() + " sites)");
			}
			for (PublicationTable table : tables) {
				for (int i = 0; i < table.pictures().size(); i++) {
					if (table.pictures().get(i).svg() != null) {
						out.println("Wrote the vector figure " + TablesWorkbook.vectorFile(file.toAbsolutePath(), table, i)
								+ " (" + table.pictures().get(i).title() + ")");
					}
				}
			}
			return 0;
		} catch (StoreException e) {
			throw new CommandException("export-tables: " + e.getMessage(), e);
		} catch (IOException e) {
			throw new CommandException("export-tables: cannot write " + file + ": " + e.getMessage(), e);
		} catch (OperationCanceledException e) {
			throw new CommandException("export-tables: cancelled; nothing was written", e);
		}
	}
}
