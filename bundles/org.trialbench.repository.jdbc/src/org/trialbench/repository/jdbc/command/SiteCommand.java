package org.trialbench.repository.jdbc.command;

import java.io.PrintStream;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.Site;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;
import org.trialbench.repository.CommandLogin;
import org.trialbench.repository.CommandStore;
import org.trialbench.repository.CommandStores;
import org.trialbench.repository.CommitInfo;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;
import org.trialbench.repository.jdbc.JdbcRepositoryProvider;

/**
 * {@code ./trialbench site}: lists and administers the trial's sites, as {@code ./trialbench user} does users. Every
 * change is an audited commit by an administrator.
 */
@Component(service = HeadlessCommand.class)
public class SiteCommand implements HeadlessCommand {

	/** ISO 3166-1 alpha-2 codes the JDK knows. */
	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	/** Where the settings, environment and console come from; tests give their own. */
	CommandStores.SettingsSource settings = WorkbenchSettings::load;
	CommandLogin.Terminal terminal = CommandLogin.Terminal.system();

	@Override
	public String name() {
		return "site";
	}

	@Override
	public String summary() {
		return "list the trial's sites; add them or set their name, country and time zone (administrators)";
	}

	@Override
	public String usage() {
		return """
				./trialbench site list
				./trialbench site add CODE --name TEXT [--country CC] [--time-zone ZONE]
				./trialbench site set CODE [--name TEXT] [--country CC] [--time-zone ZONE]   ("" clears country or zone)
				  CODE names the site in records, files and user rights (01, 02, MUC, ...) and never changes.
				  --country is an ISO 3166-1 alpha-2 code (DE, AT, ...); --time-zone an IANA zone (Europe/Berlin), for
				  the clocks that count a site's local calendar days. Every change is committed with --reason TEXT (a
				  default names the command) and audited. Give users rights at the new site with ./trialbench user
				  set-sites. The administrator logs in as every command does (--as NAME, --password-file FILE,
				  TRIALBENCH_PASSWORD).
				""" + CommandLogin.HELP;
	}

	@Override
	public int run(CommandArguments arguments, PrintStream out) throws CommandException {
		List<String> words = arguments.positional();
		if (words.isEmpty() || !List.of("list", "add", "set").contains(words.get(0))) {
			throw CommandException.usage("site: say what to do: list, add CODE or set CODE");
		}
		String action = words.get(0);
		String code = null;
		if (action.equals("list")) {
			if (words.size() > 1) {
				throw CommandException.usage("site list: takes no site code");
			}
		} else if (words.size() != 2) {
			throw CommandException.usage("site " + action + ": give exactly one site code");
		} else {
			code = words.get(1);
		}
		CommandLogin login = CommandLogin.read(arguments, terminal);
		String name = arguments.string("name").orElse(null);
		String country = arguments.string("country").map(c -> c.strip().toUpperCase(Locale.ROOT)).orElse(null);
		String zone = arguments.string("time-zone").map(String::strip).orElse(null);
		String reason = arguments.string("reason").orElse("site " + action + (code == null ? "" : " " + code));
		arguments.rejectUnknown();
		if (action.equals("add") && (name == null || name.isBlank())) {
			throw CommandException.usage("site add: --name TEXT is required (the site's name as people say it)");
		}
		if (action.equals("set") && name == null && country == null && zone == null) {
			throw CommandException.usage("site set: give what to change: --name, --country or --time-zone");
		}
		checkCountry(country);
		checkZone(zone);

		try (CommandStore store = CommandStore.open(name(), new JdbcRepositoryProvider(), settings, login,
				CommandLogin.DefaultUser.firstWith(Role.ADMINISTRATOR))) {
			TrialSession session = store.session();
			if (!session.hasRole(Role.ADMINISTRATOR)) {
				throw new CommandException("site " + action + ": " + session.user().getUsername()
						+ " is not an administrator; only administrators add and change sites");
			}
			if (action.equals("list")) {
				for (Site site : session.trial().getSites()) {
					out.println(describe(site));
				}
				return 0;
			}
			try (TrialTransaction tx = session.begin()) {
				Site site;
				if (action.equals("add")) {
					site = ClinicalFactory.eINSTANCE.createSite();
					site.setCode(code);
					apply(site, name, country, zone);
					tx.addSite(site);
				} else {
					site = tx.editSite(code);
					apply(site, name, country, zone);
					if (!tx.isDirty()) {
						out.println("site " + code + " already is " + describe(site) + "; nothing changed");
						return 0;
					}
				}
				CommitInfo commit = tx.commit(reason);
				out.println((action.equals("add") ? "added site " : "site now: ") + describe(site) + " (commit "
						+ commit.commitId() + ")");
			}
			return 0;
		} catch (StoreException e) {
			throw new CommandException("site " + action + ": " + e.getMessage() + "; nothing was changed", e);
		}
	}

	private static void apply(Site site, String name, String country, String zone) {
		if (name != null) {
			site.setName(name.strip());
		}
		if (country != null) {
			site.setCountry(country.isEmpty() ? null : country);
		}
		if (zone != null) {
			site.setTimeZone(zone.isEmpty() ? null : zone);
		}
	}

	static void checkCountry(String country) throws CommandException {
		if (country != null && !country.isEmpty() && !COUNTRIES.contains(country)) {
			throw CommandException.usage("site: --country " + country + " is not an ISO 3166-1 alpha-2 code (DE, AT, "
					+ "CH, ...)");
		}
	}

	static void checkZone(String zone) throws CommandException {
		if (zone == null || zone.isEmpty()) {
			return;
		}
		try {
			ZoneId.of(zone);
		} catch (DateTimeException e) {
			throw CommandException.usage("site: --time-zone " + zone + " is not a time zone (use an IANA name such "
					+ "as Europe/Berlin)");
		}
	}

	static String describe(Site site) {
		return String.format("%-8s %-32s %-3s %s", site.getCode(), site.getName() == null ? "" : site.getName(),
				site.getCountry() == null ? "-" : site.getCountry(),
				site.getTimeZone() == null ? "-" : site.getTimeZone());
	}
}
