package org.trialbench.enrolment.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.MissingCode;
import org.trialbench.clinical.Subject;
import org.trialbench.enrolment.FormEntry;
import org.trialbench.enrolment.ui.ConflictDialog;
import org.trialbench.enrolment.ui.CrfEditor;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.poembtx.PoemBtxOids;
import org.trialbench.repository.AuditEntry;
import org.trialbench.repository.ConflictException;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;

/**
 * The CRF editor on the shipped Eckardt form: checks and derived values follow the keyboard, a changed saved value
 * asks for its reason, and a save that collides with another user's shows both values (keep mine or reload).
 */
class CrfEditorUiTest {

	@TempDir
	Path directory;
	private DemoStore store;
	private TrialSession investigator;
	private String subjectId;
	private String formId;
	private final List<Shell> shells = new ArrayList<>();

	/** Answers the editor's questions as a user would, recording what it was asked. */
	static final class User implements CrfEditor.Prompts {
		String reason;
		int choice = ConflictDialog.RELOAD;
		final List<List<ItemDefinition>> askedForReason = new ArrayList<>();
		final List<String[]> conflictRows = new ArrayList<>();
		String screenshot;

		@Override
		public String reasonForChange(Shell shell, List<ItemDefinition> changed) {
			askedForReason.add(changed);
			return reason;
		}

		@Override
		public int resolve(Shell shell, List<ConflictException.Conflict> conflicts, Study study) {
			ConflictDialog dialog = new ConflictDialog(shell, conflicts, study);
			dialog.setBlockOnOpen(false);
			dialog.open();
			Screens.spin(200);
			for (TableItem item : dialog.table().getItems()) {
				String[] row = new String[5];
				for (int i = 0; i < row.length; i++) {
					row[i] = item.getText(i);
				}
				conflictRows.add(row);
			}
			if (screenshot != null) {
				try {
					Screens.snapshot(dialog.getShell(), screenshot);
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			}
			dialog.close();
			return choice;
		}
	}

	@BeforeEach
	void open() throws Exception {
		store = new DemoStore(directory);
		investigator = store.as("inv01");
		subjectId = DemoStore.eligibleSubject(investigator, "01-C001", "ACH3");
		Study study = investigator.protocol();
		try (TrialTransaction transaction = investigator.begin()) {
			Subject subject = transaction.editSubject(subjectId);
			FormRecord form = FormEntry.start(subject,
					study.getVisits().stream().filter(v -> v.getOid().equals(PoemBtxOids.VISIT_SCREENING)).findFirst()
							.orElseThrow(),
					study.getForms().stream().filter(f -> f.getOid().equals(PoemBtxOids.FORM_ECKARDT)).findFirst()
							.orElseThrow(),
					LocalDate.now().minusDays(2));
			transaction.commit("screening visit");
			formId = form.getId();
		}
	}

	@AfterEach
	void close() {
		shells.forEach(Shell::dispose);
		store.close();
	}

	private CrfEditor editor(TrialSession session, User user) {
		Shell shell = new Shell(Screens.display());
		shell.setText("Data entry - " + session.user().getUsername());
		shell.setLayout(new FillLayout());
		shell.setSize(1100, 520);
		shells.add(shell);
		CrfEditor editor = new CrfEditor(shell, session, subjectId, formId, user);
		shell.open();
		Screens.spin(100);
		return editor;
	}

	private ItemDefinition item(String oid) {
		return investigator.protocol().getForms().stream().flatMap(f -> f.getItems().stream())
				.filter(i -> i.getOid().equals(oid)).findFirst().orElseThrow();
	}

	/** Types into an item's field as the keyboard would: the field's text changes, Modify fires. */
	private static void type(CrfEditor editor, ItemDefinition definition, String text) {
		// each session reads its own copy of the protocol: find the editor's own item of that OID
		ItemDefinition item = editor.entry().items().stream().filter(i -> i.getOid().equals(definition.getOid()))
				.findFirst().orElseThrow();
		if (editor.input(item) instanceof Combo combo) {
			combo.setText(text);
		} else {
			((Text) editor.input(item)).setText(text);
		}
		Screens.spin(20);
	}

	private String stored(TrialSession session, String itemOid) throws Exception {
		return session.subject(subjectId).orElseThrow().getVisits().stream().flatMap(v -> v.getForms().stream())
				.filter(f -> f.getId().equals(formId)).flatMap(f -> f.getItemValues().stream())
				.filter(v -> v.getDefinition().getOid().equals(itemOid)).map(ItemValue::getValue).findFirst()
				.orElse(null);
	}

	@Test
	void checksFireWhileTypingAndTheDerivedTotalFollowsReadOnly() throws Exception {
		CrfEditor editor = editor(investigator, new User());
		ItemDefinition dysphagia = item(PoemBtxOids.ITEM_ECKARDT_DYSPHAGIA);
		ItemDefinition total = item(PoemBtxOids.ITEM_ECKARDT_TOTAL);
		assertTrue(editor.input(dysphagia) instanceof Combo, "a code list item is a list to pick from");
		assertFalse(((Text) editor.input(total)).getEditable(), "the derived total is never typed");

		type(editor, dysphagia, "4");
		assertFalse(editor.check(dysphagia).getText().isEmpty(), "4 is not a grade: flagged at once");
		type(editor, item(PoemBtxOids.ITEM_ECKARDT_REGURGITATION), "2");
		Screens.snapshot(editor.control().getShell(), "crf-eckardt-check-fires");
		type(editor, dysphagia, "1");
		assertEquals("", editor.check(dysphagia).getText());
		type(editor, item(PoemBtxOids.ITEM_ECKARDT_REGURGITATION), "1");
		type(editor, item(PoemBtxOids.ITEM_ECKARDT_CHEST_PAIN), "0");
		type(editor, item(PoemBtxOids.ITEM_ECKARDT_WEIGHT_LOSS), "2");
		assertEquals("4", ((Text) editor.input(total)).getText(), "1 + 1 + 0 + 2");
		assertEquals("No", ((Text) editor.input(item(PoemBtxOids.ITEM_ECKARDT_SUCCESS))).getText(),
				"a yes/no value reads as a word, not as the stored 'false'");
		type(editor, item(PoemBtxOids.ITEM_ECKARDT_WEIGHT_LOSS), "1");
		assertEquals("Yes", ((Text) editor.input(item(PoemBtxOids.ITEM_ECKARDT_SUCCESS))).getText(), "total 3");
		assertEquals("true", editor.entry().text(item(PoemBtxOids.ITEM_ECKARDT_SUCCESS)), "stored as true");
		type(editor, item(PoemBtxOids.ITEM_ECKARDT_WEIGHT_LOSS), "2");
		editor.missing(item(PoemBtxOids.ITEM_ECKARDT_CHEST_PAIN)).select(1);
		editor.missing(item(PoemBtxOids.ITEM_ECKARDT_CHEST_PAIN)).notifyListeners(org.eclipse.swt.SWT.Selection,
				new org.eclipse.swt.widgets.Event());
		assertEquals(MissingCode.NOT_DONE, editor.entry().missing(item(PoemBtxOids.ITEM_ECKARDT_CHEST_PAIN)));
		editor.missing(item(PoemBtxOids.ITEM_ECKARDT_CHEST_PAIN)).select(0);
		editor.missing(item(PoemBtxOids.ITEM_ECKARDT_CHEST_PAIN)).notifyListeners(org.eclipse.swt.SWT.Selection,
				new org.eclipse.swt.widgets.Event());
		type(editor, item(PoemBtxOids.ITEM_ECKARDT_CHEST_PAIN), "0");
		Screens.snapshot(editor.control().getShell(), "crf-eckardt-filled");
		assertTrue(editor.save());
		assertEquals("1", stored(investigator, PoemBtxOids.ITEM_ECKARDT_DYSPHAGIA));
		assertEquals("4", stored(investigator, PoemBtxOids.ITEM_ECKARDT_TOTAL));
	}

	@Test
	void changingASavedValueAsksForTheReasonAndTheAuditKeepsIt() throws Exception {
		User user = new User();
		CrfEditor editor = editor(investigator, user);
		ItemDefinition dysphagia = item(PoemBtxOids.ITEM_ECKARDT_DYSPHAGIA);
		type(editor, dysphagia, "2");
		assertTrue(editor.save());
		assertTrue(user.askedForReason.isEmpty(), "a first entry needs no reason");

		type(editor, dysphagia, "3");
		user.reason = null; // the user cancels the prompt
		assertFalse(editor.save());
		assertEquals("2", stored(investigator, PoemBtxOids.ITEM_ECKARDT_DYSPHAGIA), "nothing saved without a reason");
		user.reason = "source document says each meal";
		assertTrue(editor.save());
		assertEquals(List.of(dysphagia), user.askedForReason.get(1));
		AuditEntry change = investigator.audit().forSubject(subjectId).stream()
				.filter(e -> e.feature().equals("value") && "3".equals(e.newValue())).findFirst().orElseThrow();
		assertEquals("2", change.oldValue());
		assertEquals("source document says each meal", change.reason());
	}

	@Test
	void aSecondSaveOfTheSameValueShowsBothValuesAndKeepMineSavesItKnowingly() throws Exception {
		ItemDefinition dysphagia = item(PoemBtxOids.ITEM_ECKARDT_DYSPHAGIA);
		CrfEditor first = editor(investigator, new User());
		type(first, dysphagia, "1");
		assertTrue(first.save());

		TrialSession colleague = store.as("pi01");
		User mine = new User();
		mine.reason = "corrected after the phone call";
		mine.choice = ConflictDialog.KEEP_MINE;
		mine.screenshot = "crf-conflict-dialog";
		CrfEditor second = editor(colleague, mine);
		User theirs = new User();
		theirs.reason = "patient diary";
		CrfEditor firstAgain = editor(investigator, theirs);

		type(firstAgain, dysphagia, "2");
		assertTrue(firstAgain.save());
		type(second, dysphagia, "3");
		assertTrue(second.save(), "kept mine after seeing the conflict");

		assertEquals(1, mine.conflictRows.size());
		String[] row = mine.conflictRows.get(0);
		assertEquals("Dysphagia (IT.ECK.DYSPHAGIA)", row[0], "named as the form names it");
		assertEquals("1", row[1], "the value both started from");
		assertEquals("3", row[2], "mine");
		assertEquals("2", row[3], "the stored one");
		assertTrue(row[4].startsWith("inv01"), row[4]);
		assertEquals("3", stored(investigator, PoemBtxOids.ITEM_ECKARDT_DYSPHAGIA));
	}

	@Test
	void reloadingAfterAConflictShowsTheStoredValueAndSavesNothingOfMine() throws Exception {
		ItemDefinition dysphagia = item(PoemBtxOids.ITEM_ECKARDT_DYSPHAGIA);
		CrfEditor first = editor(investigator, new User());
		type(first, dysphagia, "1");
		assertTrue(first.save());
		User mine = new User();
		mine.reason = "my correction";
		mine.choice = ConflictDialog.RELOAD;
		CrfEditor second = editor(store.as("pi01"), mine);
		User theirs = new User();
		theirs.reason = "their correction";
		CrfEditor firstAgain = editor(investigator, theirs);
		type(firstAgain, dysphagia, "2");
		assertTrue(firstAgain.save());
		type(second, dysphagia, "0");
		assertFalse(second.save());
		assertEquals(1, mine.conflictRows.size());
		ItemDefinition shown = second.entry().items().stream().filter(i -> i.getOid().equals(dysphagia.getOid()))
				.findFirst().orElseThrow();
		assertEquals("2", ((Combo) second.input(shown)).getText().substring(0, 1), "the stored value is shown");
		assertNotNull(second.status().getText());
		assertTrue(second.status().getText().startsWith("Reloaded"), second.status().getText());
		assertEquals("2", stored(investigator, PoemBtxOids.ITEM_ECKARDT_DYSPHAGIA));
	}
}
