package org.trialbench.publication.internal;

import java.io.PrintStream;

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
import org.trialbench.repository.DataLock;
import org.trialbench.repository.CommandLogin;
import org.trialbench.repository.CommandStore;
import org.trialbench.repository.CommandStores;
import org.trialbench.repository.RepositoryProvider;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;

/** {@code ./trialbench lock-data}: the data manager freezes the data for the analysis; lists locks with --list. */
@Component(service = HeadlessCommand.class)
public class LockDataCommand implements HeadlessCommand {

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
		return "lock-data";
	}

	@Override
	public String summary() {
		return "lock the trial's data for the analysis (a named snapshot the tables are computed from)";
	}

	@Override
	public String usage() {
		return """
				./trialbench lock-data --reason TEXT [--as NAME] [--password-file FILE]
				./trialbench lock-data --list [--as NAME] [--password-file FILE]
				  Freezes every subject's record as of the newest commit under a new lock id (LOCK-1, LOCK-2, ...).
				  Tables exported from the lock never change when data are corrected later. Locking unblinds the
				  writing committee. A data manager locks (default user: the first active data manager). The lock
				  records the audit trail's head as its anchor (audit --verify --anchor LOCK-ID).
				""" + CommandLogin.HELP;
	}

	@Override
	public int run(CommandArguments arguments, PrintStream out) throws CommandException {
		boolean list = arguments.flag("list");
		String reason = arguments.string("reason").orElse(null);
		CommandLogin login = CommandLogin.read(arguments, terminal);
		arguments.rejectUnknown();
		if (!list && (reason == null || reason.isBlank())) {
			throw CommandException.usage("lock-data: --reason TEXT is required (or --list)");
		}
		try (CommandStore store = CommandStore.open(name(), provider, settings, login,
				CommandLogin.DefaultUser.firstWith(Role.DATA_MANAGER))) {
			TrialSession session = store.session();
			if (list) {
				for (DataLock lock : session.dataLocks()) {
					out.println(lock.id() + "  commit " + lock.commitId() + "  " + lock.lockedAt() + "  by "
							+ lock.lockedBy() + "  " + lock.subjects() + " subjects  " + anchor(lock) + "  "
							+ lock.reason());
				}
				return 0;
			}
			DataLock lock = session.lockData(reason);
			out.println("Locked the data as " + lock.id() + ": commit " + lock.commitId() + ", " + lock.subjects()
					+ " subjects, " + lock.lockedAt() + " by " + lock.lockedBy() + "; " + anchor(lock));
			return 0;
		} catch (StoreException e) {
			throw new CommandException("lock-data: " + e.getMessage(), e);
		}
	}

	private static String anchor(DataLock lock) {
		return lock.anchor() == null ? "no audit anchor"
				: "audit anchor: entry " + lock.anchor().sequence() + ", hash " + lock.anchor().hash();
	}
}
