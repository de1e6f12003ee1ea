package org.trialbench.enrolment.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.FormStatus;
import org.trialbench.clinical.Subject;
import org.trialbench.demo.DemoUsers;
import org.trialbench.enrolment.FormEntry;
import org.trialbench.enrolment.FormSignOff;
import org.trialbench.enrolment.ui.CrfEditor;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.poembtx.PoemBtxOids;
import org.trialbench.repository.AuditEntry;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;

/**
 * The correction path of a signed form in the CRF editor: the principal investigator of site 01 (pi01) signs the
 * Eckardt form with the password, withdraws the signature with a reason and the password, the form is corrected
 * and pi01 signs again; the other investigator of the site sees the buttons disabled with the reason.
 */
class SignOffUiTest {

	@TempDir
	Path directory;
	private DemoStore store;
	private String subjectId;
	private String formId;
	private final List<Shell> shells = new ArrayList<>();

	/** Answers the editor's questions as a person would; null cancels. */
	static final class Signer implements CrfEditor.Prompts {
		String reason;
		String password = DemoUsers.PASSWORD;
		String withdrawalReason;
		int signings;
		int withdrawals;

		@Override
		public String reasonForChange(Shell shell, List<ItemDefinition> changed) {
			return reason;
		}

		@Override
		public int resolve(Shell shell, List<org.trialbench.repository.ConflictException.Conflict> conflicts,
				Study study) {
			throw new AssertionError("no other user saves this form in the test");
		}

		@Override
		public char[] signing(Shell shell, String form, String signer) {
			signings++;
			return password == null ? null : password.toCharArray();
		}

		@Override
		public CrfEditor.Withdrawal withdrawal(Shell shell, String form, String signer) {
			withdrawals++;
			return withdrawalReason == null ? null
					: new CrfEditor.Withdrawal(withdrawalReason, password.toCharArray());
		}
	}

	@BeforeEach
	void enterAnEckardtForm() throws Exception {
		store = new DemoStore(directory);
		TrialSession investigator = store.as("inv01");
		subjectId = DemoStore.eligibleSubject(investigator, "01-S001", "ACH3");
		Study study = investigator.protocol();
		try (TrialTransaction transaction = investigator.begin()) {
			Subject subject = transaction.editSubject(subjectId);
			FormRecord form = FormEntry.start(subject,
					study.getVisits().stream().filter(v -> v.getOid().equals(PoemBtxOids.VISIT_SCREENING)).findFirst()
							.orElseThrow(),
					study.getForms().stream().filter(f -> f.getOid().equals(PoemBtxOids.FORM_ECKARDT)).findFirst()
							.orElseThrow(),
					LocalDate.now().minusDays(2));
			FormEntry entry = new FormEntry(form);
			for (ItemDefinition item : entry.items()) {
				if (!item.isDerived()) {
					entry.enter(item, "1");
				}
			}
			form.setStatus(FormStatus.COMPLETE);
			transaction.commit("screening visit");
			formId = form.getId();
		}
	}

	@AfterEach
	void close() {
		shells.forEach(Shell::dispose);
		store.close();
	}

	private CrfEditor editor(TrialSession session, Signer user) {
		Shell shell = new Shell(Screens.display());
		shell.setText("Data entry - " + session.user().getUsername());
		shell.setLayout(new FillLayout());
		shell.setSize(1200, 640);
		shells.add(shell);
		CrfEditor editor = new CrfEditor(shell, session, subjectId, formId, user);
		shell.open();
		Screens.spin(100);
		return editor;
	}

	private static void press(Button button) {
		assertTrue(button.isVisible() && button.isEnabled(), button.getText() + " can be pressed: "
				+ button.getToolTipText());
		button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		Screens.spin(50);
	}

	private FormRecord stored(TrialSession session) throws Exception {
		return session.subject(subjectId).orElseThrow().getVisits().stream().flatMap(v -> v.getForms().stream())
				.filter(f -> f.getId().equals(formId)).findFirst().orElseThrow();
	}

	private static ItemDefinition dysphagia(CrfEditor editor) {
		return editor.entry().items().stream()
				.filter(i -> i.getOid().equals(PoemBtxOids.ITEM_ECKARDT_DYSPHAGIA)).findFirst().orElseThrow();
	}

	@Test
	void thePrincipalInvestigatorSignsWithdrawsWithAReasonCorrectsAndSignsAgain() throws Exception {
		TrialSession pi = store.as("pi01");
		Signer user = new Signer();
		CrfEditor editor = editor(pi, user);
		assertFalse(editor.withdrawButton().isVisible(), "nothing to withdraw on an unsigned form");
		press(editor.signButton());
		assertEquals(1, user.signings);
		FormRecord signed = stored(pi);
		assertEquals(FormStatus.SIGNED, signed.getStatus());
		String firstSignature = signed.getSignature().getId();
		assertTrue(editor.banner().getText().startsWith("Signed by "), editor.banner().getText());
		assertFalse(editor.signButton().isVisible(), "signed once");
		assertFalse(((Text) editor.input(dysphagia(editor))).getEditable(), "a signed value is not typed over");

		user.withdrawalReason = null; // the user cancels the dialog
		press(editor.withdrawButton());
		assertEquals(FormStatus.SIGNED, stored(pi).getStatus(), "cancelled: still signed");

		user.password = "not-the-password";
		user.withdrawalReason = "Dysphagia was taken from the wrong visit";
		press(editor.withdrawButton());
		assertTrue(editor.status().getText().startsWith("Signature not withdrawn"), editor.status().getText());
		assertEquals(FormStatus.SIGNED, stored(pi).getStatus(), "a wrong password withdraws nothing");

		user.password = DemoUsers.PASSWORD;
		press(editor.withdrawButton());
		assertEquals(FormStatus.COMPLETE, stored(pi).getStatus());
		assertNull(stored(pi).getSignature());
		assertFalse(editor.banner().isVisible(), "no note once the signature is withdrawn");
		assertTrue(editor.status().getText().startsWith("Signature withdrawn"), editor.status().getText());
		AuditEntry withdrawal = pi.audit().forObject(firstSignature).stream()
				.filter(e -> e.feature().equals("(deleted)")).findFirst().orElseThrow();
		assertEquals("pi01", withdrawal.username());
		assertEquals(FormSignOff.WITHDRAWN + "Dysphagia was taken from the wrong visit", withdrawal.reason());

		Combo field = (Combo) editor.input(dysphagia(editor));
		field.setText("2");
		Screens.spin(20);
		assertFalse(editor.signButton().isEnabled(), "unsaved changes are not signed");
		assertTrue(editor.signButton().getToolTipText().contains("Save your changes first"),
				editor.signButton().getToolTipText());
		user.reason = "source says daily";
		assertTrue(editor.save());
		press(editor.signButton());
		FormRecord resigned = stored(pi);
		assertEquals(FormStatus.SIGNED, resigned.getStatus());
		assertEquals("2", resigned.getItemValues().stream()
				.filter(v -> v.getDefinition().getOid().equals(PoemBtxOids.ITEM_ECKARDT_DYSPHAGIA)).findFirst()
				.orElseThrow().getValue());
		assertFalse(firstSignature.equals(resigned.getSignature().getId()), "a new signature");
		Screens.snapshot(editor.control().getShell(), "crf-signed-again");
	}

	@Test
	void anotherInvestigatorOfTheSiteSeesWhyNot() throws Exception {
		new FormSignOff(store.as("pi01")).sign(subjectId, formId, DemoUsers.PASSWORD.toCharArray());
		CrfEditor editor = editor(store.as("inv01"), new Signer());
		assertTrue(editor.withdrawButton().isVisible());
		assertFalse(editor.withdrawButton().isEnabled());
		assertTrue(editor.withdrawButton().getToolTipText()
				.startsWith("Not available: Only the signer or the principal investigator of site 01 (pi01)"),
				editor.withdrawButton().getToolTipText());
		assertEquals("Signed; a correction is not yours to start: only the signer or the principal investigator of "
				+ "site 01 (pi01) withdraws the signature", editor.status().getText(), "said on the status line too");
		Screens.snapshot(editor.control().getShell(), "crf-withdraw-not-available");
	}
}
