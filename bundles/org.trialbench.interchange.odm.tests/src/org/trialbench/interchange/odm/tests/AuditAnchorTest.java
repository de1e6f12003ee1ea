package org.trialbench.interchange.odm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Subject;
import org.trialbench.core.TrialbenchHome;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.interchange.odm.ImportReport;
import org.trialbench.interchange.odm.Odm;
import org.trialbench.interchange.odm.OdmAnchorReader;
import org.trialbench.interchange.odm.OdmExportOptions;
import org.trialbench.interchange.odm.OdmImport;
import org.trialbench.interchange.odm.OdmProblem;
import org.trialbench.interchange.odm.OdmSchema;
import org.trialbench.repository.AuditAnchor;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.repository.jdbc.command.AuditCommand;

/**
 * An ODM export records the audit trail's head it was read at as {@code tb:} attributes of its root; the file stays
 * valid (against the stand-in schema, extensions stripped) and imports as before; {@code audit --verify --anchor
 * FILE} proves the trail up to the anchor unchanged even after later commits.
 */
class AuditAnchorTest {

	@TempDir
	Path home;
	private String previousHome;
	private JdbcTrialRepository repository;

	@BeforeEach
	void store() throws Exception {
		previousHome = System.getProperty(TrialbenchHome.PROPERTY);
		System.setProperty(TrialbenchHome.PROPERTY, home.toString());
		Path store = home.resolve("store").resolve("trialbench");
		Properties settings = new Properties();
		settings.setProperty(WorkbenchSettings.STORE_KIND, WorkbenchSettings.STORE_KIND_EMBEDDED);
		settings.setProperty(WorkbenchSettings.STORE_EMBEDDED_PATH, store.toString());
		try (OutputStream out = Files.newOutputStream(home.resolve(WorkbenchSettings.FILE_NAME))) {
			settings.store(out, null);
		}
		repository = Stores.filled(store, Stores.demo(1, 6));
	}

	@AfterEach
	void restoreHome() {
		repository.close();
		if (previousHome == null) {
			System.clearProperty(TrialbenchHome.PROPERTY);
		} else {
			System.setProperty(TrialbenchHome.PROPERTY, previousHome);
		}
	}

	@Test
	void anExportCarriesTheAuditHeadItWasReadAtAndProvesTheTrailUpToIt() throws Exception {
		Path file = home.resolve("study.xml");
		AuditAnchor head;
		try (TrialSession admin = repository.localSession("admin")) {
			head = admin.auditHead().orElseThrow();
			Files.write(file, Stores.export(admin, OdmExportOptions.full()));
		}
		String[] root = rootAnchor(file);
		assertEquals(String.valueOf(head.sequence()), root[0]);
		assertEquals(head.hash(), root[1]);
		assertEquals(head, new OdmAnchorReader().read(file).orElseThrow());

		// later commits do not move the file's anchor, and the trail up to it stays provably unchanged
		try (TrialSession investigator = repository.localSession("pi01")) {
			String subjectId = investigator.subjects(SubjectFilter.all()).get(0).id();
			try (TrialTransaction tx = investigator.begin()) {
				Subject subject = tx.editSubject(subjectId);
				// a value of a form that is not signed (a signed one changes only after its signature is withdrawn)
				ItemValue value = subject.getVisits().stream().flatMap(v -> v.getForms().stream())
						.filter(f -> f.getSignature() == null).flatMap(f -> f.getItemValues().stream())
						.filter(v -> v.getValue() != null).findFirst().orElseThrow();
				value.setValue(value.getValue() + " (corrected)");
				tx.commit("transcription error");
			}
		}
		assertEquals("anchored at entry " + head.sequence() + " of study.xml: the audit trail up to it is unchanged",
				audit("--verify", "--anchor", file.toString()).strip());
	}

	@Test
	void theAnchoredFileStaysValidAndImportsAsBefore() throws Exception {
		byte[] export;
		try (TrialSession admin = repository.localSession("admin")) {
			export = Stores.export(admin, OdmExportOptions.full());
		}
		OdmSchema schema;
		try (InputStream in = getClass().getClassLoader().getResource(SchemaValidationTest.STAND_IN).openStream()) {
			Path xsd = home.resolve("odm-stand-in-for-tests.xsd");
			Files.copy(in, xsd);
			schema = OdmSchema.load(xsd.toUri().toURL());
		}
		assertEquals(List.of(), schema.validate(new java.io.ByteArrayInputStream(export)).stream()
				.filter(OdmProblem::isError).toList(), "the anchor is an extension, stripped before validation");
		try (TrialSession admin = repository.localSession("admin")) {
			ImportReport again = new OdmImport(admin).run(Stores.source("study.xml", export),
					new OdmImport.Options(true, null, null), new NullProgressMonitor());
			assertEquals(0, again.changedValues(), again.summary());
			assertTrue(again.warnings().stream().noneMatch(w -> w.toString().contains("Audit")), again.warnings()
					.toString());
		}
	}

	@Test
	void aMetadataOnlyFileAnchorsNothingAndSaysSo() throws Exception {
		Path file = home.resolve("metadata.xml");
		try (TrialSession admin = repository.localSession("admin")) {
			Files.write(file, Stores.export(admin, OdmExportOptions.metadata()));
		}
		assertNull(rootAnchor(file)[0]);
		CommandException none = assertThrows(CommandException.class, () -> audit("--verify", "--anchor", file.toString()));
		assertTrue(none.getMessage().contains("records no audit anchor"), none.getMessage());
	}

	private static String audit(String... words) throws CommandException {
		AuditCommand command = new AuditCommand();
		command.addAnchorReader(new OdmAnchorReader());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		assertEquals(0, command.run(CommandArguments.parse("audit", List.of(words)),
				new PrintStream(bytes, true, StandardCharsets.UTF_8)));
		return bytes.toString(StandardCharsets.UTF_8);
	}

	/** tb:AuditSequence and tb:AuditHash of the ODM root, read with the JDK's StAX parser. */
	private static String[] rootAnchor(Path file) throws Exception {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		try (InputStream in = Files.newInputStream(file)) {
			XMLStreamReader xml = factory.createXMLStreamReader(in);
			while (xml.next() != XMLStreamConstants.START_ELEMENT) {
				// prolog
			}
			assertEquals("ODM", xml.getLocalName());
			assertNotNull(xml.getAttributeValue(null, "FileOID"));
			String[] anchor = { xml.getAttributeValue(Odm.TB, Odm.TB_AUDIT_SEQUENCE),
					xml.getAttributeValue(Odm.TB, Odm.TB_AUDIT_HASH) };
			xml.close();
			return anchor;
		}
	}
}
