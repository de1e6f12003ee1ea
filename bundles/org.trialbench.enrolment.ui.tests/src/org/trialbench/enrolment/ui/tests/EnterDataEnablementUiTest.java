package org.trialbench.enrolment.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.Subject;
import org.trialbench.enrolment.FormEntry;
import org.trialbench.enrolment.ui.EnterDataHandler;
import org.trialbench.enrolment.ui.StartFormHandler;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.poembtx.PoemBtxOids;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;
import org.trialbench.ui.session.WorkbenchSession;

/**
 * Enter Data and Start Form follow the selection and the user's role, and a disabled item's tooltip says why (the
 * menu item the platform evaluates is handed to the handler, as in the Enrolment menu and the navigator's menu).
 */
class EnterDataEnablementUiTest {

	@TempDir
	Path directory;
	private DemoStore store;
	private FormRecord form;
	private Subject subject;

	@BeforeEach
	void open() throws Exception {
		store = new DemoStore(directory);
		TrialSession investigator = store.as("inv01");
		String subjectId = DemoStore.eligibleSubject(investigator, "01-C003", "ACH3");
		Study study = investigator.protocol();
		try (TrialTransaction transaction = investigator.begin()) {
			Subject edited = transaction.editSubject(subjectId);
			FormEntry.start(edited,
					study.getVisits().stream().filter(v -> v.getOid().equals(PoemBtxOids.VISIT_SCREENING)).findFirst()
							.orElseThrow(),
					study.getForms().stream().filter(f -> f.getOid().equals(PoemBtxOids.FORM_ECKARDT)).findFirst()
							.orElseThrow(),
					LocalDate.now().minusDays(2));
			transaction.commit("screening visit");
		}
		subject = investigator.subject(subjectId).orElseThrow();
		form = subject.getVisits().stream().flatMap(v -> v.getForms().stream())
				.filter(f -> f.getDefinition().getOid().equals(PoemBtxOids.FORM_ECKARDT)).findFirst().orElseThrow();
	}

	@AfterEach
	void close() {
		store.close();
	}

	private WorkbenchSession as(String username) throws Exception {
		WorkbenchSession workbench = WorkbenchSession.connected(store.repository);
		workbench.open(store.as(username));
		return workbench;
	}

	private static MHandledMenuItem item(String tooltip) {
		MHandledMenuItem item = MMenuFactory.INSTANCE.createHandledMenuItem();
		item.setTooltip(tooltip);
		return item;
	}

	@Test
	void enterDataNeedsAFormAndAnInvestigatorAndSaysSo() throws Exception {
		EnterDataHandler handler = new EnterDataHandler();
		WorkbenchSession investigator = as("inv01");
		MHandledMenuItem item = item("Edit the selected form");

		assertFalse(handler.canExecute(null, subject, investigator, item), "a subject is not a form");
		assertEquals("Not available: select a form in the Trial Navigator first", item.getTooltip());

		assertTrue(handler.canExecute(null, form, investigator, item));
		assertEquals("Edit the selected form", item.getTooltip(), "enabled: the item's own tooltip again");

		assertFalse(handler.canExecute(null, form, as("monitor1"), item));
		assertTrue(item.getTooltip().contains("investigators enter data"), item.getTooltip());
	}

	@Test
	void startFormNeedsASubjectSelected() throws Exception {
		StartFormHandler handler = new StartFormHandler();
		WorkbenchSession investigator = as("inv01");
		MHandledMenuItem item = item("A new form for the selected subject");
		assertFalse(handler.canExecute(null, investigator, item));
		assertEquals("Not available: select a subject in the Trial Navigator first", item.getTooltip());
		assertTrue(handler.canExecute(form, investigator, item), "a form stands for its subject");
	}
}
