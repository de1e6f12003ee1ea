package org.trialbench.repository.jdbc.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;
import org.trialbench.repository.AuditAnchor;
import org.trialbench.repository.AuditAnchorReader;
import org.trialbench.repository.AuditEntry;
import org.trialbench.repository.AuditVerification;
import org.trialbench.repository.CommandLogin;
import org.trialbench.repository.CommandStores;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialRepository;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcRepositoryProvider;

/** {@code ./trialbench audit}: verifies the audit trail's hash chain (whole, or up to an anchor), or lists entries. */
@Component(service = HeadlessCommand.class)
public class AuditCommand implements HeadlessCommand {

	/** Where the environment and console come from; tests give their own. */
	CommandLogin.Terminal terminal = CommandLogin.Terminal.system();

	/** Readers of the anchors exported files record, registered by the capabilities that write those files. */
	private final List<AuditAnchorReader> anchorReaders = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	public void addAnchorReader(AuditAnchorReader reader) {
		anchorReaders.add(reader);
	}

	public void removeAnchorReader(AuditAnchorReader reader) {
		anchorReaders.remove(reader);
	}

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
				./trialbench audit --verify --anchor LOCK-ID|FILE
				  Proves the trail unchanged up to an anchor kept outside the database: the audit head a data lock
				  recorded (LOCK-1), or the one an export recorded (a tables or listings workbook, .xlsx, the
				  -about.csv of CSV listings, or an ODM file, .xml). The chain from the first entry up to the
				  anchor's must recompute exactly to the anchor's hash, which a chain recomputed after a change does
				  not. Exits 0 when it does; otherwise 1, naming the entry where it breaks.
				./trialbench audit [--subject ID | --object ID | --latest N] --as NAME [--password-file FILE]
				  Lists entries as the user sees them: sequence, time, user, object, feature, old -> new, reason.
				  No default user: --as NAME, else session.user of the settings.
				On a server store only its owner reads the whole chain (--verify, with or without --anchor): the
				owner named by store.server.user, with the password in TRIALBENCH_DB_PASSWORD.
				""" + CommandLogin.HELP;
	}

	@Override
	public int run(CommandArguments arguments, PrintStream out) throws CommandException {
		boolean verify = arguments.flag("verify");
		String anchorName = arguments.string("anchor").orElse(null);
		String subject = arguments.string("subject").orElse(null);
		String object = arguments.string("object").orElse(null);
		int latest = arguments.integer("latest", 20, 1, 100_000);
		CommandLogin login = CommandLogin.read(arguments, terminal);
		arguments.rejectUnknown();
		if (anchorName != null && !verify) {
			throw CommandException.usage("audit: --anchor goes with --verify");
		}
		Properties settings = CommandStores.settings(name(), WorkbenchSettings::load);
		try (TrialRepository repository = new JdbcRepositoryProvider().open(settings)) {
			if (anchorName != null) {
				return verifyAnchored(repository, anchorName, out);
			}
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

	private int verifyAnchored(TrialRepository repository, String anchorName, PrintStream out)
			throws CommandException, StoreException {
		Path file = Path.of(anchorName);
		boolean isFile = Files.isRegularFile(file);
		if (!isFile && (anchorName.contains(".") || anchorName.contains(file.getFileSystem().getSeparator()))) {
			throw new CommandException("audit: there is no file " + file.toAbsolutePath()
					+ " (--anchor takes a data lock such as LOCK-1, or an exported file)");
		}
		AuditAnchor anchor = isFile ? fileAnchor(file) : repository.lockAnchor(anchorName);
		String source = isFile ? file.getFileName().toString() : anchorName;
		AuditVerification result = repository.verifyAudit(new NullProgressMonitor(), anchor);
		if (result.intact()) {
			out.println("anchored at entry " + anchor.sequence() + " of " + source
					+ ": the audit trail up to it is unchanged");
			return 0;
		}
		throw new CommandException("audit trail broken at entry " + result.firstBrokenSequence().get()
				+ " (anchored at entry " + anchor.sequence() + " of " + source + "): " + result.problem());
	}

	private AuditAnchor fileAnchor(Path file) throws CommandException {
		for (AuditAnchorReader reader : anchorReaders) {
			try {
				Optional<AuditAnchor> anchor = reader.read(file);
				if (anchor.isPresent()) {
					return anchor.get();
				}
			} catch (IOException | IllegalArgumentException e) {
				throw new CommandException("audit: no audit anchor in " + file + ": " + e.getMessage(), e);
			}
		}
		throw new CommandException("audit: " + file + " is not a file Trialbench records an audit anchor in; give a "
				+ "data lock (LOCK-1), an exported tables or listings workbook (.xlsx), the -about.csv of CSV "
				+ "listings or an ODM export (.xml)");
	}
}

