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
import org.trialbench.publication.TablesExport;
import org.trialbench.publication.excel.ListingsExport;
import org.trialbench.repository.CommandLogin;
import org.trialbench.repository.CommandStore;
import org.trialbench.repository.CommandStores;
import org.trialbench.repository.RepositoryProvider;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;

/** {@code ./trialbench export-listings}: the subject-level data behind the tables, streamed to .xlsx or CSV. */
@Component(service = HeadlessCommand.class)
public class ExportListingsCommand implements HeadlessCommand {

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
		return "export-listings";
	}

	@Override
	public String summary() {
		return "write the subject-level listings behind the tables (xlsx or csv)";
	}

	@Override
	public String usage() {
		return """
				./trialbench export-listings --out listings.xlsx [--format xlsx|csv] [--snapshot ID]
				                             [--as NAME] [--password-file FILE]
				  Writes the listings (subjects and populations, primary outcome, baseline, adverse events) of a data
				  snapshot. xlsx: one streamed workbook; csv: one file per listing named after --out
				  (listings-subjects.csv, ...). Text that a spreadsheet would run as a formula is neutralised.
				  --snapshot ID   a data lock; default the newest lock; 'live' for the live data
				  Default user: the first active statistician.
				""" + CommandLogin.HELP;
	}

	@Override
	public int run(CommandArguments arguments, PrintStream out) throws CommandException {
		Path file = arguments.path("out").orElseThrow(() -> CommandException.usage("export-listings: --out FILE is required"));
		ListingsExport.Format format;
		try {
			format = ListingsExport.Format.parse(arguments.string("format").orElse("xlsx"));
		} catch (IllegalArgumentException e) {
			throw CommandException.usage("export-listings: " + e.getMessage());
		}
		String snapshot = arguments.string("snapshot").orElse(null);
		CommandLogin login = CommandLogin.read(arguments, terminal);
		arguments.rejectUnknown();
		try (CommandStore store = CommandStore.open(name(), provider, settings, login,
				CommandLogin.DefaultUser.firstWith(Role.STATISTICIAN))) {
			TrialSession session = store.session();
			long start = System.nanoTime();
			List<Path> files = TablesExport.listings(session, snapshot, Population.ITT, format, file,
					new ConsoleProgress(out));
			out.printf("Wrote %s in %.1f s%n", files.stream().map(Path::toString).toList(),
					(System.nanoTime() - start) / 1e9);
			return 0;
		} catch (StoreException e) {
			throw new CommandException("export-listings: " + e.getMessage(), e);
		} catch (IOException e) {
			throw new CommandException("export-listings: cannot write " + file + ": " + e.getMessage(), e);
		} catch (OperationCanceledException e) {
			throw new CommandException("export-listings: cancelled; nothing complete was written", e);
		}
	}
}
