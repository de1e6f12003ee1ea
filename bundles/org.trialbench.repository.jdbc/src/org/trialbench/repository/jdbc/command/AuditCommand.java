package org.trialbench.repository.jdbc.command;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;
import org.trialbench.repository.AuditEntry;
import org.trialbench.repository.AuditVerification;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialRepository;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcRepositoryProvider;

/** {@code ./trialbench audit}: verifies the audit trail's hash chain, or lists entries. */
@Component(service = HeadlessCommand.class)
public class AuditCommand implements HeadlessCommand {

	@Override
	public String name() {
		return "audit";
	}

	@Override
	public String summary() {
		return "verify the audit trail's hash chain, or list audit entries";
	}

	@Override
	public String usage() {
		return """
				./trialbench audit --verify
				  Checks every entry of the audit trail against its hash chain. Exits 0 when intact; otherwise 1,
				  naming the first broken entry.
				./trialbench audit [--subject ID | --object ID | --latest N] --as USERNAME
				  Lists entries (embedded store), as the named user sees them: sequence, time, user, object,
				  feature, old -> new, reason.""";
	}

	@Override
	public int run(CommandArguments arguments, PrintStream out) throws CommandException {
		boolean verify = arguments.flag("verify");
		String subject = arguments.string("subject").orElse(null);
		String object = arguments.string("object").orElse(null);
		int latest = arguments.integer("latest", 20, 1, 100_000);
		String as = arguments.string("as").orElse(null);
		arguments.rejectUnknown();
		try (TrialRepository repository = open()) {
			if (verify) {
				AuditVerification result = repository.verifyAudit(new NullProgressMonitor());
				if (result.intact()) {
					out.println("audit trail intact: " + result.entriesChecked() + " entries checked in "
							+ repository.description());
					return 0;
				}
				throw new CommandException("audit trail broken at entry " + result.firstBrokenSequence().get() + ": "
						+ result.problem());
			}
			if (as == null) {
				throw CommandException.usage("audit: give --verify, or --as USERNAME to list entries");
			}
			try (TrialSession session = repository.localSession(as)) {
				List<AuditEntry> entries = subject != null ? session.audit().forSubject(subject)
						: object != null ? session.audit().forObject(object) : session.audit().latest(latest);
				for (AuditEntry e : entries) {
					out.printf("%d\t%s\t%s\t%s %s\t%s\t%s -> %s\t%s%n", e.sequence(), e.at(), e.username(),
							e.objectType(), e.objectId(), e.feature(), e.oldValue(), e.newValue(), e.reason());
				}
				return 0;
			}
		} catch (StoreException e) {
			throw new CommandException("audit: " + e.getMessage(), e);
		}
	}

	private static TrialRepository open() throws CommandException, StoreException {
		try {
			return new JdbcRepositoryProvider().open(WorkbenchSettings.load());
		} catch (IOException e) {
			throw new CommandException("audit: cannot read the settings " + WorkbenchSettings.file() + ": "
					+ e.getMessage(), e);
		}
	}
}
