package org.trialbench.interchange.odm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.demo.DemoTrial;
import org.trialbench.interchange.odm.OdmExportOptions;
import org.trialbench.interchange.odm.OdmImport;
import org.trialbench.interchange.odm.OdmInvalidException;
import org.trialbench.interchange.odm.OdmProblem;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * Hostile, broken and wrong files are refused with the line and column of the problem, and the store is left
 * exactly as it was: no commit, no subject. Semantic errors (unknown OIDs, wrong data types, values outside the
 * code list) are found in the check pass, before anything is written.
 */
class RefusedFilesTest {
	@TempDir
	static Path directory;
	static JdbcTrialRepository store;
	static TrialSession session;
	static String valid;

	@BeforeAll
	static void store() throws Exception {
		DemoTrial demo = Stores.demo(1, 3);
		try (JdbcTrialRepository source = Stores.filled(directory.resolve("source"), demo);
				TrialSession admin = source.localSession("admin")) {
			valid = new String(Stores.export(admin, OdmExportOptions.full()), StandardCharsets.UTF_8);
		}
		store = Stores.empty(directory.resolve("target"), demo.trial());
		session = store.localSession(Stores.IMPORTER);
	}

	@AfterAll
	static void close() {
		if (session != null) {
			session.close();
			store.close();
		}
	}

	private static OdmProblem refused(String name, byte[] bytes) throws Exception {
		long commit = session.audit().latest(1).get(0).commitId();
		OdmInvalidException e = assertThrows(OdmInvalidException.class, () -> new OdmImport(session).run(
				Stores.source(name, bytes), new OdmImport.Options(false, "test", null), new NullProgressMonitor()));
		assertEquals(commit, session.audit().latest(1).get(0).commitId(), "no commit");
		assertEquals(0, session.countSubjects(org.trialbench.repository.SubjectFilter.all()), "no subject");
		assertTrue(e.getMessage().contains("nothing was changed"), e.getMessage());
		return e.problems().stream().filter(OdmProblem::isError).findFirst().orElseThrow();
	}

	private static OdmProblem refused(String name, String xml) throws Exception {
		return refused(name, xml.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void billionLaughsIsRefusedAtTheDoctype() throws Exception {
		String xml = """
				<?xml version="1.0"?>
				<!DOCTYPE ODM [
				 <!ENTITY lol "lol">
				 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
				 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
				 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
				]>
				<ODM xmlns="http://www.cdisc.org/ns/odm/v1.3"><ClinicalData StudyOID="&lol9;"/></ODM>
				""";
		OdmProblem problem = refused("laughs.xml", xml);
		assertTrue(problem.message().contains("DOCTYPE"), problem.message());
		// the parser reports the DOCTYPE once it has read it, at its end: line 7
		assertEquals(7, problem.line(), problem.toString());
	}

	@Test
	void externalEntitiesAreRefusedAndNothingIsRead(@TempDir Path secret) throws Exception {
		Path file = Files.writeString(secret.resolve("secret.txt"), "TOP-SECRET");
		String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE ODM [<!ENTITY xxe SYSTEM \"" + file.toUri() + "\">]>\n"
				+ "<ODM xmlns=\"http://www.cdisc.org/ns/odm/v1.3\"><Study OID=\"&xxe;\"/></ODM>";
		OdmProblem problem = refused("xxe.xml", xml);
		assertTrue(problem.message().contains("DOCTYPE"), problem.message());
		assertFalse(problem.message().contains("TOP-SECRET"));
	}

	@Test
	void malformedXmlNamesLineAndColumn() throws Exception {
		String xml = "<?xml version=\"1.0\"?>\n<ODM xmlns=\"http://www.cdisc.org/ns/odm/v1.3\">\n  <ClinicalData>\n</ODM>";
		OdmProblem problem = refused("broken.xml", xml);
		assertEquals(4, problem.line(), problem.toString());
		assertTrue(problem.column() > 0, problem.toString());
		assertTrue(problem.message().startsWith("not well-formed XML"), problem.message());
	}

	@Test
	void aHugeAttributeIsRefused() throws Exception {
		String xml = "<?xml version=\"1.0\"?>\n<ODM xmlns=\"http://www.cdisc.org/ns/odm/v1.3\" Description=\""
				+ "x".repeat(3_000_000) + "\"/>";
		OdmProblem problem = refused("huge.xml", xml);
		assertTrue(problem.message().contains("3000000 characters long"), problem.message());
	}

	@Test
	void bytesThatAreNotTheDeclaredEncodingAreRefused() throws Exception {
		byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ODM xmlns=\"http://www.cdisc.org/ns/odm/v1.3\">\n"
				+ "<Study OID=\"Müller\"/></ODM>").getBytes(StandardCharsets.ISO_8859_1);
		OdmProblem problem = refused("latin1.xml", latin1);
		assertTrue(problem.message().contains("UTF-8"), problem.message());
		assertEquals(3, problem.line(), problem.toString());
	}

	@Test
	void anUnknownEncodingIsRefused() throws Exception {
		OdmProblem problem = refused("klingon.xml",
				"<?xml version=\"1.0\" encoding=\"X-KLINGON\"?><ODM xmlns=\"http://www.cdisc.org/ns/odm/v1.3\"/>");
		assertTrue(problem.message().contains("X-KLINGON"), problem.message());
	}

	@Test
	void aFileThatIsNotOdmIsRefused() throws Exception {
		OdmProblem problem = refused("pom.xml", "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"/>");
		assertTrue(problem.message().startsWith("not an ODM file"), problem.message());
	}

	/** Line and column of the first occurrence of {@code text} in {@code xml}, as a parser counts them. */
	private static int lineOf(String xml, String text) {
		return (int) xml.substring(0, xml.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
	}

	@Test
	void anUnknownItemOidIsReportedWhereItIs() throws Exception {
		int data = valid.indexOf("<ClinicalData");
		String xml = valid.substring(0, data)
				+ valid.substring(data).replaceFirst("ItemOID=\"IT.DM.WEIGHT\"", "ItemOID=\"IT.DM.WEIGTH\"");
		OdmProblem problem = refused("typo.xml", xml);
		assertEquals("ItemData names ItemOID IT.DM.WEIGTH, which the protocol does not define", problem.message());
		assertEquals(lineOf(xml, "IT.DM.WEIGTH"), problem.line());
	}

	@Test
	void aWrongDataTypeIsReportedWhereItIs() throws Exception {
		int at = valid.indexOf("ItemOID=\"IT.DM.WEIGHT\"", valid.indexOf("<ClinicalData"));
		int value = valid.indexOf("Value=\"", at) + 7;
		String xml = valid.substring(0, value) + "heavy" + valid.substring(valid.indexOf('"', value));
		OdmProblem problem = refused("type.xml", xml);
		assertEquals("'heavy' is not a valid decimal for IT.DM.WEIGHT", problem.message());
		assertEquals(lineOf(xml, "heavy"), problem.line());
	}

	@Test
	void aValueOutsideTheCodeListIsReported() throws Exception {
		int at = valid.indexOf("ItemOID=\"IT.DM.SEX\"", valid.indexOf("<ClinicalData"));
		int value = valid.indexOf("Value=\"", at) + 7;
		String xml = valid.substring(0, value) + "Q" + valid.substring(valid.indexOf('"', value));
		OdmProblem problem = refused("code.xml", xml);
		assertTrue(problem.message().startsWith("'Q' is not in the code list "), problem.message());
		assertEquals(lineOf(xml, "\"Q\""), problem.line());
	}

	@Test
	void removingASubjectIsRefused() throws Exception {
		String xml = valid.replaceFirst("<SubjectData SubjectKey=\"([^\"]*)\"", "<SubjectData SubjectKey=\"$1\" TransactionType=\"Remove\"");
		OdmProblem problem = refused("remove.xml", xml);
		assertTrue(problem.message().contains("would remove a subject"), problem.message());
	}
}
