package org.trialbench.repository.jdbc.command;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;
import org.trialbench.repository.CommandLogin;
import org.trialbench.repository.SiteAdministration;

/**
 * {@code ./trialbench site}: lists and administers the trial's sites, as {@code ./trialbench user} does users. Every
 * change is an audited commit by an administrator.
 */
@Component(service = HeadlessCommand.class)
public class SiteCommand extends AdministrationCommand {

	private static final Map<String, Boolean> ACTIONS = actions();

	private static Map<String, Boolean> actions() {
		Map<String, Boolean> actions = new LinkedHashMap<>();
		actions.put("list", false);
		actions.put("add", true);
		actions.put("set", true);
		return actions;
	}

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
		Request request = request(arguments, ACTIONS, "site code");
		CommandLogin login = CommandLogin.read(arguments, terminal);
		SiteAdministration.Change change = new SiteAdministration.Change(arguments.string("name").orElse(null),
				arguments.string("country").orElse(null), arguments.string("time-zone").orElse(null));
		String reason = arguments.string("reason").orElse(request.defaultReason(name()));
		arguments.rejectUnknown();
		boolean add = request.action().equals("add");
		if (add && (change.name() == null || change.name().isEmpty())) {
			throw CommandException.usage("site add: --name TEXT is required (the site's name as people say it)");
		}
		if (request.action().equals("set") && change.isEmpty()) {
			throw CommandException.usage("site set: give what to change: --name, --country or --time-zone");
		}
		if (!request.action().equals("list")) {
			String problem = SiteAdministration.problem(change, add);
			if (problem != null) {
				throw CommandException.usage("site " + request.action() + ": " + problem);
			}
		}
		return asAdministrator(request, login, "add and change sites", "; nothing was changed", session -> {
			SiteAdministration sites = new SiteAdministration(session);
			switch (request.action()) {
			case "list" -> sites.sites().forEach(site -> out.println(SiteAdministration.describe(site)));
			case "add" -> {
				SiteAdministration.Outcome added = sites.add(request.target(), change, reason);
				out.println("added site " + SiteAdministration.describe(added.site()) + " (commit "
						+ added.commit().commitId() + ")");
			}
			case "set" -> {
				SiteAdministration.Outcome set = sites.set(request.target(), change, reason);
				out.println(set.changed()
						? "site now: " + SiteAdministration.describe(set.site()) + " (commit " + set.commit().commitId()
								+ ")"
						: "site " + request.target() + " already is " + SiteAdministration.describe(set.site())
								+ "; nothing changed");
			}
			default -> throw new IllegalStateException(request.action());
			}
			return 0;
		});
	}
}
