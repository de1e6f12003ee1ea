package org.trialbench.monitoring.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.trialbench.clinical.Site;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;
import org.trialbench.monitoring.VisitReport;
import org.trialbench.monitoring.VisitReportWorkbook;
import org.trialbench.repository.CommandLogin;
import org.trialbench.repository.CommandStore;
import org.trialbench.repository.CommandStores;
import org.trialbench.repository.RepositoryProvider;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;

/** {@code ./trialbench visit-report}: a monitoring visit report of one site as an .xlsx workbook or a PDF. */
@Component(service = HeadlessCommand.class)
public class VisitReportCommand implements HeadlessCommand {

	private final CommandStores.SettingsSource settings;
	/** Where the environment and console come from; tests give their own. */
	CommandLogin.Terminal terminal = CommandLogin.Terminal.system();
	private final Clock clock;
	private volatile RepositoryProvider provider;

	public VisitReportCommand() {
		this(WorkbenchSettings::load, Clock.systemUTC());
	}

	VisitReportCommand(CommandStores.SettingsSource settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
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
		return "visit-report";
	}

	@Override
	public String summary() {
		return "write a site's monitoring visit report (.xlsx or .pdf)";
	}

	@Override
	public String usage() {
		return """
				./trialbench visit-report --site CODE --out FILE.xlsx|FILE.pdf [--from YYYY-MM-DD] [--to YYYY-MM-DD]
				                          [--as NAME] [--password-file FILE]
				  What was verified during the visit, findings (values changed after verification, critical values
				  pending, overdue visits), queries raised, closed and unresolved, and the action items.
				  --from, --to  the days of the visit (default: today for both; --from alone means up to today)
				  Default user: the site's first active monitor, else a data manager or administrator.
				""" + CommandLogin.HELP;
	}

	@Override
	public int run(CommandArguments arguments, PrintStream out) throws CommandException {
		String siteCode = arguments.requiredString("site");
		Path file = arguments.path("out").orElseThrow(
				() -> CommandException.usage(name() + ": option --out is required (the .xlsx or .pdf file to write)"));
		LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		LocalDate from = date(arguments.string("from").orElse(null), today, "from");
		LocalDate to = date(arguments.string("to").orElse(null), today, "to");
		CommandLogin login = CommandLogin.read(arguments, terminal);
		arguments.rejectUnknown();
		String fileName = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		boolean pdf = fileName.endsWith(".pdf");
		if (!pdf && !fileName.endsWith(".xlsx")) {
			throw CommandException.usage(name() + ": --out must name an .xlsx or a .pdf file, not " + file);
		}
		if (to.isBefore(from)) {
			throw CommandException.usage(name() + ": --to " + to + " is before --from " + from);
		}
		try (CommandStore store = CommandStore.open(name(), provider, settings, login, new SiteMonitor(siteCode))) {
			TrialSession session = store.session();
			Site site = SiteMonitor.site(name(), session, siteCode);
			VisitReport report = VisitReport.build(session, site, from, to, clock.instant(), new NullProgressMonitor());
			if (pdf) {
				org.trialbench.monitoring.VisitReportPdf.write(report, file);
			} else {
				VisitReportWorkbook.write(report, file);
			}
			out.println("Wrote the monitoring visit report of site " + site.getCode() + " (" + from + " to " + to
					+ ", monitor " + session.user().getUsername() + ") to " + file.toAbsolutePath());
			out.println("  verified during the visit: " + report.verified().size() + "; changed after verification: "
					+ report.changedAfterVerification().size() + "; critical pending: " + report.pendingCritical().size()
					+ "; unresolved queries: " + report.unresolved().size() + "; overdue visits: "
					+ report.overdueVisits().size());
			for (String action : report.actions()) {
				out.println("  - " + action);
			}
			return 0;
		} catch (StoreException e) {
			throw new CommandException(name() + ": " + e.getMessage(), e);
		} catch (IOException e) {
			throw new CommandException(name() + ": cannot write " + file + ": " + e.getMessage(), e);
		}
	}

	private LocalDate date(String text, LocalDate otherwise, String option) throws CommandException {
		if (text == null) {
			return otherwise;
		}
		try {
			return LocalDate.parse(text.strip());
		} catch (DateTimeParseException e) {
			throw CommandException.usage(name() + ": --" + option + " must be a date like 2026-11-25, not '" + text + "'");
		}
	}
}
