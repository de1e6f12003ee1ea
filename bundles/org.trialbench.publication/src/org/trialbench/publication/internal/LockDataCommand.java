package org.trialbench.publication.internal;

import java.io.PrintStream;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.trialbench.clinical.Role;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;
import org.trialbench.repository.DataLock;
import org.trialbench.repository.RepositoryProvider;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialRepository;
import org.trialbench.repository.TrialSession;

/** {@code ./trialbench lock-data}: the data manager freezes the data for the analysis; lists locks with --list. */
@Component(service = HeadlessCommand.class)
public class LockDataCommand extends StoreCommand implements HeadlessCommand {

	private volatile RepositoryProvider provider;

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
	RepositoryProvider provider() {
		return provider;
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
				./trialbench lock-data --reason TEXT [--as USERNAME]
				./trialbench lock-data --list
				  Freezes every subject's record as of the newest commit under a new lock id (LOCK-1, LOCK-2, ...).
				  Tables exported from the lock never change when data are corrected later. Locking unblinds the
				  writing committee. Runs as USERNAME (default the first data manager). The lock records the audit
				  trail's head as its anchor (audit --verify --anchor LOCK-ID).""";
	}

	@Override
	public int run(CommandArguments arguments, PrintStream out) throws CommandException {
		boolean list = arguments.flag("list");
		String reason = arguments.string("reason").orElse(null);
		String as = arguments.string("as").orElse(null);
		arguments.rejectUnknown();
		if (!list && (reason == null || reason.isBlank())) {
			throw CommandException.usage("lock-data: --reason TEXT is required (or --list)");
		}
		try (TrialRepository repository = open(name())) {
			String user = as != null ? as : firstWith(repository, Role.DATA_MANAGER, name());
			try (TrialSession session = repository.localSession(user)) {
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
			}
		} catch (StoreException e) {
			throw new CommandException("lock-data: " + e.getMessage(), e);
		}
	}

	private static String anchor(DataLock lock) {
		return lock.anchor() == null ? "no audit anchor"
				: "audit anchor: entry " + lock.anchor().sequence() + ", hash " + lock.anchor().hash();
	}
}
