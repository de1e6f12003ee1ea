package org.trialbench.interchange.odm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Visit;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.demo.DemoTrial;
import org.trialbench.interchange.odm.ImportReport;
import org.trialbench.interchange.odm.Odm;
import org.trialbench.interchange.odm.OdmExportOptions;
import org.trialbench.interchange.odm.OdmImport;
import org.trialbench.interchange.odm.OdmProblem;
import org.trialbench.interchange.odm.OdmSchema;
import org.trialbench.interchange.odm.internal.ValidateOdmCommand;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * The two export forms: --plain is pure ODM 1.3.2 and valid against the ODM schema alone; the default keeps
 * Trialbench's extensions and is valid against the ODM schema redefined by Trialbench's shipped extension schema.
 * CDISC's files cannot be obtained here, so the ODM schema is the stand-in written for the tests, laid out as CDISC
 * publishes theirs (data/test-schema/with-hooks: ODM1-3-2.xsd including ODM1-3-2-foundation.xsd with the
 * foundation's extension hooks). Both forms round-trip what they carry.
 */
class ExportFormsTest {
	@TempDir
	static Path directory;
	static Path odmXsd;
	static DemoTrial demo;
	static byte[] full;
	static byte[] plain;

	@BeforeAll
	static void export() throws Exception {
		Path cdisc = Files.createDirectories(directory.resolve("cdisc"));
		for (String name : List.of("ODM1-3-2.xsd", "ODM1-3-2-foundation.xsd")) {
			try (InputStream in = ExportFormsTest.class.getClassLoader()
					.getResource("data/test-schema/with-hooks/" + name).openStream()) {
				Files.copy(in, cdisc.resolve(name));
			}
		}
		odmXsd = cdisc.resolve("ODM1-3-2.xsd");
		demo = Stores.demo(2, 6);
		try (JdbcTrialRepository source = Stores.filled(directory.resolve("source"), demo);
				TrialSession admin = source.localSession("admin")) {
			full = Stores.export(admin, OdmExportOptions.full());
			plain = Stores.export(admin, OdmExportOptions.full().withoutExtensions());
		}
	}

	@AfterEach
	void uninstall() {
		System.clearProperty(OdmSchema.PROPERTY);
	}

	private static List<OdmProblem> errors(OdmSchema schema, byte[] xml) throws Exception {
		return schema.validate(new ByteArrayInputStream(xml)).stream().filter(OdmProblem::isError).toList();
	}

	@Test
	void thePlainExportHasNoExtensionAndIsValidAgainstTheOdmSchemaAlone() throws Exception {
		String text = new String(plain, StandardCharsets.UTF_8);
		assertFalse(text.contains(Odm.TB), "no Trialbench namespace");
		assertFalse(text.contains("tb:"), "no tb: attribute or element");
		assertTrue(text.contains("<SubjectData") && text.contains("<ItemData") && text.contains("<AuditRecord"));
		assertEquals(List.of(), errors(OdmSchema.load(odmXsd.toUri().toURL()), plain));
	}

	@Test
	void theDefaultExportIsValidAgainstTheOdmSchemaWithTheExtensionSchema() throws Exception {
		String text = new String(full, StandardCharsets.UTF_8);
		assertTrue(text.contains(" tb:id=\"") && text.contains("<tb:Object ") && text.contains("tb:AuditHash="));
		OdmSchema schema = OdmSchema.withExtension(odmXsd.toUri().toURL());
		assertEquals(3, schema.sources().size(), schema.sources().toString());
		assertTrue(schema.sources().get(0).contains("ODM1-3-2-foundation.xsd"), schema.sources().toString());
		assertTrue(schema.sources().get(1).contains("trialbench-odm-1.0.xsd"), schema.sources().toString());
		assertEquals(List.of(), errors(schema, full));
	}

	@Test
	void anExtensionWhereTheExtensionSchemaDeclaresNoneIsAnErrorAtItsLine() throws Exception {
		OdmSchema schema = OdmSchema.withExtension(odmXsd.toUri().toURL());
		String text = new String(full, StandardCharsets.UTF_8);
		int at = text.indexOf("<ItemGroupData ");
		String changed = text.substring(0, at) + "<ItemGroupData tb:weight=\"3\" " + text.substring(at + 15);
		List<OdmProblem> errors = errors(schema, changed.getBytes(StandardCharsets.UTF_8));
		assertEquals(1, errors.size(), errors.toString());
		int line = (int) changed.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
		assertEquals(line, errors.get(0).line());
		assertTrue(errors.get(0).message().contains("tb:weight"), errors.get(0).message());
		// a vendor attribute on an ODM element is refused by the ODM schema when nothing strips it
		String audit = text.replace("tb:AuditSequence=", "tb:AuditSequence=\"x\" tb:ignored=");
		assertFalse(errors(schema, audit.getBytes(StandardCharsets.UTF_8)).isEmpty(), "AuditSequence is a number");
	}

	@Test
	void thePlainFileRoundTripsWhatOdmCarries() throws Exception {
		try (JdbcTrialRepository from = JdbcTrialRepository.embedded(directory.resolve("source"));
				TrialSession source = from.localSession("admin");
				JdbcTrialRepository to = Stores.empty(directory.resolve("plain-target"), demo.trial());
				TrialSession target = to.localSession(Stores.IMPORTER)) {
			ImportReport report = new OdmImport(target).run(Stores.source("plain.xml", plain),
					new OdmImport.Options(false, "from another system's copy", null), new NullProgressMonitor());
			assertNotNull(report.commit());
			assertEquals(source.countSubjects(SubjectFilter.all()), report.subjectsAdded());
			Map<String, SubjectHeader> targets = new TreeMap<>();
			target.subjects(SubjectFilter.all()).forEach(h -> targets.put(h.screeningNumber(), h));
			for (SubjectHeader header : source.subjects(SubjectFilter.all())) {
				SubjectHeader copy = targets.get(header.screeningNumber());
				assertNotNull(copy, header.screeningNumber());
				assertEquals(header.siteCode(), copy.siteCode());
				assertEquals(odmContent(source.subject(header.id()).orElseThrow()),
						odmContent(target.subject(copy.id()).orElseThrow()), header.screeningNumber());
			}
		}
	}

	/** What ODM itself says of a record: visits, forms and values by OID and repeat key. */
	private static Map<String, String> odmContent(Subject subject) {
		Map<String, String> values = new TreeMap<>();
		for (Visit visit : subject.getVisits()) {
			for (FormRecord form : visit.getForms()) {
				for (ItemValue value : form.getItemValues()) {
					values.put(visit.getDefinition().getOid() + "[" + visit.getOccurrence() + "]/"
							+ form.getDefinition().getOid() + "[" + form.getOccurrence() + "]/"
							+ value.getDefinition().getOid(), String.valueOf(value.getValue()));
				}
			}
		}
		return values;
	}

	private static String validate(Path file) throws CommandException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		new ValidateOdmCommand().run(CommandArguments.parse("validate-odm", List.of("--in", file.toString())),
				new PrintStream(bytes, true, StandardCharsets.UTF_8));
		return bytes.toString(StandardCharsets.UTF_8);
	}

	@Test
	void theValidatorSaysWhichSchemasItUsedForEachForm() throws Exception {
		Path fullFile = Files.write(directory.resolve("full.xml"), full);
		Path plainFile = Files.write(directory.resolve("plain.xml"), plain);
		System.setProperty(OdmSchema.PROPERTY, odmXsd.toString());
		String extended = validate(fullFile);
		assertTrue(extended.contains("ODM1-3-2-foundation.xsd (CDISC ODM 1.3.2, redefined by the next)"), extended);
		assertTrue(extended.contains("trialbench-odm-1.0.xsd (Trialbench's extension schema)"), extended);
		assertTrue(extended.contains("full.xml is valid ODM 1.3.2 with Trialbench's extensions"), extended);
		String pure = validate(plainFile);
		assertTrue(pure.contains("(plain ODM)") && pure.contains("ODM1-3-2.xsd"), pure);
		assertFalse(pure.contains("trialbench-odm"), pure);
		assertTrue(pure.contains("plain.xml is valid ODM 1.3.2\n"), pure);

		String broken = new String(full, StandardCharsets.UTF_8).replaceFirst("<ItemGroupData ",
				"<ItemGroupData tb:weight=\"3\" ");
		Path brokenFile = Files.writeString(directory.resolve("broken.xml"), broken);
		CommandException refused = assertThrows(CommandException.class, () -> validate(brokenFile));
		assertTrue(refused.getMessage().contains("broken.xml is not valid: 1 errors"), refused.getMessage());

		System.clearProperty(OdmSchema.PROPERTY);
		if (getClass().getClassLoader().getResource(OdmSchema.RESOURCE) == null) {
			CommandException none = assertThrows(CommandException.class, () -> validate(plainFile));
			assertTrue(none.getMessage().contains("not installed"), none.getMessage());
		}
	}
}
