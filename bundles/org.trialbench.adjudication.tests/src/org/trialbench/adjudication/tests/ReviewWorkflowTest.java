package org.trialbench.adjudication.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.adjudication.AdjudicationExport;
import org.trialbench.adjudication.AdjudicationPacket;
import org.trialbench.adjudication.Agreement;
import org.trialbench.adjudication.CaseGenerator;
import org.trialbench.adjudication.EffectiveReviews;
import org.trialbench.adjudication.ReviewDesk;
import org.trialbench.adjudication.ReviewSignature;
import org.trialbench.adjudication.ReviewTask;
import org.trialbench.clinical.AdjudicationCase;
import org.trialbench.clinical.AdjudicationDecision;
import org.trialbench.clinical.AdjudicationReview;
import org.trialbench.clinical.AdjudicationStatus;
import org.trialbench.clinical.SignatureMeaning;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.core.command.CommandArguments;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.demo.DemoUsers;
import org.trialbench.protocol.DisagreementResolution;
import org.trialbench.repository.AuditEntry;
import org.trialbench.repository.AuthenticationException;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcRepositoryProvider;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * The review workflow on a real embedded store holding a small demo trial: cases opened from the protocol, two
 * independent signed reviews that cannot see each other, consensus after a disagreement, a signed correction, and
 * the export read back.
 */
class ReviewWorkflowTest {

	private static DemoTrial demo;

	@TempDir
	Path directory;
	private JdbcTrialRepository repository;
	private final List<TrialSession> sessions = new ArrayList<>();

	@BeforeAll
	static void generate() {
		demo = new DemoTrialGenerator(2, 60, 7).generate(new NullProgressMonitor());
	}

	@BeforeEach
	void store() throws Exception {
		repository = JdbcTrialRepository.embedded(directory.resolve("store"));
		repository.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
	}

	@AfterEach
	void close() {
		sessions.forEach(TrialSession::close);
		repository.close();
	}

	private TrialSession login(String user) throws Exception {
		TrialSession session = repository.login(user, DemoUsers.PASSWORD.toCharArray());
		sessions.add(session);
		return session;
	}

	private static char[] password() {
		return DemoUsers.PASSWORD.toCharArray();
	}

	/** A case nobody has reviewed yet, opened by the generator if the demo has none. */
	private AdjudicationCase pendingCase(TrialSession admin) throws Exception {
		new CaseGenerator().generate(admin, new NullProgressMonitor());
		java.util.Optional<AdjudicationCase> pending = admin.adjudicationCases().stream()
				.filter(c -> c.getStatus() == AdjudicationStatus.PENDING).findFirst();
		if (pending.isPresent()) {
			return pending.get();
		}
		// the demo may have decided every case the generator finds: open one more, as an administrator may
		AdjudicationCase decided = admin.adjudicationCases().get(0);
		try (org.trialbench.repository.TrialTransaction tx = admin.begin()) {
			AdjudicationCase opened = org.trialbench.clinical.ClinicalFactory.eINSTANCE.createAdjudicationCase();
			opened.setSubject(admin.subject(decided.getSubject().getId()).orElseThrow());
			opened.setEndpoint(decided.getEndpoint());
			opened.setVisit(opened.getSubject().getVisits().stream()
					.filter(v -> v.getId().equals(decided.getVisit().getId())).findFirst().orElseThrow());
			opened.setStatus(AdjudicationStatus.PENDING);
			opened.setCreatedAt(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
			tx.addCase(opened);
			tx.commit("second look at a case for the test");
			return opened;
		}
	}

	@Test
	void casesAreOpenedOnceFromTheProtocolsSettings() throws Exception {
		TrialSession admin = login("admin");
		int before = admin.adjudicationCases().size();
		CaseGenerator.Result first = new CaseGenerator().generate(admin, new NullProgressMonitor());
		assertEquals(before + first.created(), admin.adjudicationCases().size());
		assertTrue(first.alreadyOpen() >= before, "the demo's own cases are recognised: " + first);
		CaseGenerator.Result again = new CaseGenerator().generate(admin, new NullProgressMonitor());
		assertEquals(0, again.created(), "a second run opens nothing");
		assertTrue(first.created() + first.alreadyOpen() > 0, "re-interventions and time-point visits: " + first);
		for (AdjudicationCase c : admin.adjudicationCases()) {
			assertEquals("EP.PRIMARY", c.getEndpoint().getOid());
			assertTrue(c.getVisit() != null && c.getSubject() != null);
		}
	}

	@Test
	void twoIndependentSignedReviewsThenConsensus() throws Exception {
		TrialSession admin = login("admin");
		String caseId = pendingCase(admin).getId();
		TrialSession one = login("adjudicator1");
		TrialSession two = login("adjudicator2");
		ReviewDesk deskOne = new ReviewDesk(one);
		ReviewDesk deskTwo = new ReviewDesk(two);
		assertTrue(deskOne.inbox().stream().anyMatch(e -> e.adjudicationCase().getId().equals(caseId)
				&& e.task() == ReviewTask.INDEPENDENT_REVIEW));

		ReviewDesk.Decision met = new ReviewDesk.Decision(AdjudicationDecision.ENDPOINT_MET, "Eckardt 2, no rescue",
				SignatureMeaning.AUTHORSHIP, null);
		assertThrows(AuthenticationException.class, () -> deskOne.sign(caseId, met, "wrong".toCharArray()));
		assertEquals(0, deskOne.find(caseId).getReviews().size(), "a wrong password signs nothing");

		assertEquals(AdjudicationStatus.IN_REVIEW, deskOne.sign(caseId, met, password()).getStatus());
		assertEquals(0, deskTwo.find(caseId).getReviews().size(), "the second adjudicator cannot see the first decision");
		assertTrue(deskTwo.inbox().stream().anyMatch(e -> e.adjudicationCase().getId().equals(caseId)));

		ReviewDesk.Decision notMet = new ReviewDesk.Decision(AdjudicationDecision.ENDPOINT_NOT_MET,
				"Dysphagia daily at the visit", SignatureMeaning.AUTHORSHIP, null);
		AdjudicationCase disagreed = deskTwo.sign(caseId, notMet, password());
		assertEquals(AdjudicationStatus.DISAGREEMENT, disagreed.getStatus());
		assertEquals(2, deskTwo.find(caseId).getReviews().size(), "after deciding, both reviews are visible");
		assertEquals(DisagreementResolution.CONSENSUS, admin.protocol().getAdjudicationSettings()
				.getDisagreementResolution());
		assertTrue(deskOne.inbox().stream().anyMatch(e -> e.adjudicationCase().getId().equals(caseId)
				&& e.task() == ReviewTask.CONSENSUS));
		assertTrue(new ReviewDesk(login("adjudicator3")).inbox().stream()
				.noneMatch(e -> e.adjudicationCase().getId().equals(caseId)), "consensus is for the two reviewers");

		ReviewDesk.Decision agreed = new ReviewDesk.Decision(AdjudicationDecision.ENDPOINT_NOT_MET,
				"Consensus: daily dysphagia", SignatureMeaning.APPROVAL, null);
		assertEquals(AdjudicationStatus.DISAGREEMENT, deskOne.sign(caseId, agreed, password()).getStatus());
		AdjudicationCase resolved = deskTwo.sign(caseId, agreed, password());
		assertEquals(AdjudicationStatus.RESOLVED, resolved.getStatus());
		assertEquals(AdjudicationDecision.ENDPOINT_NOT_MET, resolved.getFinalDecision());
		assertEquals(DisagreementResolution.CONSENSUS, resolved.getResolution());

		AdjudicationCase stored = new ReviewDesk(login("statistician")).find(caseId);
		assertEquals(4, stored.getReviews().size());
		for (AdjudicationReview review : stored.getReviews()) {
			assertTrue(ReviewSignature.verifies(caseId, review), "signature of " + review.getId());
			assertEquals(review.getSubmittedAt(), review.getSignature().getSignedAt());
		}
		assertEquals(SignatureMeaning.APPROVAL, EffectiveReviews.of(stored, 2).get(0).getSignature().getMeaning());
	}

	@Test
	void threeWrongPasswordsAtTheDeskLockSigningAndAreLoggedWithTheCase() throws Exception {
		TrialSession admin = login("admin");
		String caseId = pendingCase(admin).getId();
		ReviewDesk desk = new ReviewDesk(login("adjudicator1"));
		ReviewDesk.Decision met = new ReviewDesk.Decision(AdjudicationDecision.ENDPOINT_MET, "Eckardt 2, no rescue",
				SignatureMeaning.AUTHORSHIP, null);
		for (int i = 0; i < TrialSession.SIGNING_ATTEMPTS; i++) {
			assertThrows(AuthenticationException.class, () -> desk.sign(caseId, met, "wrong".toCharArray()));
		}
		AuthenticationException locked = assertThrows(AuthenticationException.class,
				() -> desk.sign(caseId, met, password()));
		assertTrue(locked.getMessage().startsWith("Signing is locked for adjudicator1"), locked.getMessage());
		assertEquals(0, desk.find(caseId).getReviews().size(), "nothing was signed");
		List<String> logged = admin.securityLog().stream()
				.map(e -> e.username() + " " + e.event() + " " + e.recordId()).toList();
		assertEquals(List.of("adjudicator1 signature-failed " + caseId, "adjudicator1 signature-failed " + caseId,
				"adjudicator1 signature-failed " + caseId, "adjudicator1 signing-locked " + caseId,
				"adjudicator1 signature-refused " + caseId), logged);

		admin.unlockSigning("adjudicator1");
		assertEquals(AdjudicationStatus.IN_REVIEW, desk.sign(caseId, met, password()).getStatus());
	}

	@Test
	void aSignedDecisionChangesOnlyThroughANewAuditedSignedDecision() throws Exception {
		String caseId = pendingCase(login("admin")).getId();
		TrialSession one = login("adjudicator1");
		ReviewDesk desk = new ReviewDesk(one);
		desk.sign(caseId, new ReviewDesk.Decision(AdjudicationDecision.ENDPOINT_MET, "first look",
				SignatureMeaning.AUTHORSHIP, null), password());
		StoreException notAgain = assertThrows(StoreException.class, () -> desk.sign(caseId, new ReviewDesk.Decision(
				AdjudicationDecision.ENDPOINT_NOT_MET, "second look", SignatureMeaning.AUTHORSHIP, null), password()));
		assertTrue(notAgain.getMessage().contains("reason for the correction"), notAgain.getMessage());

		desk.sign(caseId, new ReviewDesk.Decision(AdjudicationDecision.ENDPOINT_NOT_MET, "re-read the 6-month form",
				SignatureMeaning.AUTHORSHIP, "misread the dysphagia item"), password());
		AdjudicationCase c = desk.find(caseId);
		assertEquals(2, c.getReviews().size(), "the first decision stays in the record");
		assertEquals(AdjudicationDecision.ENDPOINT_NOT_MET, EffectiveReviews.of(c, 1).get(0).getDecision());
		assertEquals(1, EffectiveReviews.superseded(c).size());
		AdjudicationReview correction = EffectiveReviews.of(c, 1).get(0);
		List<AuditEntry> audit = one.audit().forObject(correction.getId());
		assertTrue(audit.get(0).reason().contains("misread the dysphagia item"), audit.get(0).reason());
		assertTrue(ReviewSignature.verifies(caseId, correction));
	}

	@Test
	void theAdjudicatorsPacketComesFromTheBlindedStoreAndNamesNoArm() throws Exception {
		String caseId = pendingCase(login("admin")).getId();
		ReviewDesk desk = new ReviewDesk(login("adjudicator1"));
		AdjudicationPacket packet = desk.packet(desk.find(caseId));
		assertFalse(packet.eckardt().isEmpty(), "Eckardt assessments over time");
		String all = packet.toString().toLowerCase();
		for (String word : List.of("poem", "btx", "botulinum", "myotomy", "arm.")) {
			assertFalse(all.contains(word), word + " in " + packet);
		}
	}

	@Test
	void exportAndAgreementMatchTheStoredDecisions() throws Exception {
		TrialSession statistician = login("statistician");
		AdjudicationExport export = new AdjudicationExport(statistician);
		List<AdjudicationCase> cases = statistician.adjudicationCases();
		assertEquals(cases.size(), export.rows().size());
		Agreement agreement = Agreement.of(cases, statistician.protocol().getAdjudicationSettings());
		assertTrue(agreement.cases() > 0, "the demo has cases with two reviews");
		for (List<String> row : export.rows()) {
			if (!row.get(10).isEmpty()) {
				assertEquals("true", row.get(12), "demo signatures verify: " + row);
			}
		}
		Path xlsx = directory.resolve("out/adjudication.xlsx");
		export.write(xlsx);
		try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet("Adjudication");
			assertEquals(cases.size(), sheet.getLastRowNum());
			assertEquals("final_decision", sheet.getRow(0).getCell(5).getStringCellValue());
			assertEquals(export.rows().get(0).get(0), sheet.getRow(1).getCell(0).getStringCellValue());
			Sheet stats = workbook.getSheet("Agreement");
			assertEquals(agreement.cases(), (int) stats.getRow(0).getCell(1).getNumericCellValue());
			assertEquals(agreement.kappa(), stats.getRow(3).getCell(1).getNumericCellValue(), 1e-12);
		}
		Path csv = directory.resolve("adjudication.csv");
		export.write(csv);
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertEquals(cases.size() + 1, lines.size());
		assertTrue(lines.get(0).startsWith("case_id,subject,site,endpoint,status,final_decision"));
	}

	@Test
	void headlessCommandsOpenCasesAndExport() throws Exception {
		repository.close();
		Properties settings = WorkbenchSettings.defaults();
		settings.setProperty(WorkbenchSettings.STORE_KIND, WorkbenchSettings.STORE_KIND_EMBEDDED);
		settings.setProperty(WorkbenchSettings.STORE_EMBEDDED_PATH, directory.resolve("store").toString());
		org.trialbench.adjudication.internal.TestCommands commands = new org.trialbench.adjudication.internal.TestCommands(new JdbcRepositoryProvider(), settings);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertEquals(0, commands.cases().run(CommandArguments.parse("adjudication-cases", List.of()),
				new PrintStream(out, true, StandardCharsets.UTF_8)));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("adjudication cases"), out.toString());
		Path file = directory.resolve("results.csv");
		assertEquals(0, commands.export().run(CommandArguments.parse("export-adjudication",
				List.of("--out", file.toString())), new PrintStream(out, true, StandardCharsets.UTF_8)));
		assertTrue(Files.readAllLines(file).size() > 1);
		assertThrows(org.trialbench.core.command.CommandException.class, () -> commands.export().run(
				CommandArguments.parse("export-adjudication", List.of("--out", "results.pdf")), System.out));
		// the commands opened the store through the settings, which upgraded the H2 store to embedded PostgreSQL
		assertTrue(Files.isDirectory(directory.resolve("store").resolve("postgresql")), "upgraded on open");
		repository = JdbcTrialRepository.embeddedPostgres(directory.resolve("store"));
		TrialSession administrator = repository.localSession("admin");
		sessions.add(administrator);
		assertEquals(demo.trial().getSites().stream().mapToInt(site -> site.getSubjects().size()).sum(),
				administrator.subjects(org.trialbench.repository.SubjectFilter.all()).size(),
				"the trial's subjects, moved with it");
	}
}
