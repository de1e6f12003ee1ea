package org.trialbench.repository.jdbc.command;

import java.util.List;
import java.util.Map;

import org.trialbench.clinical.Role;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;
import org.trialbench.repository.CommandLogin;
import org.trialbench.repository.CommandStore;
import org.trialbench.repository.CommandStores;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcRepositoryProvider;

/**
 * The shape of {@code ./trialbench site} and {@code ./trialbench user}: an action word and at most one target (a site
 * code, a user name), the administrator's login as every command logs in, one store opened, the administrator role
 * checked before anything is read or changed, and a store's refusal reported as one line naming the action.
 */
abstract class AdministrationCommand implements HeadlessCommand {

	/** Where the settings, environment and console come from; tests give their own. */
	CommandStores.SettingsSource settings = WorkbenchSettings::load;
	CommandLogin.Terminal terminal = CommandLogin.Terminal.system();

	/** What was asked: the action and its target (null for an action that takes none). */
	record Request(String action, String target) {
		/** The commit reason when --reason gives none: the command line itself. */
		String defaultReason(String command) {
			return command + " " + action + (target == null ? "" : " " + target);
		}
	}

	/** The work done as the administrator, on the open session. */
	interface Work {
		int run(TrialSession session) throws StoreException, CommandException;
	}

	/**
	 * Reads the action word and its target. {@code actions} maps each action, in the order the usage lists them, to
	 * whether it takes exactly one target; {@code targetName} says what the target is ("site code", "user name").
	 */
	final Request request(CommandArguments arguments, Map<String, Boolean> actions, String targetName)
			throws CommandException {
		List<String> words = arguments.positional();
		String all = String.join(", ", actions.keySet());
		if (words.isEmpty()) {
			throw CommandException.usage(name() + ": say what to do: " + all);
		}
		String action = words.get(0);
		Boolean takesTarget = actions.get(action);
		if (takesTarget == null) {
			throw CommandException.usage(name() + ": unknown action '" + action + "' (use " + all + ")");
		}
		if (!takesTarget) {
			if (words.size() > 1) {
				throw CommandException.usage(name() + " " + action + ": takes no " + targetName);
			}
			return new Request(action, null);
		}
		if (words.size() != 2) {
			throw CommandException.usage(name() + " " + action + ": give exactly one " + targetName);
		}
		return new Request(action, words.get(1));
	}

	/**
	 * Opens the store as the logged-in administrator (on the embedded store without a name given: the first active
	 * administrator) and runs the work; anyone else is refused before it runs. A store's refusal becomes one line
	 * naming the action, followed by {@code afterFailure} (such as "; nothing was changed").
	 */
	final int asAdministrator(Request request, CommandLogin login, String onlyAdministrators, String afterFailure,
			Work work) throws CommandException {
		try (CommandStore store = CommandStore.open(name(), new JdbcRepositoryProvider(), settings, login,
				CommandLogin.DefaultUser.firstWith(Role.ADMINISTRATOR))) {
			TrialSession session = store.session();
			if (!session.hasRole(Role.ADMINISTRATOR)) {
				throw new CommandException(name() + " " + request.action() + ": " + session.user().getUsername()
						+ " is not an administrator; only administrators " + onlyAdministrators);
			}
			return work.run(session);
		} catch (StoreException e) {
			throw new CommandException(name() + " " + request.action() + ": " + e.getMessage() + afterFailure, e);
		} catch (IllegalArgumentException e) { // what the administration services refuse before they write
			throw CommandException.usage(name() + " " + request.action() + ": " + e.getMessage() + afterFailure);
		}
	}
}
