package org.trialbench.safety.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.Relationship;
import org.trialbench.clinical.Subject;
import org.trialbench.core.TrialbenchHome;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.protocol.SeriousnessCriterion;
import org.trialbench.repository.AuditEntry;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.safety.SafetySettings;
import org.trialbench.safety.TreatmentEmergence;
import org.trialbench.ui.session.WorkbenchSession;

/**
 * The adverse-event part on real SWT widgets over an embedded H2 demo store, as an investigator uses it: pick a
 * subject, type the event, see MedDRA suggestions and the derived flags, save (a bad date first: nothing is lost),
 * read the event back from the store; then change it, which needs a reason for change that reaches the audit trail.
 */
class AdverseEventPartUiTest {
	@TempDir
	Path dir;

	private String previousHome;
	private Display display;
	private Shell shell;

	@BeforeEach
	void home() throws Exception {
		// the part reads the MedDRA folder from trialbench.properties in the Trialbench home
		previousHome = System.getProperty(TrialbenchHome.PROPERTY);
		Path home = Files.createDirectories(dir.resolve("home"));
		System.setProperty(TrialbenchHome.PROPERTY, home.toString());
		Path meddra = writeSyntheticMeddra(dir.resolve("meddra"));
		Files.writeString(home.resolve("trialbench.properties"),
				SafetySettings.MEDDRA_DIR + "=" + meddra.toString().replace("\\", "\\\\") + "\n"
						+ SafetySettings.TIME_ZONE + "=UTC\n", StandardCharsets.ISO_8859_1);
		display = Display.getDefault();
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1000, 1000);
	}

	@AfterEach
	void restore() {
		shell.dispose();
		if (previousHome == null) {
			System.clearProperty(TrialbenchHome.PROPERTY);
		} else {
			System.setProperty(TrialbenchHome.PROPERTY, previousHome);
		}
	}

	@Test
	void investigatorRecordsAnEventThenChangesItWithAReason() throws Exception {
		DemoTrial demo = new DemoTrialGenerator(1, 24, 2026).generate(new NullProgressMonitor());
		try (JdbcTrialRepository store = JdbcTrialRepository.embedded(dir.resolve("store/trial"))) {
			store.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
			String siteCode = demo.trial().getSites().get(0).getCode();
			WorkbenchSession workbench = WorkbenchSession.connected(store);
			workbench.open(store.localSession("inv" + siteCode));
			TrialSession session = workbench.session();
			Subject treated = treatedSubject(session);
			LocalDate procedure = TreatmentEmergence.procedureDate(treated).orElseThrow();
			int before = treated.getAdverseEvents().size();

			// the navigator's subject row is what the handler and the list get from the selection service
			SubjectHeader row = session.subjects(SubjectFilter.all()).stream()
					.filter(h -> h.id().equals(treated.getId())).findFirst().orElseThrow();
			org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem recordItem = org.eclipse.e4.ui.model.application.ui
					.menu.MMenuFactory.INSTANCE.createHandledMenuItem();
			recordItem.setTooltip("A new adverse event for the subject selected in the Trial Navigator");
			assertFalse(new RecordAdverseEventHandler().canExecute(demo.trial().getSites().get(0), workbench, recordItem));
			assertEquals("Not available: select a subject (or one of its visits or forms) in the Trial Navigator "
					+ "first", recordItem.getTooltip(), "a disabled Record Adverse Event says why");
			assertTrue(new RecordAdverseEventHandler().canExecute(row, workbench, recordItem));
			assertEquals("A new adverse event for the subject selected in the Trial Navigator", recordItem.getTooltip());

			MPart model = MBasicFactory.INSTANCE.createPart();
			model.getPersistedState().put(AdverseEventPart.SUBJECT_ID, row.id());
			AdverseEventPart part = new AdverseEventPart(workbench, model);
			part.createControls(shell);
			shell.open();
			AdverseEventFormView form = part.form();
			waitUntil(() -> form.subject() != null && form.save.isEnabled(), "the subject is read");
			waitUntil(() -> form.dictionary() != null, "the MedDRA dictionary is read");
			assertTrue(form.subjectLabel.getText().contains(treated.getScreeningNumber()), form.subjectLabel.getText());

			// the editor area of a 1600x1000 window with the Error Log open: Save is in view without scrolling
			org.eclipse.swt.graphics.Point size = shell.getSize();
			shell.setSize(1180, 620);
			shell.layout(true, true);
			org.eclipse.swt.graphics.Rectangle saveInShell = shell.getDisplay().map(form.save.getParent(), shell,
					form.save.getBounds());
			assertTrue(saveInShell.y + saveInShell.height <= shell.getClientArea().height,
					"Save at " + saveInShell + " lies within the " + shell.getClientArea().height + " px shown");
			shell.setSize(size);
			shell.layout(true, true);

			// typing the verbatim term suggests MedDRA terms from the configured dictionary; the best one is chosen
			form.verbatim.setText("esophageal perforation");
			assertTrue(form.suggestions.getItem(0).contains("Esophageal perforation (99000002) > PT Oesophageal perforation"),
					form.suggestions.getItem(0));
			form.suggestions.select(0);
			form.suggestions.notifyListeners(SWT.Selection, null);
			form.onset.setText("2026-13-45");
			form.ctcae.select(4);
			form.criteria.get(SeriousnessCriterion.HOSPITALIZATION).setSelection(true);
			form.criteria.get(SeriousnessCriterion.HOSPITALIZATION).notifyListeners(SWT.Selection, null);
			form.criteria.get(SeriousnessCriterion.LIFE_THREATENING).setSelection(true);
			form.relationship.select(Relationship.DEFINITELY_RELATED.getValue() + 1);
			form.ongoing.setSelection(true);
			form.awareAt.setText(procedure.plusDays(1) + " 09:15");
			assertTrue(form.derived.getText().contains("Serious: yes"), form.derived.getText());

			// a date that does not parse: not saved, the message names the field, what was typed stays
			click(form);
			assertTrue(form.messageText().contains("Onset") && form.messageText().contains("2026-13-45"),
					form.messageText());
			assertEquals("esophageal perforation", form.verbatim.getText());
			assertEquals(before, session.subject(treated.getId()).orElseThrow().getAdverseEvents().size());

			form.onset.setText(procedure.plusDays(1).toString());
			assertTrue(form.derived.getText().contains("Treatment-emergent: yes"), form.derived.getText());

			// a serious event without the time the site learned of it breaks a rule: refused, the field named
			form.awareAt.setText("");
			click(form);
			waitUntil(() -> form.save.isEnabled() && form.messageText().contains("Site aware"), "the event is refused");
			assertTrue(form.messageText().contains("Site aware: a serious event needs"), form.messageText());
			assertEquals(before, session.subject(treated.getId()).orElseThrow().getAdverseEvents().size());
			assertEquals("esophageal perforation", form.verbatim.getText());
			assertTrue(form.coding.getText().contains("Esophageal perforation"), "the chosen coding stays");

			form.awareAt.setText(procedure.plusDays(1) + " 09:15");
			click(form);
			waitUntil(() -> form.event() != null && form.messageText().startsWith("Saved"), "the event is saved");

			Subject stored = session.subject(treated.getId()).orElseThrow();
			assertEquals(before + 1, stored.getAdverseEvents().size());
			AdverseEvent event = stored.getAdverseEvents().stream()
					.filter(e -> e.getId().equals(model.getPersistedState().get(AdverseEventPart.EVENT_ID))).findFirst()
					.orElseThrow();
			assertEquals("esophageal perforation", event.getVerbatimTerm());
			assertEquals(procedure.plusDays(1), event.getOnsetDate());
			assertEquals(4, event.getCtcaeGrade());
			assertTrue(event.isSerious());
			assertEquals(List.of(SeriousnessCriterion.LIFE_THREATENING, SeriousnessCriterion.HOSPITALIZATION),
					List.copyOf(event.getSeriousnessCriteria()));
			assertTrue(event.isTreatmentEmergent());
			assertNotNull(event.getCoding());
			assertEquals("99100001", event.getCoding().getPtCode());
			assertEquals("99.0", event.getCoding().getDictionaryVersion());
			// the shown form is the saved event now: its expectedness is shown read-only, the reason field is open
			assertTrue(form.reason.isEnabled());
			assertTrue(form.saved.getText().startsWith("Expected: "), form.saved.getText());
			snapshot("adverse-event-part-saved.png");

			// a change without a reason is refused and changes nothing
			form.ctcae.select(3);
			form.criteria.get(SeriousnessCriterion.LIFE_THREATENING).setSelection(false);
			AtomicInteger asked = new AtomicInteger();
			part.setReasonPrompt((s, record) -> {
				asked.incrementAndGet();
				return null;
			});
			click(form);
			assertEquals(1, asked.get());
			assertTrue(form.messageText().contains("reason for change"), form.messageText());
			assertEquals(4, eventOf(session, treated.getId(), event.getId()).getCtcaeGrade());
			assertEquals(3, form.ctcae.getSelectionIndex(), "the entered grade stays");

			part.setReasonPrompt((s, record) -> "Grade corrected after source verification");
			click(form);
			waitUntil(() -> !part.isSaving() && form.messageText().startsWith("Saved"), "the change is saved");
			AdverseEvent changed = eventOf(session, treated.getId(), event.getId());
			assertEquals(3, changed.getCtcaeGrade());
			assertEquals(List.of(SeriousnessCriterion.HOSPITALIZATION), List.copyOf(changed.getSeriousnessCriteria()));
			List<AuditEntry> trail = session.audit().forObject(event.getId());
			assertTrue(trail.stream().anyMatch(e -> e.feature() != null && e.feature().contains("ctcae")
					&& "Grade corrected after source verification".equals(e.reason())), trail.toString());

			// the list of the subject's events, following the navigator's selection, shows it
			Shell listShell = new Shell(display);
			listShell.setLayout(new FillLayout());
			listShell.setSize(1100, 400);
			AdverseEventListPart list = new AdverseEventListPart(workbench);
			list.createControls(listShell);
			listShell.open();
			list.follow(row);
			waitUntil(() -> list.view().table().getItemCount() == before + 1, "the subject's events are listed");
			assertTrue(list.view().headingText().contains(treated.getScreeningNumber()), list.view().headingText());
			assertTrue(List.of(list.view().table().getItems()).stream()
					.anyMatch(item -> item.getText(3).equals("esophageal perforation") && item.getText(5).equals("serious")
							&& item.getText(6).equals("yes") && item.getText(8).equals("Oesophageal perforation")));
			list.dispose();
			listShell.dispose();
			// logged out before the store closes, so that nothing of the session still writes into the folder
			// JUnit deletes after the test
			workbench.close();
		}
	}

	private static AdverseEvent eventOf(TrialSession session, String subjectId, String eventId) throws Exception {
		return session.subject(subjectId).orElseThrow().getAdverseEvents().stream()
				.filter(e -> e.getId().equals(eventId)).findFirst().orElseThrow();
	}

	/** The first subject of the demo who has had the study procedure. */
	private static Subject treatedSubject(TrialSession session) throws Exception {
		for (SubjectHeader header : session.subjects(SubjectFilter.all())) {
			Subject subject = session.subject(header.id()).orElseThrow();
			if (TreatmentEmergence.procedureDate(subject).isPresent()) {
				return subject;
			}
		}
		throw new AssertionError("the demo trial has no treated subject");
	}

	private void click(AdverseEventFormView form) {
		form.save.notifyListeners(SWT.Selection, null);
		settle(100);
	}

	private void waitUntil(BooleanSupplier condition, String what) {
		long until = System.currentTimeMillis() + 20_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > until) {
				throw new AssertionError("Timed out waiting until " + what);
			}
			settle(20);
		}
	}

	private void settle(long millis) {
		long until = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < until) {
			while (display.readAndDispatch()) {
				// drain
			}
			try {
				Thread.sleep(5);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void snapshot(String name) throws Exception {
		Path shots = Path.of(System.getProperty("trialbench.screenshots", "target/screenshots"));
		Files.createDirectories(shots);
		settle(300);
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, shell.getSize().x,
				shell.getSize().y);
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(shell);
		gc.copyArea(image, 0, 0);
		gc.dispose();
		org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
		loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
		loader.save(shots.resolve(name).toString(), SWT.IMAGE_PNG);
		image.dispose();
	}

	/** A tiny invented dictionary in the MedDRA ASCII format (codes 99xxxxxx; no MedDRA content). */
	static Path writeSyntheticMeddra(Path folder) throws Exception {
		Files.createDirectories(folder);
		String[][] files = { { "meddra_release.asc", "99.0$English$$$\n" },
				{ "soc.asc", "99400001$Gastrointestinal disorders (synthetic)$Gastr$$$$$$$$\n" },
				{ "hlgt.asc", "99300001$Oesophageal conditions$$$$$$$$\n" },
				{ "hlt.asc", "99200001$Oesophageal injuries$$$$$$$$\n" },
				{ "pt.asc", "99100001$Oesophageal perforation$$99400001$$$$$$$$\n"
						+ "99100002$Oesophageal mucosal tear$$99400001$$$$$$$$\n" },
				{ "llt.asc", "99000001$Oesophageal perforation$99100001$$$$$$$Y$$\n"
						+ "99000002$Esophageal perforation$99100001$$$$$$$Y$$\n"
						+ "99000004$Oesophageal mucosal tear$99100002$$$$$$$Y$$\n" },
				{ "soc_hlgt.asc", "99400001$99300001$\n" }, { "hlgt_hlt.asc", "99300001$99200001$\n" },
				{ "hlt_pt.asc", "99200001$99100001$\n99200001$99100002$\n" } };
		for (String[] file : files) {
			Files.writeString(folder.resolve(file[0]), file[1], StandardCharsets.UTF_8);
		}
		return folder;
	}
}
