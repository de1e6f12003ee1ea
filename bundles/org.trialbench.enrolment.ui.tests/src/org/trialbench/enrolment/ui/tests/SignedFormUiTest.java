package org.trialbench.enrolment.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.FormStatus;
import org.trialbench.clinical.Subject;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.enrolment.ui.CrfEditor;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/** A signed form in the CRF editor says who signed it and when, and what a correction takes; nothing is editable. */
class SignedFormUiTest {
	@TempDir
	Path directory;
	private JdbcTrialRepository repository;
	private Shell shell;

	@AfterEach
	void close() {
		if (shell != null) {
			shell.dispose();
		}
		repository.close();
	}

	@Test
	void aSignedFormNamesItsSignerAndTheCorrectionPath() throws Exception {
		repository = JdbcTrialRepository.embedded(directory.resolve("store"));
		DemoTrial demo = new DemoTrialGenerator(1, 12, 7).generate(new NullProgressMonitor());
		repository.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
		TrialSession investigator = repository.localSession("inv01");
		Subject subject = null;
		FormRecord signed = null;
		for (SubjectHeader header : investigator.subjects(SubjectFilter.all())) {
			Subject candidate = investigator.subject(header.id()).orElseThrow();
			List<FormRecord> forms = candidate.getVisits().stream().flatMap(v -> v.getForms().stream())
					.filter(f -> f.getStatus() == FormStatus.SIGNED && f.getSignature() != null).toList();
			if (!forms.isEmpty()) {
				subject = candidate;
				signed = forms.get(0);
				break;
			}
		}
		assertTrue(signed != null, "the demo trial has signed forms at site 01");

		shell = new Shell(Screens.display());
		shell.setLayout(new FillLayout());
		shell.setSize(1100, 600);
		CrfEditor editor = new CrfEditor(shell, investigator, subject.getId(), signed.getId(),
				new CrfEditorUiTest.User());
		shell.open();
		Screens.spin(200);

		String note = editor.banner().getText();
		assertTrue(editor.banner().isVisible(), "a signed form shows the note");
		assertTrue(note.startsWith("Signed by " + signed.getSignature().getSignerName()), note);
		assertTrue(note.contains("(" + signed.getSignature().getSigner().getUsername() + ")"), note);
		assertTrue(note.contains(" on 20"), "when: " + note);
		assertTrue(note.contains("withdraws the signature with a reason"), note);
		assertFalse(editor.saveButton().isEnabled(), "nothing to save on a signed form");
		ItemDefinition first = editor.entry().items().stream().filter(i -> !i.isDerived()).findFirst().orElseThrow();
		Text field = (Text) editor.input(first);
		assertTrue(field.getToolTipText().startsWith("Signed by"), field.getToolTipText());
		Screens.snapshot(shell, "crf-signed-form");
	}
}
