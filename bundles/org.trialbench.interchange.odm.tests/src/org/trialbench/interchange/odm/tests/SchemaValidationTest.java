package org.trialbench.interchange.odm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.demo.DemoTrial;
import org.trialbench.interchange.odm.ImportReport;
import org.trialbench.interchange.odm.OdmExportOptions;
import org.trialbench.interchange.odm.OdmImport;
import org.trialbench.interchange.odm.OdmInvalidException;
import org.trialbench.interchange.odm.OdmProblem;
import org.trialbench.interchange.odm.OdmSchema;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * The schema-validation path, run against a small stand-in schema written for these tests
 * ({@code data/test-schema/odm-stand-in-for-tests.xsd}: strict, in the ODM namespace, but NOT CDISC's ODM 1.3.2
 * schema, which the build cannot obtain). It checks that Trialbench's own exports and a REDCap-style file pass once
 * their vendor extensions are stripped, that a violation is reported with the line and column a parser gives
 * (the end of the offending start tag), that the validator refuses a DOCTYPE, and that an import with a schema
 * installed refuses a schema-invalid file before anything is written.
 */
class SchemaValidationTest {
	static final String STAND_IN = "data/test-schema/odm-stand-in-for-tests.xsd";
	static final String NS = "http://www.cdisc.org/ns/odm/v1.3";

	@TempDir
	static Path directory;
	static Path schemaFile;
	static OdmSchema schema;
	static DemoTrial demo;
	static byte[] export;

	@BeforeAll
	static void load() throws Exception {
		schemaFile = directory.resolve("odm-stand-in-for-tests.xsd");
		try (InputStream in = SchemaValidationTest.class.getClassLoader().getResource(STAND_IN).openStream()) {
			Files.copy(in, schemaFile);
		}
		schema = OdmSchema.load(schemaFile.toUri().toURL());
		demo = Stores.demo(1, 4);
		try (JdbcTrialRepository source = Stores.filled(directory.resolve("source"), demo);
				TrialSession admin = source.localSession("admin")) {
			export = Stores.export(admin, OdmExportOptions.full());
		}
	}

	@AfterEach
	void uninstall() {
		System.clearProperty(OdmSchema.PROPERTY);
	}

	private static List<OdmProblem> errors(byte[] xml) throws Exception {
		return schema.validate(new ByteArrayInputStream(xml)).stream().filter(OdmProblem::isError).toList();
	}

	private static List<OdmProblem> errors(String xml) throws Exception {
		return errors(xml.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aTrialbenchExportIsValidOnceItsExtensionsAreStripped() throws Exception {
		String xml = new String(export, StandardCharsets.UTF_8);
		// the file is full of tb: attributes and tb:Object elements, which the strict stand-in does not allow
		assertTrue(xml.contains(" tb:id=\"") && xml.contains("<tb:Object "));
		assertTrue(xml.contains("<Signature") && xml.contains("<AuditRecord"), "signatures and audit records are checked");
		assertEquals(List.of(), errors(export));
	}

	@Test
	void aRedcapStyleFileIsValidOnceItsExtensionsAreStripped() throws Exception {
		byte[] file;
		try (InputStream in = getClass().getClassLoader().getResource("data/redcap-style.xml").openStream()) {
			file = in.readAllBytes();
		}
		assertTrue(new String(file, StandardCharsets.UTF_8).contains("<redcap:"));
		assertEquals(List.of(), errors(file));
	}

	@Test
	void aRedcapClassicProjectsFormDataWithoutStudyEventDataIsCheckedAsIfInsideOneWithAWarning() throws Exception {
		byte[] file;
		try (InputStream in = getClass().getClassLoader().getResource("data/redcap-classic-dag-field.xml").openStream()) {
			file = in.readAllBytes();
		}
		List<OdmProblem> problems = schema.validate(new ByteArrayInputStream(file));
		assertEquals(List.of(), problems.stream().filter(OdmProblem::isError).toList());
		List<OdmProblem> warnings = problems.stream().filter(p -> p.message().startsWith("FormData directly in "
				+ "SubjectData (as REDCap writes a classic project's records) is not ODM 1.3.2")).toList();
		assertEquals(1, warnings.size(), problems.toString());
		String text = new String(file, StandardCharsets.UTF_8);
		int line = (int) text.substring(0, text.indexOf("<FormData")).chars().filter(c -> c == '\n').count() + 1;
		assertEquals(line, warnings.get(0).line(), "the first FormData's place");
		// a FormData that is not directly in SubjectData is still an error
		String misplaced = text.replaceFirst("<ItemGroupData ItemGroupOID=\"baseline.record_id\" ItemGroupRepeatKey=\"1\">",
				"<FormData FormOID=\"Form.baseline\"/><ItemGroupData ItemGroupOID=\"baseline.record_id\" "
						+ "ItemGroupRepeatKey=\"1\">");
		assertTrue(errors(misplaced).size() > 0);
	}

	@Test
	void theStandInIsStrictAboutAttributesInTheOdmNamespace() throws Exception {
		// the same extension attribute without its namespace is an ODM attribute that ODM does not define
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<ODM xmlns="http://www.cdisc.org/ns/odm/v1.3" FileType="Snapshot" FileOID="F.1" CreationDateTime="2026-01-01T00:00:00">
				  <ClinicalData StudyOID="S.1" MetaDataVersionOID="MDV.1">
				    <SubjectData SubjectKey="01-0001" screeningNumber="01-0001"/>
				  </ClinicalData>
				</ODM>""";
		List<OdmProblem> errors = errors(xml);
		assertEquals(1, errors.size(), errors.toString());
		OdmProblem problem = errors.get(0);
		assertTrue(problem.message().startsWith("not valid ODM 1.3.2: ") && problem.message().contains("screeningNumber"),
				problem.message());
		assertEquals(4, problem.line());
		assertEquals(endOfStartTag(xml, "<SubjectData"), problem.column());
	}

	@Test
	void aViolationIsReportedAtTheEndOfTheOffendingStartTag() throws Exception {
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<ODM xmlns="http://www.cdisc.org/ns/odm/v1.3" xmlns:tb="http://trialbench.org/odm/1.0"
				     FileType="Snapshot" FileOID="F.1" CreationDateTime="2026-01-01T00:00:00">
				  <ClinicalData StudyOID="S.1" MetaDataVersionOID="MDV.1">
				    <SubjectData SubjectKey="01-0001" tb:status="screening">
				      <StudyEventData StudyEventOID="SE.M3">
				        <FormData FormOID="F.ECK">
				          <ItemGroupData ItemGroupOID="F.ECK.IG">
				            <ItemData Value="3" tb:value="3"/>
				          </ItemGroupData>
				        </FormData>
				      </StudyEventData>
				    </SubjectData>
				  </ClinicalData>
				</ODM>""";
		List<OdmProblem> errors = errors(xml);
		assertEquals(1, errors.size(), errors.toString());
		OdmProblem problem = errors.get(0);
		assertTrue(problem.message().contains("ItemOID"), problem.message());
		// line 9 of the text block; the column just after the '/>' of <ItemData .../>, counted from 1
		assertEquals(9, problem.line());
		assertEquals(endOfStartTag(xml, "<ItemData"), problem.column());
	}

	@Test
	void elementsOutOfOrderAreReported() throws Exception {
		// ODM puts a form's Signature before its item groups
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<ODM xmlns="http://www.cdisc.org/ns/odm/v1.3" FileType="Snapshot" FileOID="F.1" CreationDateTime="2026-01-01T00:00:00">
				  <ClinicalData StudyOID="S.1" MetaDataVersionOID="MDV.1">
				    <SubjectData SubjectKey="01-0001">
				      <StudyEventData StudyEventOID="SE.M3">
				        <FormData FormOID="F.ECK">
				          <ItemGroupData ItemGroupOID="F.ECK.IG"/>
				          <Signature><UserRef UserOID="USR.pi01"/><LocationRef LocationOID="SITE.01"/><SignatureRef SignatureOID="SD.1"/><DateTimeStamp>2026-01-01T00:00:00</DateTimeStamp></Signature>
				        </FormData>
				      </StudyEventData>
				    </SubjectData>
				  </ClinicalData>
				</ODM>""";
		List<OdmProblem> errors = errors(xml);
		assertEquals(1, errors.size(), errors.toString());
		assertEquals(8, errors.get(0).line());
		assertTrue(errors.get(0).message().contains("Signature"), errors.get(0).message());
	}

	@Test
	void theValidatorRefusesADoctype(@TempDir Path secret) throws Exception {
		Path file = Files.writeString(secret.resolve("secret.txt"), "TOP-SECRET");
		String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE ODM [<!ENTITY xxe SYSTEM \"" + file.toUri() + "\">]>\n"
				+ "<ODM xmlns=\"" + NS + "\" FileType=\"Snapshot\" FileOID=\"&xxe;\" "
				+ "CreationDateTime=\"2026-01-01T00:00:00\"/>";
		List<OdmProblem> errors = errors(xml);
		assertEquals(1, errors.size(), errors.toString());
		assertTrue(errors.get(0).message().startsWith("not well-formed XML") && errors.get(0).message().contains("DOCTYPE"),
				errors.get(0).message());
		assertFalse(errors.get(0).message().contains("TOP-SECRET"));
	}

	@Test
	void anImportWithTheSchemaInstalledRefusesAnInvalidFileAndChangesNothing() throws Exception {
		System.setProperty(OdmSchema.PROPERTY, schemaFile.toString());
		String xml = new String(export, StandardCharsets.UTF_8);
		// ODM's ItemData has no attribute 'Unit': Trialbench's own reader would ignore it, the schema does not
		int at = xml.indexOf("<ItemData ItemOID=\"IT.DM.WEIGHT\"");
		String invalid = xml.substring(0, at) + "<ItemData Unit=\"kg\"" + xml.substring(at + "<ItemData".length());
		try (JdbcTrialRepository target = Stores.empty(directory.resolve("refuses"), demo.trial());
				TrialSession session = target.localSession(Stores.IMPORTER)) {
			long commit = session.audit().latest(1).get(0).commitId();
			OdmInvalidException refused = assertThrows(OdmInvalidException.class,
					() -> new OdmImport(session).run(Stores.source("unit.xml", invalid.getBytes(StandardCharsets.UTF_8)),
							new OdmImport.Options(false, "test", null), new NullProgressMonitor()));
			OdmProblem problem = refused.problems().stream().filter(OdmProblem::isError).findFirst().orElseThrow();
			assertTrue(problem.message().contains("Unit"), problem.message());
			int line = (int) invalid.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
			assertEquals(line, problem.line());
			assertEquals(commit, session.audit().latest(1).get(0).commitId(), "no commit");
			assertEquals(0, session.countSubjects(SubjectFilter.all()), "no subject");
		}
	}

	@Test
	void anImportSaysWhetherTheSchemaWasChecked() throws Exception {
		try (JdbcTrialRepository target = Stores.empty(directory.resolve("warns"), demo.trial());
				TrialSession session = target.localSession(Stores.IMPORTER)) {
			ImportReport unchecked = new OdmImport(session).run(Stores.source("trial.xml", export),
					new OdmImport.Options(true, null, null), new NullProgressMonitor());
			assertTrue(unchecked.warnings().stream().anyMatch(p -> p.message().contains("schema is not installed")),
					unchecked.warnings().toString());

			System.setProperty(OdmSchema.PROPERTY, schemaFile.toString());
			ImportReport checked = new OdmImport(session).run(Stores.source("trial.xml", export),
					new OdmImport.Options(true, null, null), new NullProgressMonitor());
			assertTrue(checked.warnings().stream().noneMatch(p -> p.message().contains("schema")),
					checked.warnings().toString());
			assertEquals(4, checked.subjectsAdded());
		}
	}

	/** The column a SAX parser reports for an element: just after the '>' that ends its start tag. */
	private static int endOfStartTag(String xml, String start) {
		int at = xml.indexOf(start);
		int end = xml.indexOf('>', at) + 1;
		int lineStart = xml.lastIndexOf('\n', at) + 1;
		return end - lineStart + 1;
	}
}
