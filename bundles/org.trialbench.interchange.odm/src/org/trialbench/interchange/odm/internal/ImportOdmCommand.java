package org.trialbench.interchange.odm.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;
import org.trialbench.interchange.odm.ImportReport;
import org.trialbench.interchange.odm.OdmImport;
import org.trialbench.interchange.odm.OdmInvalidException;
import org.trialbench.interchange.odm.OdmProblem;
import org.trialbench.repository.AccessDeniedException;
import org.trialbench.repository.ConflictException;
import org.trialbench.repository.RepositoryProvider;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialRepository;
import org.trialbench.repository.TrialSession;

/** {@code ./trialbench import-odm}: clinical data (and a protocol model) from a CDISC ODM file. */
@Component(service = HeadlessCommand.class)
public class ImportOdmCommand implements HeadlessCommand {
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
	public String name() {
		return "import-odm";
	}

	@Override
	public String summary() {
		return "import clinical data from a CDISC ODM 1.3.2 file as one audited commit (or --dry-run)";
	}

	@Override
	public String usage() {
		return """
				./trialbench import-odm --in FILE [--dry-run] [--reason TEXT] [--site CODE] [--as USERNAME]
				                        [--protocol-out FILE.protocol]
				  Checks the whole file first (ODM schema when installed, OIDs, data types, code lists); any error
				  is printed with line and column and nothing is changed. Then maps subjects by SubjectKey, visits,
				  forms and items by OID and repeat key, and saves every change as one commit with the reason
				  (default: "Imported from ODM file NAME"). --dry-run lists what would change and saves nothing.
				  --site gives the site of new subjects whose SubjectData names none (e.g. REDCap exports).
				  --protocol-out also writes the file's study metadata merged into the trial's protocol as a
				  protocol model. Runs as USERNAME (default: the first administrator); the store's access rules
				  decide what the user may change (investigators enter data, monitors verify).""";
	}

	@Override
	public int run(CommandArguments arguments, PrintStream out) throws CommandException {
		Path file = arguments.path("in").orElseThrow(() -> CommandException.usage("import-odm: --in FILE is required"));
		boolean dryRun = arguments.flag("dry-run");
		String reason = arguments.string("reason").orElse("Imported from ODM file " + file.getFileName());
		String site = arguments.string("site").orElse(null);
		String as = arguments.string("as").orElse(null);
		Path protocolOut = arguments.path("protocol-out").orElse(null);
		arguments.rejectUnknown();
		if (!Files.isRegularFile(file)) {
			throw CommandException.usage("import-odm: " + file + " is not a file");
		}
		OdmImport.Source source = OdmImport.Source.of(file);
		try (TrialRepository repository = StoreAccess.open(provider, "import-odm");
				TrialSession session = repository.localSession(as != null ? as
						: StoreAccess.administrator(repository, "import-odm"))) {
			if (protocolOut != null) {
				OdmImport.ProtocolImport protocol = OdmImport.readProtocol(source, session.protocol());
				protocol.changes().forEach(line -> out.println("protocol: " + line));
				save(protocol, protocolOut);
				out.println("Wrote the protocol model " + protocolOut + " (" + protocol.changes().size()
						+ " differences from the trial's protocol).");
			}
			ImportReport report = new OdmImport(session).run(source,
					new OdmImport.Options(dryRun, reason, site), new NullProgressMonitor());
			report.warnings().forEach(out::println);
			report.metadataDifferences().forEach(line -> out.println("metadata differs: " + line));
			report.changes().forEach(line -> out.println((dryRun ? "would change: " : "changed: ") + line));
			out.println(file.getFileName() + ": " + report.summary());
			return 0;
		} catch (OdmInvalidException e) {
			for (OdmProblem problem : e.problems()) {
				out.println(problem);
			}
			throw new CommandException("import-odm: " + file.getFileName() + " was refused with "
					+ e.problems().stream().filter(OdmProblem::isError).count() + " errors; nothing was changed", e);
		} catch (AccessDeniedException | ConflictException e) {
			throw new CommandException("import-odm: nothing was saved: " + e.getMessage(), e);
		} catch (StoreException e) {
			throw new CommandException("import-odm: " + e.getMessage(), e);
		} catch (IOException e) {
			throw new CommandException("import-odm: cannot read " + file + ": " + e.getMessage(), e);
		}
	}

	private static void save(OdmImport.ProtocolImport protocol, Path file) throws IOException {
		Resource resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
		resource.getContents().add(protocol.study());
		try (OutputStream stream = Files.newOutputStream(file)) {
			resource.save(stream, Map.of(org.eclipse.emf.ecore.xmi.XMLResource.OPTION_ENCODING, "UTF-8"));
		}
	}
}
