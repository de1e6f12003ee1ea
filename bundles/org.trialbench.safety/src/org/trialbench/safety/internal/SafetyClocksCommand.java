package org.trialbench.safety.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Properties;

import org.eclipse.core.runtime.NullProgressMonitor;
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
import org.trialbench.repository.CommandLogin;
import org.trialbench.repository.CommandStore;
import org.trialbench.repository.CommandStores;
import org.trialbench.repository.RepositoryProvider;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;
import org.trialbench.safety.SafetyDashboard;
import org.trialbench.safety.SafetySettings;
import org.trialbench.safety.clock.ClockState;
import org.trialbench.safety.clock.ReportObligation;
import org.trialbench.safety.clock.ReportingClock;

/** {@code ./trialbench safety-clocks}: the reports serious adverse events owe, due, overdue and submitted. */
@Component(service = HeadlessCommand.class)
public class SafetyClocksCommand implements HeadlessCommand {
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");
	private final Clock clock;
	private final CommandStores.SettingsSource settings;
	volatile RepositoryProvider provider;
	/** Where the environment and console come from; tests give their own. */
	CommandLogin.Terminal terminal = CommandLogin.Terminal.system();

	public SafetyClocksCommand() {
		this(WorkbenchSettings::load, Clock.systemUTC());
	}

	SafetyClocksCommand(CommandStores.SettingsSource settings, Clock clock) {
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
		return "safety-clocks";
	}

	@Override
	public String summary() {
		return "list the SAE and SUSAR reports that are due, overdue or submitted";
	}

	@Override
	public String usage() {
		return """
				./trialbench safety-clocks [--open] [--at DATE[THH:MM]] [--zone ZONE] [--as NAME] [--password-file FILE]
				  One line per report a serious adverse event owes: SAE to the sponsor (24 h from awareness), SUSAR to
				  the authorities (7 calendar days when fatal or life-threatening, else 15) and the fatal/life-threatening
				  follow-up (8 more days); then the counts. Exits 1 when any report is overdue.
				  --open        only reports not yet submitted
				  --at WHEN     the clocks as they stood then, in the sponsor's zone (a date alone: its end), e.g. at a
				                data cutoff; default now
				  --zone ZONE   the sponsor's time zone for calendar days (default: safety.timeZone, else the system's)
				  Default user: the first active safety officer, else administrator; blinded users see no arms.
				""" + CommandLogin.HELP;
	}

	@Override
	public int run(CommandArguments arguments, PrintStream out) throws CommandException {
		boolean open = arguments.flag("open");
		String zoneText = arguments.string("zone").orElse(null);
		CommandLogin login = CommandLogin.read(arguments, terminal);
		String atText = arguments.string("at").orElse(null);
		arguments.rejectUnknown();
		Properties properties = CommandStores.settings(name(), settings);
		ZoneId zone;
		try {
			zone = zoneText != null ? ZoneId.of(zoneText) : SafetySettings.zone(properties);
		} catch (RuntimeException e) {
			throw CommandException.usage(name() + ": " + (zoneText != null ? "--zone '" + zoneText
					+ "' is not a time zone (use e.g. Europe/Berlin)" : e.getMessage()));
		}
		Clock clock = this.clock;
		if (atText != null) {
			clock = Clock.fixed(moment(atText, zone), zone);
		}
		try (CommandStore store = CommandStore.open(name(), provider, properties, login,
				CommandLogin.DefaultUser.firstWith(Role.SAFETY, Role.ADMINISTRATOR))) {
			TrialSession session = store.session();
			ReportingClock reportingClock = new ReportingClock(session.protocol().getAdverseEventSettings(), zone, clock);
			SafetyDashboard dashboard = SafetyDashboard.collect(session, reportingClock, new NullProgressMonitor());
			for (SafetyDashboard.Row row : dashboard.rows()) {
				ReportObligation o = row.obligation();
				if (open && !o.state().open()) {
					continue;
				}
				out.printf("%-14s %-10s %-30s %-28s due %s%s  %s%n", o.state().label().toUpperCase(),
						row.safetyCase().screeningNumber(), row.safetyCase().term(), o.kind().label(),
						TIME.format(o.deadline().minusSeconds(o.lastDay() != null ? 1 : 0).atZone(zone)),
						o.submitted() != null ? ", sent " + TIME.format(o.submitted().atZone(zone)) : "",
						row.safetyCase().armLabel());
			}
			Map<ClockState, Integer> counts = dashboard.counts();
			out.printf("%d serious adverse events: %d reports due, %d overdue, %d submitted, %d submitted late; "
					+ "%d serious related events await an expectedness assessment (zone %s, as of %s)%n",
					dashboard.cases().size(), counts.get(ClockState.DUE), counts.get(ClockState.OVERDUE),
					counts.get(ClockState.SUBMITTED), counts.get(ClockState.SUBMITTED_LATE),
					dashboard.awaitingExpectedness().size(), zone, TIME.format(clock.instant().atZone(zone)));
			return counts.get(ClockState.OVERDUE) > 0 ? 1 : 0;
		} catch (StoreException e) {
			throw new CommandException(name() + ": " + e.getMessage(), e);
		}
	}

	/** A date (its last minute) or a date and time, in the sponsor's zone. */
	private Instant moment(String text, ZoneId zone) throws CommandException {
		try {
			if (text.length() <= 10) {
				return LocalDate.parse(text).atTime(23, 59).atZone(zone).toInstant();
			}
			return LocalDateTime.parse(text.replace(' ', 'T')).atZone(zone).toInstant();
		} catch (DateTimeParseException e) {
			throw CommandException.usage(name() + ": --at '" + text + "' is not a date or date and time like "
					+ "2026-10-30 or 2026-10-30T18:00");
		}
	}
}
