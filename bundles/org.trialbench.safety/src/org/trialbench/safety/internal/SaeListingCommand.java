package org.trialbench.safety.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.trialbench.safety.SafetyCase;
import org.trialbench.safety.SafetyDashboard;
import org.trialbench.safety.SafetySettings;
import org.trialbench.safety.clock.ReportingClock;
import org.trialbench.safety.report.CiomsReport;
import org.trialbench.safety.report.ReportVersions;
import org.trialbench.safety.report.SaeLineListing;

/**
 * {@code ./trialbench sae-listing --out f.xlsx}: the SAE line listing, or with {@code --case SUBJECT} the CIOMS-I-like
 * case reports of one subject's serious events.
 */
@Component(service = HeadlessCommand.class)
public class SaeListingCommand implements HeadlessCommand {
	private final Clock clock;
	private final CommandStores.SettingsSource settings;
	volatile RepositoryProvider provider;
	/** Where the environment and console come from; tests give their own. */
	CommandLogin.Terminal terminal = CommandLogin.Terminal.system();

	public SaeListingCommand() {
		this(WorkbenchSettings::load, Clock.systemUTC());
	}

	SaeListingCommand(CommandStores.SettingsSource settings, Clock clock) {
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
		return "sae-listing";
	}

	@Override
	public String summary() {
		return "write the SAE line listing (or one subject's CIOMS-I-like case reports) as .xlsx";
	}

	@Override
	public String usage() {
		return """
				./trialbench sae-listing --out FILE.xlsx [--case SCREENING-NUMBER] [--zone ZONE] [--as NAME]
				                         [--password-file FILE]
				  Writes one row per serious adverse event the user may see: coding, seriousness, causality,
				  expectedness, reporting clocks and the report version from the audit trail. With --case, writes
				  instead a CIOMS-I-like case report of each serious event of that subject (FILE-1.xlsx, ... when
				  there are several), with its version history.
				  --zone ZONE   the sponsor's time zone (default: safety.timeZone, else the system's)
				  Default user: the first active safety officer, else administrator; blinded users see no arms.
				""" + CommandLogin.HELP;
	}

	@Override
	public int run(CommandArguments arguments, PrintStream out) throws CommandException {
		Path target = arguments.path("out").orElseThrow(() -> CommandException.usage(name() + ": --out FILE.xlsx is required"));
		String subject = arguments.string("case").orElse(null);
		String zoneText = arguments.string("zone").orElse(null);
		CommandLogin login = CommandLogin.read(arguments, terminal);
		arguments.rejectUnknown();
		Properties properties = CommandStores.settings(name(), settings);
		ZoneId zone;
		try {
			zone = zoneText != null ? ZoneId.of(zoneText) : SafetySettings.zone(properties);
		} catch (RuntimeException e) {
			throw CommandException.usage(name() + ": --zone '" + zoneText + "' is not a time zone (use e.g. Europe/Berlin)");
		}
		try (CommandStore store = CommandStore.open(name(), provider, properties, login,
				CommandLogin.DefaultUser.firstWith(Role.SAFETY, Role.ADMINISTRATOR))) {
			TrialSession session = store.session();
			ReportingClock reportingClock = new ReportingClock(session.protocol().getAdverseEventSettings(), zone, clock);
			List<SafetyCase> cases = SafetyDashboard.SafetyCases.serious(session, reportingClock, new NullProgressMonitor());
			if (subject != null) {
				cases = cases.stream().filter(c -> subject.equals(c.screeningNumber())).toList();
				if (cases.isEmpty()) {
					throw new CommandException(name() + ": subject " + subject + " has no serious adverse event visible to "
							+ session.user().getUsername());
				}
				for (int i = 0; i < cases.size(); i++) {
					Path file = cases.size() == 1 ? target : numbered(target, i + 1);
					SafetyCase c = cases.get(i);
					CiomsReport.write(c, ReportVersions.of(c.event(), session.audit()), session.protocol().getName(), zone,
							file, Instant.now(clock));
					out.println("Case report of " + c.screeningNumber() + " '" + c.event().getVerbatimTerm() + "': " + file);
				}
				return 0;
			}
			Map<String, ReportVersions> versions = new HashMap<>();
			for (SafetyCase c : cases) {
				versions.put(c.event().getId(), ReportVersions.of(c.event(), session.audit()));
			}
			SaeLineListing.write(cases, versions, zone, target);
			out.println("SAE line listing of " + cases.size() + " serious adverse events: " + target);
			return 0;
		} catch (StoreException e) {
			throw new CommandException(name() + ": " + e.getMessage(), e);
		} catch (IOException e) {
			throw new CommandException(name() + ": cannot write " + target + ": " + e.getMessage(), e);
		}
	}

	private static Path numbered(Path target, int n) {
		String name = target.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String numbered = dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
		return Optional.ofNullable(target.getParent()).map(p -> p.resolve(numbered)).orElse(Path.of(numbered));
	}
}
