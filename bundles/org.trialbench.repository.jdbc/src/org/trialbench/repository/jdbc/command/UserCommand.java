package org.trialbench.repository.jdbc.command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.User;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;
import org.trialbench.repository.CommandLogin;
import org.trialbench.repository.SecurityEvent;
import org.trialbench.repository.UserAdministration;

/**
 * {@code ./trialbench user}: lists and administers the trial's users. Every change is an audited commit by an
 * administrator and takes effect in the store's access control at once.
 */
@Component(service = HeadlessCommand.class)
public class UserCommand extends AdministrationCommand {

	/** The acting administrator's own password (the login of every command, {@link CommandLogin}). */
	public static final String LOGIN_PASSWORD_ENVIRONMENT = CommandLogin.PASSWORD_ENVIRONMENT;
	/** The acting administrator's password file: the user command's --password-file is the new user's. */
	static final String LOGIN_PASSWORD_FILE_OPTION = "as-password-file";
	/** The new password for {@code user add} and {@code user password}, unless a file or the console gives it. */
	public static final String NEW_PASSWORD_ENVIRONMENT = "TRIALBENCH_NEW_PASSWORD";

	private static final Map<String, Boolean> ACTIONS = actions();

	private static Map<String, Boolean> actions() {
		Map<String, Boolean> actions = new LinkedHashMap<>();
		actions.put("list", false);
		for (String action : List.of("add", "set-roles", "set-sites", "deactivate", "password", "unlock-signing")) {
			actions.put(action, true);
		}
		actions.put("security-log", false);
		return actions;
	}

	@Override
	public String name() {
		return "user";
	}

	@Override
	public String summary() {
		return "list users; add them, set their roles, sites, password, or deactivate them (administrators)";
	}

	@Override
	public String usage() {
		return """
				./trialbench user list
				./trialbench user add NAME --roles ROLE[,ROLE] [--sites CODE[,CODE]] [--full-name TEXT] [--email ADDRESS]
				./trialbench user set-roles NAME --roles ROLE[,ROLE]
				./trialbench user set-sites NAME --sites CODE[,CODE]      (an empty list: --sites "")
				./trialbench user deactivate NAME
				./trialbench user password NAME
				./trialbench user unlock-signing NAME    (after wrong passwords at e-signatures)
				./trialbench user security-log           (wrong passwords at signing, locks and unlocks)
				  Every change is committed with --reason TEXT (a default names the command) and audited; the store's
				  access control follows at once (on PostgreSQL the login itself: a deactivated user cannot log in).
				  Roles: investigator, monitor, safety, adjudicator, data-manager, writing-committee, statistician,
				  administrator. Sites by code (01, 02, ...).
				  The acting administrator logs in as every command does: --as NAME, else session.user of the
				  settings, else on the embedded store the first active administrator; the administrator's own
				  password from TRIALBENCH_PASSWORD, else --as-password-file FILE (first line), else asked at the
				  console (needed on a server store; on the embedded store optional, and checked when given).
				  Here --password-file FILE is the NEW password (add, password), not the administrator's; else
				  TRIALBENCH_NEW_PASSWORD or the console; it needs at least 8 characters.""";
	}

	@Override
	public int run(CommandArguments arguments, PrintStream out) throws CommandException {
		Request request = request(arguments, ACTIONS, "user name");
		String action = request.action();
		String target = request.target();
		CommandLogin login = CommandLogin.read(arguments, terminal, LOGIN_PASSWORD_FILE_OPTION, null);
		String rolesText = action.equals("add") || action.equals("set-roles") ? arguments.requiredString("roles") : null;
		String sitesText = action.equals("set-sites") ? arguments.string("sites").orElse("")
				: action.equals("add") ? arguments.string("sites").orElse("") : null;
		String fullName = action.equals("add") ? arguments.string("full-name").orElse(null) : null;
		String email = action.equals("add") ? arguments.string("email").orElse(null) : null;
		String passwordFile = action.equals("add") || action.equals("password")
				? arguments.string("password-file").orElse(null) : null;
		String reason = arguments.string("reason").orElse(request.defaultReason(name()));
		arguments.rejectUnknown();
		Set<Role> roles = rolesText == null ? null : roles(rolesText);

		List<String> siteCodes = sitesText == null ? null : List.of(sitesText.split(","));
		return asAdministrator(request, login, "list and change users", "", session -> {
			UserAdministration users = new UserAdministration(session);
			switch (action) {
			case "list" -> {
				for (User user : users.stored().getUsers()) {
					out.printf("%-16s %-8s %-40s %s%n", user.getUsername(), user.isActive() ? "active" : "inactive",
							UserAdministration.describe(user), user.getFullName() == null ? "" : user.getFullName());
				}
			}
			case "security-log" -> {
				for (SecurityEvent event : session.securityLog()) {
					out.println(event.at() + "\t" + event.username() + "\t" + event.event() + "\t"
							+ (event.recordId() == null ? "" : event.recordId()) + "\t"
							+ (event.detail() == null ? "" : event.detail()));
				}
			}
			case "add" -> {
				UserAdministration.Outcome added = users.add(
						new UserAdministration.NewUser(target, fullName, email, roles, siteCodes),
						newPassword(passwordFile, target), reason);
				out.println("added user " + target + " (" + UserAdministration.describe(added.user()) + ") in commit "
						+ added.commit().commitId());
			}
			case "set-roles", "set-sites", "deactivate" -> {
				UserAdministration.Outcome changed = switch (action) {
				case "set-roles" -> users.setRoles(target, roles, reason);
				case "set-sites" -> users.setSites(target, siteCodes, reason);
				default -> users.deactivate(target, reason);
				};
				out.println(changed.changed()
						? "user " + target + " now: " + UserAdministration.describe(changed.user()) + " (commit "
								+ changed.commit().commitId() + ")"
						: "user " + target + " already is " + UserAdministration.describe(changed.user())
								+ "; nothing changed");
			}
			case "password" -> {
				users.setPassword(target, newPassword(passwordFile, target));
				out.println("password of " + target + " set");
			}
			case "unlock-signing" -> {
				users.unlockSigning(target);
				out.println("signing unlocked for " + target);
			}
			default -> throw new IllegalStateException(action);
			}
			return 0;
		});
	}

	/** Accepts a role's literal (dataManager), its name (DATA_MANAGER) or a dashed form (data-manager). */
	static Set<Role> roles(String text) throws CommandException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String word : text.split(",")) {
			String key = word.strip().replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
			if (key.isEmpty()) {
				continue;
			}
			Role role = Role.VALUES.stream().filter(r -> r.getLiteral().toLowerCase(Locale.ROOT).equals(key)).findFirst()
					.orElseThrow(() -> CommandException.usage("user: unknown role '" + word.strip() + "' (roles: "
							+ Role.VALUES.stream().map(Role::getLiteral).collect(Collectors.joining(", ")) + ")"));
			roles.add(role);
		}
		return roles;
	}

	private char[] newPassword(String file, String username) throws CommandException {
		if (file != null) {
			return readFile(file, "--password-file");
		}
		String fromEnvironment = terminal.variable(NEW_PASSWORD_ENVIRONMENT);
		if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
			return fromEnvironment.toCharArray();
		}
		char[] typed = terminal.askPassword("New password for " + username + ": ");
		if (typed != null && typed.length > 0) {
			return typed;
		}
		throw CommandException.usage("user: give the new password of " + username + " with --password-file FILE or "
				+ NEW_PASSWORD_ENVIRONMENT);
	}

	private static char[] readFile(String file, String option) throws CommandException {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(Files.newInputStream(Path.of(file)), StandardCharsets.UTF_8))) {
			String line = reader.readLine();
			if (line == null || line.isEmpty()) {
				throw CommandException.usage("user: the file " + file + " (" + option + ") is empty");
			}
			return line.toCharArray();
		} catch (IOException e) {
			throw new CommandException("user: cannot read " + file + " (" + option + "): " + e.getMessage(), e);
		}
	}
}
