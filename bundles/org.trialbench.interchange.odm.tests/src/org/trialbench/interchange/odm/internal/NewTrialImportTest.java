package org.trialbench.interchange.odm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.FormStatus;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.clinical.Visit;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.core.command.CommandException;
import org.trialbench.repository.CommandLogin;
import org.trialbench.repository.RepositoryProvider;
import org.trialbench.repository.SiteAdministration;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.TrialRepository;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcRepositoryProvider;

/**
 * {@code ./trialbench import-odm --new-trial} on an empty embedded store (on PostgreSQL, as a new one is), with
 * files in the shapes REDCap and OpenClinica export: sites set up from what the file names (or --site), and a
 * refused file leaves the store empty.
 */
class NewTrialImportTest {

	@TempDir
	Path home;

	private Path store() {
		return home.resolve("store").resolve("trialbench");
	}

	private Path file(String name) throws IOException {
		Path file = home.resolve(name);
		try (InputStream in = NewTrialImportTest.class.getClassLoader().getResource("data/" + name).openStream()) {
			Files.write(file, in.readAllBytes());
		}
		return file;
	}

	private Path file(String name, String text) throws IOException {
		Path file = home.resolve(name);
		Files.writeString(file, text);
		return file;
	}

	private static String text(String name) throws IOException {
		try (InputStream in = NewTrialImportTest.class.getClassLoader().getResource("data/" + name).openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Runs import-odm; the output, whether it succeeded or not. */
	private record Run(String output, CommandException refused) {
	}

	private Run run(String... words) throws Exception {
		return run(new JdbcRepositoryProvider(), words);
	}

	private Run run(RepositoryProvider provider, String... words) throws Exception {
		ImportOdmCommand command = new ImportOdmCommand();
		Properties settings = settings();
		command.settings = () -> settings;
		command.terminal = new CommandLogin.Terminal() {
			@Override
			public String variable(String name) {
				return null;
			}

			@Override
			public char[] askPassword(String prompt) {
				return null;
			}
		};
		command.setRepositoryProvider(provider);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		try {
			assertEquals(0, command.run(CommandArguments.parse("import-odm", List.of(words)), out));
			return new Run(bytes.toString(StandardCharsets.UTF_8), null);
		} catch (CommandException e) {
			return new Run(bytes.toString(StandardCharsets.UTF_8), e);
		}
	}

	private static String value(Subject subject, String formOid, int occurrence, String itemOid) {
		return subject.getVisits().stream().flatMap(v -> v.getForms().stream())
				.filter(f -> f.getDefinition().getOid().equals(formOid) && f.getOccurrence() == occurrence)
				.flatMap(f -> f.getItemValues().stream()).filter(v -> v.getDefinition().getOid().equals(itemOid))
				.map(ItemValue::getValue).findFirst().orElse(null);
	}

	private boolean storeIsEmpty() throws Exception {
		if (!Files.exists(store()) && !Files.exists(store().resolveSibling("trialbench.mv.db"))) {
			return true;
		}
		try (TrialRepository repository = open()) {
			return repository.isEmpty();
		}
	}

	/** The store as the command opens it (a new embedded store is on PostgreSQL). */
	private TrialRepository open() throws Exception {
		return new JdbcRepositoryProvider().open(settings());
	}

	private Properties settings() {
		Properties settings = new Properties();
		settings.setProperty(WorkbenchSettings.STORE_KIND, WorkbenchSettings.STORE_KIND_EMBEDDED);
		settings.setProperty(WorkbenchSettings.STORE_EMBEDDED_PATH, store().toString());
		return settings;
	}

	@Test
	void aClassicRedcapProjectWithNoSiteGoesToTheSiteThatSiteCodeColonNameSetsUp() throws Exception {
		Run run = run("--in", file("redcap-classic.xml").toString(), "--new-trial", "--site", "01:Munich");
		assertEquals(null, run.refused(), run.output());
		assertTrue(run.output().contains("set-up: site 01 (Munich) set up by --site"), run.output());
		// the dry-run-style report says how the file was mapped
		assertTrue(run.output().contains("mapped: REDCap check box field prior_tx"), run.output());
		assertTrue(run.output().contains("mapped: CodeList DataType boolean"), run.output());
		assertTrue(run.output().contains("mapped: FormData Form.procedure repeats (FormRepeatKey"), run.output());
		try (TrialRepository repository = open();
				TrialSession session = repository.localSession("admin")) {
			List<Site> sites = session.trial().getSites();
			assertEquals(List.of("01 Munich"), sites.stream().map(s -> s.getCode() + " " + s.getName()).toList());
			List<SubjectHeader> headers = session.subjects(SubjectFilter.all());
			assertEquals(List.of("01 101", "01 102"),
					headers.stream().map(h -> h.siteCode() + " " + h.screeningNumber()).toList());
			Subject first = session.subject(headers.get(0).id()).orElseThrow();
			assertEquals("1", value(first, "Form.screening", 1, "consented"), "yes/no stays coded 1/0");
			assertEquals("1", value(first, "Form.screening", 1, "refractory"), "true/false stays coded 1/0");
			assertEquals("1", value(first, "Form.screening", 1, "prior_tx___1"));
			assertEquals("0", value(first, "Form.screening", 1, "prior_tx___2"));
			assertEquals("1", value(first, "Form.screening", 1, "prior_tx___3"));
			// the repeating instrument: two occurrences of the procedure form
			assertEquals("2026-02-10", value(first, "Form.procedure", 1, "proc_date"));
			assertEquals("2026-03-24", value(first, "Form.procedure", 2, "proc_date"));
			assertEquals("1", value(first, "Form.procedure", 2, "proc_kind"));
			assertTrue(repository.verifyAudit(new NullProgressMonitor()).intact());
		}
	}

	@Test
	void aFileWhoseSubjectsNameNoSiteIsRefusedAndTheNewTrialIsNotSetUp() throws Exception {
		Run run = run("--in", file("redcap-classic.xml").toString(), "--new-trial");
		assertTrue(run.refused() != null, run.output());
		assertTrue(run.refused().getMessage().contains("nothing was changed (the trial was not set up)"),
				run.refused().getMessage());
		// each subject's error names it, where it starts, and what to do
		assertTrue(run.output().contains("subject 101 is new and its SubjectData names no site of this trial"),
				run.output());
		assertTrue(run.output().matches("(?s).*ERROR line \\d+, column \\d+: subject 102 .*--site CODE.*"), run.output());
		assertTrue(storeIsEmpty(), "nothing of the set-up was left");
		// the same file with a default site imports afterwards into the still empty store
		assertEquals(null, run("--in", file("redcap-classic.xml").toString(), "--new-trial", "--site", "M").refused());
	}

	@Test
	void aFileWithOneBadValueLeavesNothingOfTheNewTrial() throws Exception {
		String text = text("redcap-classic.xml").replace("<ItemData ItemOID=\"proc_kind\" Value=\"1\"/>",
				"<ItemData ItemOID=\"proc_kind\" Value=\"7\"/>");
		Run run = run("--in", file("bad.xml", text).toString(), "--new-trial", "--site", "01:Munich");
		assertTrue(run.refused() != null, run.output());
		assertTrue(run.output().contains("'7' is not in the code list proc_kind.choices"), run.output());
		assertTrue(storeIsEmpty());
	}

	/**
	 * The real store provider; when the command opens the store for the second time (to import, after it set the
	 * trial up), it first does what is given: something that happens between the two steps.
	 */
	private static RepositoryProvider betweenSetUpAndImport(StoreWork between) {
		JdbcRepositoryProvider store = new JdbcRepositoryProvider();
		int[] opened = new int[1];
		return settings -> {
			if (++opened[0] == 2) {
				try {
					between.run();
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			}
			return store.open(settings);
		};
	}

	private interface StoreWork {
		void run() throws Exception;
	}

	@Test
	void whenTheImportFailsAfterTheSetUpTheSetUpIsRemovedAgainAndTheStoreIsEmpty() throws Exception {
		Path good = file("redcap-classic.xml");
		String bad = text("redcap-classic.xml").replace("<ItemData ItemOID=\"proc_kind\" Value=\"1\"/>",
				"<ItemData ItemOID=\"proc_kind\" Value=\"7\"/>");
		Path changing = file("changing.xml", text("redcap-classic.xml"));
		// the file passes the check, the trial is set up, then the file is replaced (a sync tool, a colleague)
		// before the import reads it again: the import is refused
		Run run = run(betweenSetUpAndImport(() -> {
			assertTrue(!storeIsEmpty(), "the trial was set up before the import");
			Files.writeString(changing, bad);
		}), "--in", changing.toString(), "--new-trial", "--site", "01:Munich");
		assertTrue(run.refused() != null, run.output());
		assertTrue(run.output().contains("Set the trial "), "the set-up was written first: " + run.output());
		assertTrue(run.output().contains("'7' is not in the code list proc_kind.choices"), run.output());
		assertTrue(run.refused().getMessage().contains("nothing was changed (the trial set up from the file was "
				+ "removed again: the store is empty as before)"), run.refused().getMessage());
		assertTrue(storeIsEmpty(), "nothing of the set-up is left");
		// and the store takes a new trial as if nothing had happened, with an intact audit trail
		assertEquals(null, run("--in", good.toString(), "--new-trial", "--site", "01:Munich").refused());
		try (TrialRepository repository = open();
				TrialSession session = repository.localSession("admin")) {
			assertEquals(2, session.countSubjects(SubjectFilter.all()));
			assertTrue(repository.verifyAudit(new NullProgressMonitor()).intact());
		}
	}

	@Test
	void aSetUpThatSomethingElseFollowedIsNotRemovedAndTheMessageSaysItStays() throws Exception {
		String bad = text("redcap-classic.xml").replace("<ItemData ItemOID=\"proc_kind\" Value=\"1\"/>",
				"<ItemData ItemOID=\"proc_kind\" Value=\"7\"/>");
		Path changing = file("changing.xml", text("redcap-classic.xml"));
		Run run = run(betweenSetUpAndImport(() -> {
			// an administrator adds a site to the new trial between set-up and import
			try (TrialRepository repository = open();
					TrialSession admin = repository.localSession("admin")) {
				new SiteAdministration(admin).add("02", new SiteAdministration.Change("Vienna", "AT", null),
						"second site");
			}
			Files.writeString(changing, bad);
		}), "--in", changing.toString(), "--new-trial", "--site", "01:Munich");
		assertTrue(run.refused() != null, run.output());
		assertTrue(run.refused().getMessage().contains("stays in the store: it could not be removed"),
				run.refused().getMessage());
		assertTrue(run.refused().getMessage().contains("2 commits and 0 subjects, more than its set-up"),
				run.refused().getMessage());
		try (TrialRepository repository = open();
				TrialSession session = repository.localSession("admin")) {
			assertEquals(List.of("01", "02"), session.trial().getSites().stream().map(Site::getCode).toList());
			assertTrue(repository.verifyAudit(new NullProgressMonitor()).intact());
		}
	}

	@Test
	void aLongitudinalRedcapProjectSetsUpASiteForEachDataAccessGroup() throws Exception {
		Run run = run("--in", file("redcap-longitudinal-dags.xml").toString(), "--new-trial", "--site", "99:No group");
		assertEquals(null, run.refused(), run.output());
		assertTrue(run.output().contains("set-up: site uni_munich set up from REDCap data access group 'uni_munich'"),
				run.output());
		assertTrue(run.output().contains("mapped: REDCap data access group 'vienna' -> site vienna"), run.output());
		assertTrue(run.output().contains("mapped: REDCap arms 1 (POEM), 2 (Botulinum toxin)"), run.output());
		try (TrialRepository repository = open();
				TrialSession session = repository.localSession("admin")) {
			assertEquals(List.of("uni_munich", "vienna", "99"),
					session.trial().getSites().stream().map(Site::getCode).toList());
			assertEquals(List.of("Event.baseline_arm_1", "Event.month_6_arm_1", "Event.baseline_arm_2"),
					session.protocol().getVisits().stream().map(v -> v.getOid()).toList());
			List<SubjectHeader> headers = session.subjects(SubjectFilter.all());
			assertEquals("1-1 uni_munich, 2-1 vienna, 3 99", headers.stream()
					.map(h -> h.screeningNumber() + " " + h.siteCode()).sorted().collect(Collectors.joining(", ")));
			Subject first = session.subject(headers.stream().filter(h -> h.screeningNumber().equals("1-1"))
					.findFirst().orElseThrow().id()).orElseThrow();
			assertEquals(2, first.getVisits().size());
		}
	}

	@Test
	void anOpenClinicaExportSetsUpItsSiteStudiesAndSiteRefsAndMapsItsExtensions() throws Exception {
		Run run = run("--in", file("openclinica-sites.xml").toString(), "--new-trial");
		assertEquals(null, run.refused(), run.output());
		assertTrue(run.output().contains("set-up: site S_ESO_VIE (EsoSpasm - Vienna) set up from the file's site study"),
				run.output());
		assertTrue(run.output().contains("set-up: site S_ESO_MUC set up from SiteRef LocationOID S_ESO_MUC"),
				run.output());
		assertTrue(run.output().contains("mapped: AuditRecord elements in ItemData are not imported"), run.output());
		assertTrue(run.output().contains("mapped: vendor extension element {http://www.openclinica.org/ns/odm_ext_v130/v3.1}"
				+ "SubjectGroupData in SubjectData ignored"), run.output());
		assertTrue(run.output().contains("mapped: OpenClinica CRF version v2 of F_HRM_V2"), run.output());
		// each mapping once, however many subjects it applied to
		assertEquals(1, run.output().lines().filter(l -> l.startsWith("mapped: OpenClinica:StudySubjectID")).count());
		assertTrue(run.output().lines().anyMatch(l -> l.startsWith("mapped: OpenClinica:StudySubjectID")
				&& l.contains("(2 times, first at line ")), run.output());
		try (TrialRepository repository = open();
				TrialSession session = repository.localSession("admin")) {
			List<SubjectHeader> headers = session.subjects(SubjectFilter.all());
			assertEquals("ESO-101 S_ESO_MUC, ESO-201 S_ESO_VIE", headers.stream()
					.map(h -> h.screeningNumber() + " " + h.siteCode()).collect(Collectors.joining(", ")));
			Subject munich = session.subject(headers.get(0).id()).orElseThrow();
			assertEquals(java.time.LocalDate.of(1961, 5, 2), munich.getBirthDate());
			Visit screening = munich.getVisits().get(0);
			assertEquals(java.time.LocalDate.of(2026, 3, 2), screening.getDate());
			assertEquals(VisitStatus.DONE, screening.getStatus());
			FormRecord hrm = screening.getForms().get(0);
			assertEquals(FormStatus.COMPLETE, hrm.getStatus());
			assertEquals("31.0", hrm.getItemValues().get(0).getValue());
			Subject vienna = session.subject(headers.get(1).id()).orElseThrow();
			assertEquals(SubjectStatus.WITHDRAWN, vienna.getStatus());
			assertEquals(FormStatus.IN_PROGRESS, vienna.getVisits().get(0).getForms().get(0).getStatus());
		}
	}

	@Test
	void aRedcapClassicProjectAsRedcapWritesItGetsOneVisitAndItsGroupsFieldNamesTheSites() throws Exception {
		Run run = run("--in", file("redcap-classic-dag-field.xml").toString(), "--new-trial");
		assertEquals(null, run.refused(), run.output());
		assertTrue(run.output().contains("set-up: the file defines no StudyEventDef (a REDCap classic project): one "
				+ "visit Event.record (Record) with all 1 forms set up"), run.output());
		assertTrue(run.output().contains("set-up: site uni_munich set up from REDCap data access group 'uni_munich'"),
				run.output());
		assertTrue(run.output().contains("set-up: REDCap's field redcap_data_access_group is not set up as an item"),
				run.output());
		assertTrue(run.output().lines().anyMatch(l -> l.startsWith("mapped: FormData directly in SubjectData (as "
				+ "REDCap writes a classic project's records") && l.contains("(3 times, first at line ")), run.output());
		assertTrue(run.output().contains("mapped: REDCap data access group 'uni_vienna' (field "
				+ "redcap_data_access_group) -> site uni_vienna"), run.output());
		try (TrialRepository repository = open();
				TrialSession session = repository.localSession("admin")) {
			assertEquals(List.of("uni_munich", "uni_vienna"),
					session.trial().getSites().stream().map(Site::getCode).toList());
			List<SubjectHeader> headers = session.subjects(SubjectFilter.all());
			assertEquals("M-1 uni_munich, M-2 uni_munich, V-1 uni_vienna", headers.stream()
					.map(h -> h.screeningNumber() + " " + h.siteCode()).collect(Collectors.joining(", ")));
			Subject first = session.subject(headers.get(0).id()).orElseThrow();
			assertEquals(1, first.getVisits().size());
			assertEquals("Event.record", first.getVisits().get(0).getDefinition().getOid());
			assertEquals("9", value(first, "Form.baseline", 1, "eckardt_total"));
			assertEquals(null, value(first, "Form.baseline", 1, "redcap_data_access_group"),
					"the group names the site; it is no value of the record");
			assertTrue(session.protocol().getForms().stream().flatMap(f -> f.getItems().stream())
					.noneMatch(i -> i.getOid().equals("redcap_data_access_group")));
		}
		// the same file again, as a dry run into the trial it set up: nothing to add, and the group field is no
		// difference of the metadata
		Run again = run("--in", file("redcap-classic-dag-field.xml").toString(), "--dry-run");
		assertEquals(null, again.refused(), again.output());
		assertTrue(again.output().contains("would add 0 subjects"), again.output());
		assertTrue(again.output().lines().noneMatch(l -> l.startsWith("metadata differs") && l.contains("redcap_data_access_group")),
				again.output());
	}

	@Test
	void aClassicRecordWhoseGroupIsNoSiteIsRefusedWithItsLine() throws Exception {
		assertEquals(null, run("--in", file("redcap-classic-dag-field.xml").toString(), "--new-trial").refused());
		String text = text("redcap-classic-dag-field.xml").replace("Value=\"uni_vienna\"", "Value=\"uni_graz\"");
		int line = (int) text.substring(0, text.indexOf("uni_graz")).chars().filter(c -> c == '\n').count() + 1;
		Run again = run("--in", file("graz.xml", text).toString(), "--dry-run");
		assertTrue(again.refused() != null, again.output());
		assertTrue(again.output().contains("ERROR line " + line + ", column "), again.output());
		assertTrue(again.output().contains("the data access group 'uni_graz' (REDCap's field redcap_data_access_group) "
				+ "of record V-1 is no site of this trial"), again.output());
	}

	@Test
	void openClinicaThreeZeroSpellsTheStudySubjectIdWithASmallDAndItIsReadAlike() throws Exception {
		String text = text("openclinica-sites.xml").replace("OpenClinica:StudySubjectID=", "OpenClinica:StudySubjectId=");
		assertTrue(text.contains("OpenClinica:StudySubjectId="));
		Run run = run("--in", file("oc30.xml", text).toString(), "--new-trial");
		assertEquals(null, run.refused(), run.output());
		try (TrialRepository repository = open();
				TrialSession session = repository.localSession("admin")) {
			assertEquals("ESO-101, ESO-201", session.subjects(SubjectFilter.all()).stream()
					.map(SubjectHeader::screeningNumber).collect(Collectors.joining(", ")));
		}
	}

	@Test
	void clinicalDataInsideStudyIsRefusedWithItsLineAndColumnNotImportedAsNothing() throws Exception {
		String text = text("redcap-classic.xml");
		int start = text.indexOf("<ClinicalData");
		int end = text.indexOf("</ClinicalData>") + "</ClinicalData>".length();
		String clinical = text.substring(start, end);
		String moved = text.substring(0, start) + text.substring(end);
		moved = moved.replace("</MetaDataVersion>\n</Study>", "</MetaDataVersion>\n" + clinical + "\n</Study>");
		int line = (int) moved.substring(0, moved.indexOf("<ClinicalData")).chars().filter(c -> c == '\n').count() + 1;
		Run run = run("--in", file("inside.xml", moved).toString(), "--new-trial", "--site", "01");
		assertTrue(run.refused() != null, run.output());
		assertTrue(run.output().contains("ERROR line " + line + ", column "), run.output());
		assertTrue(run.output().contains("ClinicalData inside Study is not where ODM 1.3.2 puts it"), run.output());
		assertTrue(storeIsEmpty());
	}

	@Test
	void withTheSiteOptionAsCodeColonNameAnExistingTrialIsToldToAddTheSiteFirst() throws Exception {
		assertEquals(null, run("--in", file("redcap-classic.xml").toString(), "--new-trial", "--site", "01").refused());
		Run again = run("--in", file("redcap-longitudinal-dags.xml").toString(), "--site", "02:Vienna");
		assertTrue(again.refused() != null);
		assertTrue(again.refused().getMessage().contains("./trialbench site add CODE --name NAME"),
				again.refused().getMessage());
	}
}
