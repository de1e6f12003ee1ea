package org.trialbench.interchange.odm.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
import org.trialbench.interchange.odm.OdmExport;
import org.trialbench.interchange.odm.OdmExportOptions;
import org.trialbench.repository.CommandLogin;
import org.trialbench.repository.CommandStore;
import org.trialbench.repository.CommandStores;
import org.trialbench.repository.RepositoryProvider;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;

/** {@code ./trialbench export-odm}: the trial as a CDISC ODM 1.3.2 file. */
@Component(service = HeadlessCommand.class)
public class ExportOdmCommand implements HeadlessCommand {
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
		return "export-odm";
	}

	@Override
	public String summary() {
		return "write the protocol and the clinical data as a CDISC ODM 1.3.2 file";
	}

	@Override
	public String usage() {
		return """
				./trialbench export-odm --out FILE [--plain] [--metadata-only] [--transactional] [--no-audit]
				                        [--as NAME] [--password-file FILE]
				  --plain writes pure ODM 1.3.2 without Trialbench's extensions, valid against CDISC's schema alone,
				  for any other system (what ODM cannot say, such as SDV state, queries, adverse events, arms, is
				  left out). Without it the file keeps Trialbench's tb: extensions, declared by the extension schema
				  Trialbench ships (schema/trialbench-odm-1.0.xsd); ./trialbench validate-odm checks either form.
				  Writes the protocol as ODM study metadata and, unless --metadata-only, the clinical data the user
				  may see (SubjectData down to ItemData, with AuditRecords and form Signatures), streamed one
				  subject at a time. --transactional marks records TransactionType="Upsert" instead of a snapshot.
				  Default user: the first active administrator.
				""" + CommandLogin.HELP;
	}

	@Override
	public int run(CommandArguments arguments, PrintStream out) throws CommandException {
		Path file = arguments.path("out").orElseThrow(() -> CommandException.usage("export-odm: --out FILE is required"));
		boolean metadataOnly = arguments.flag("metadata-only");
		boolean transactional = arguments.flag("transactional");
		boolean noAudit = arguments.flag("no-audit");
		boolean plain = arguments.flag("plain");
		CommandLogin login = CommandLogin.read(arguments, terminal);
		arguments.rejectUnknown();
		OdmExportOptions options = new OdmExportOptions(metadataOnly,
				transactional ? OdmExportOptions.FileType.TRANSACTIONAL : OdmExportOptions.FileType.SNAPSHOT,
				!noAudit, true, plain);
		Path partial = file.resolveSibling(file.getFileName() + ".part");
		try (CommandStore store = CommandStore.open(name(), provider, settings, login,
				CommandLogin.DefaultUser.firstWith(Role.ADMINISTRATOR))) {
			TrialSession session = store.session();
			OdmExport.Summary summary;
			try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
				summary = OdmExport.export(session, stream, options, new NullProgressMonitor());
			}
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
			out.println("Wrote " + file + ": " + (metadataOnly ? "study metadata only"
					: summary.subjects() + " subjects, " + summary.values() + " item values")
					+ (plain ? ", pure ODM 1.3.2 without Trialbench's extensions" : "") + ", as "
					+ session.user().getUsername() + ".");
			return 0;
		} catch (StoreException e) {
			throw new CommandException("export-odm: " + e.getMessage(), e);
		} catch (IOException e) {
			throw new CommandException("export-odm: cannot write " + file + ": " + e.getMessage(), e);
		} finally {
			try {
				Files.deleteIfExists(partial);
			} catch (IOException e) {
				// the partial file is named .part; the user sees it and may delete it
			}
		}
	}
}
