package org.trialbench.repository.jdbc.command;

import java.io.PrintStream;
import java.util.List;
import java.util.Properties;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;
import org.trialbench.repository.AuditEntry;
import org.trialbench.repository.AuditVerification;
import org.trialbench.repository.CommandLogin;
import org.trialbench.repository.CommandStores;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialRepository;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcRepositoryProvider;

/** {@code ./trialbench audit}: verifies the audit trail's hash chain, or lists entries. */
@Component(service = HeadlessCommand.class)
public class AuditCommand implements HeadlessCommand {

	/** Where the environment and console come from; tests give their own. */
	CommandLogin.Terminal terminal = CommandLogin.Terminal.system();

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
				  naming the first broken entry. On a server store only its owner reads the whole chain: the owner
				  named by store.server.user, with the password in TRIALBENCH_DB_PASSWORD.
				./trialbench audit [--subject ID | --object ID | --latest N] --as NAME [--password-file FILE]
				  Lists entries as the user sees them: sequence, time, user, object, feature, old -> new, reason.
				  No default user: --as NAME, else session.user of the settings.
				""" + CommandLogin.HELP;
	}

	@Override
	public int run(CommandArguments arguments, PrintStream out) throws CommandException {
		boolean verify = arguments.flag("verify");
		String subject = arguments.string("subject").orElse(null);
		String object = arguments.string("object").orElse(null);
		int latest = arguments.integer("latest", 20, 1, 100_000);
		CommandLogin login = CommandLogin.read(arguments, terminal);
		arguments.rejectUnknown();
		Properties settings = CommandStores.settings(name(), WorkbenchSettings::load);
		try (TrialRepository repository = new JdbcRepositoryProvider().open(settings)) {
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
			if (login.namedUser(settings).isEmpty()) {
				throw CommandException.usage("audit: give --verify, or --as USERNAME to list entries");
			}
			try (TrialSession session = login.session(repository, settings, CommandLogin.DefaultUser.none())) {
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
}
