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
import org.trialbench.clinical.Role;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.core.command.HeadlessCommand;
import org.trialbench.interchange.odm.ImportReport;
import org.trialbench.interchange.odm.OdmImport;
import org.trialbench.interchange.odm.OdmInvalidException;
import org.trialbench.interchange.odm.OdmProblem;
import org.trialbench.clinical.Trial;
import org.trialbench.repository.AccessDeniedException;
import org.trialbench.repository.InitialCredentials;
import org.trialbench.repository.ConflictException;
import org.trialbench.repository.CommandLogin;
import org.trialbench.repository.CommandStore;
import org.trialbench.repository.CommandStores;
import org.trialbench.repository.RepositoryProvider;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialRepository;
import org.trialbench.repository.TrialSession;

/** {@code ./trialbench import-odm}: clinical data (and a protocol model) from a CDISC ODM file. */
@Component(service = HeadlessCommand.class)
public class ImportOdmCommand implements HeadlessCommand {
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
		return "import-odm";
	}

	@Override
	public String summary() {
		return "import clinical data from a CDISC ODM 1.3.2 file as one audited commit (or --dry-run)";
	}

	@Override
	public String usage() {
		return """
				./trialbench import-odm --in FILE [--dry-run] [--reason TEXT] [--site CODE[:NAME]] [--as NAME]
				                        [--password-file FILE] [--protocol-out FILE.protocol] [--new-trial]
				  Checks the whole file first (ODM schema when installed, OIDs, data types, code lists); any error
				  is printed with line and column and nothing is changed. Then maps subjects by SubjectKey, visits,
				  forms and items by OID and repeat key, and saves every change as one commit with the reason
				  (default: "Imported from ODM file NAME"). --dry-run lists what would change and saves nothing.
				  --site gives the site of new subjects whose SubjectData names none (e.g. REDCap records in no data
				  access group); with --new-trial, --site CODE:NAME sets that site up when the file has none of
				  that code. REDCap data access groups map to sites by code or name, OpenClinica's SiteRefs and
				  site study OIDs by code; every lenient mapping is printed as "mapped: ...".
				  --protocol-out also writes the file's study metadata merged into the trial's protocol as a
				  protocol model. Default user: the first active administrator. A data import is for a data
				  manager or an administrator: it writes subjects' records at every site under that user's name with
				  the reason; a blinded user (a data manager) leaves out what reveals the allocation.
				  --new-trial, on an empty store only: checks the whole file first, then sets the trial up from it
				  (protocol from its study metadata, sites from its Locations, OpenClinica site studies and SiteRefs,
				  REDCap data access groups and --site, users from its AdminData; the --as user, default admin, becomes
				  an administrator when the file names none; passwords are set with ./trialbench user), then imports
				  as that user. Setting a trial up in a server store needs its owner (store.server.user and
				  TRIALBENCH_DB_PASSWORD), as ./trialbench demo does.
				""" + CommandLogin.HELP;
	}

	@Override
	public int run(CommandArguments arguments, PrintStream out) throws CommandException {
		Path file = arguments.path("in").orElseThrow(() -> CommandException.usage("import-odm: --in FILE is required"));
		boolean dryRun = arguments.flag("dry-run");
		String reason = arguments.string("reason").orElse("Imported from ODM file " + file.getFileName());
		String site = arguments.string("site").orElse(null);
		CommandLogin login = CommandLogin.read(arguments, terminal);
		Path protocolOut = arguments.path("protocol-out").orElse(null);
		boolean newTrial = arguments.flag("new-trial");
		arguments.rejectUnknown();
		if (!Files.isRegularFile(file)) {
			throw CommandException.usage("import-odm: " + file + " is not a file");
		}
		if (newTrial && dryRun) {
			throw CommandException.usage("import-odm: --new-trial sets a trial up and cannot be a dry run");
		}
		OdmImport.Source source = OdmImport.Source.of(file);
		OdmImport.TrialSetup setup = null;
		if (newTrial) {
			setup = setUp(source, login.named().orElse("admin"), site, out);
			login = login.orAs(login.named().orElse("admin"));
			site = setup.defaultSiteCode();
		} else if (site != null && site.indexOf(':') >= 0) {
			throw CommandException.usage("import-odm: --site CODE:NAME creates a site only with --new-trial; in an "
					+ "existing trial add it first with ./trialbench site add CODE --name NAME, then --site CODE");
		}
		try {
			return importInto(file, source, login, dryRun, reason, site, protocolOut, out);
		} catch (CommandException e) {
			if (setup == null) {
				throw e;
			}
			throw new CommandException(e.getMessage() + undoSetUp(setup), e.exitCode(),
					e.getCause() == null ? e : e.getCause());
		}
	}

	private int importInto(Path file, OdmImport.Source source, CommandLogin login, boolean dryRun, String reason,
			String site, Path protocolOut, PrintStream out) throws CommandException {
		try (CommandStore store = CommandStore.open(name(), provider, settings, login,
				CommandLogin.DefaultUser.firstWith(Role.ADMINISTRATOR))) {
			TrialSession session = store.session();
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
			report.mappings().forEach(line -> out.println("mapped: " + line));
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

	/**
	 * --new-trial checks the whole file against the new set-up before it writes anything, so a file it refuses
	 * leaves nothing. What fails after the set-up was written (the store refuses, the file changed or cannot be read
	 * again) undoes the set-up, which nothing else followed, so that the refused import leaves the store empty as
	 * before; returns what to tell the user of it (nothing without --new-trial).
	 */
	private String undoSetUp(OdmImport.TrialSetup setup) {
		if (setup == null) {
			return "";
		}
		try (TrialRepository repository = CommandStores.openEvenEmpty(name(), provider,
				CommandStores.settings(name(), settings))) {
			repository.discardSetUp(setup.trial().getId());
			return " (the trial set up from the file was removed again: the store is empty as before)";
		} catch (StoreException | CommandException e) {
			return " (the trial set up from the file, with no subjects, stays in the store: it could not be removed: "
					+ e.getMessage() + ")";
		}
	}

	/**
	 * Sets the trial up in the empty store from the file, after checking the whole file against that set-up as the
	 * import will (a file that would be refused leaves the store empty); returns the set-up.
	 */
	private OdmImport.TrialSetup setUp(OdmImport.Source source, String administrator, String site, PrintStream out)
			throws CommandException {
		try (TrialRepository repository = CommandStores.openEvenEmpty(name(), provider,
				CommandStores.settings(name(), settings))) {
			if (!repository.isEmpty()) {
				throw CommandException.usage("import-odm: --new-trial needs an empty store; " + repository.description()
						+ " already holds a trial");
			}
			OdmImport.TrialSetup setup = OdmImport.setUpTrial(source, administrator, site);
			Trial trial = setup.trial();
			setup.notes().forEach(line -> out.println("set-up: " + line));
			ImportReport check = OdmImport.setUpInto(repository, source, setup, new InitialCredentials(Map.of()),
					new NullProgressMonitor());
			out.println("Set the trial " + trial.getName() + " up from " + source.name() + ": protocol "
					+ trial.getProtocol().getOid() + ", " + trial.getSites().size() + " sites, " + trial.getUsers().size()
					+ " users (no passwords yet: set them with ./trialbench user); the file's "
					+ check.subjectsAdded() + " subjects follow.");
			return setup;
		} catch (OdmInvalidException e) {
			for (OdmProblem problem : e.problems()) {
				out.println(problem);
			}
			throw new CommandException("import-odm: " + source.name() + " was refused with "
					+ e.problems().stream().filter(OdmProblem::isError).count() + " errors; nothing was changed "
					+ "(the trial was not set up)", e);
		} catch (StoreException e) {
			throw new CommandException("import-odm: the trial could not be set up: " + e.getMessage(), e);
		} catch (IOException e) {
			throw new CommandException("import-odm: cannot read " + source.name() + ": " + e.getMessage(), e);
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
