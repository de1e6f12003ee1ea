package org.trialbench.enrolment.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Subject;
import org.trialbench.enrolment.FormEntry;
import org.trialbench.enrolment.ui.CrfPart;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.poembtx.PoemBtxOids;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;
import org.trialbench.ui.session.WorkbenchSession;

/**
 * The data-entry part as the platform drives it: typing makes the part dirty (the tab's "*", the prompt on
 * closing), and the platform's save ({@code @Persist}, what File > Save and Ctrl+S call) stores the value and
 * makes it clean.
 */
class CrfPartUiTest {

	@TempDir
	Path directory;
	private DemoStore store;
	private TrialSession investigator;
	private WorkbenchSession workbench;
	private String subjectId;
	private String formId;
	private Shell shell;
	private IEclipseContext context;

	@BeforeEach
	void open() throws Exception {
		store = new DemoStore(directory);
		investigator = store.as("inv01");
		subjectId = DemoStore.eligibleSubject(investigator, "01-C002", "ACH3");
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
		workbench = WorkbenchSession.connected(store.repository);
		workbench.open(store.as("inv01"));
		shell = new Shell(Screens.display());
		shell.setLayout(new FillLayout());
		shell.setSize(1100, 520);
	}

	@AfterEach
	void close() {
		if (context != null) {
			context.dispose();
		}
		shell.dispose();
		store.close();
	}

	private CrfPart part(MPart model) {
		model.getPersistedState().put("subjectId", subjectId);
		model.getPersistedState().put("formId", formId);
		context = EclipseContextFactory.create("crf part test");
		context.set(WorkbenchSession.class, workbench);
		context.set(MPart.class, model);
		context.set(Composite.class, shell);
		CrfPart part = ContextInjectionFactory.make(CrfPart.class, context);
		shell.open();
		Screens.spin(100);
		return part;
	}

	private Combo dysphagia(CrfPart part) {
		ItemDefinition item = part.editor().entry().items().stream()
				.filter(i -> i.getOid().equals(PoemBtxOids.ITEM_ECKARDT_DYSPHAGIA)).findFirst().orElseThrow();
		return (Combo) part.editor().input(item);
	}

	private String stored() throws Exception {
		return investigator.subject(subjectId).orElseThrow().getVisits().stream().flatMap(v -> v.getForms().stream())
				.filter(f -> f.getId().equals(formId)).flatMap(f -> f.getItemValues().stream())
				.filter(v -> v.getDefinition().getOid().equals(PoemBtxOids.ITEM_ECKARDT_DYSPHAGIA))
				.map(ItemValue::getValue).findFirst().orElse(null);
	}

	@Test
	void typingMakesThePartDirtyAndThePlatformsSaveStoresItAndMakesItClean() throws Exception {
		MPart model = MBasicFactory.INSTANCE.createPart();
		CrfPart part = part(model);
		assertFalse(model.isDirty(), "a form just opened has nothing to save");

		dysphagia(part).setText("2");
		Screens.spin(20);
		assertTrue(model.isDirty(), "a typed value makes the part dirty: '*' on the tab, a prompt on closing");
		assertNull(stored(), "nothing is stored before saving");

		ContextInjectionFactory.invoke(part, Persist.class, context);
		assertEquals("2", stored(), "the platform's save (File > Save, Ctrl+S) stored the value");
		assertFalse(model.isDirty(), "saved: the '*' goes and closing asks nothing");
	}

	@Test
	void anEditStaysDirtyUntilSavedOrReloaded() throws Exception {
		MPart model = MBasicFactory.INSTANCE.createPart();
		CrfPart part = part(model);
		dysphagia(part).setText("1");
		ContextInjectionFactory.invoke(part, Persist.class, context);
		assertEquals("1", stored());

		dysphagia(part).setText("3");
		Screens.spin(20);
		assertTrue(model.isDirty());
		dysphagia(part).setText("1");
		Screens.spin(20);
		assertTrue(model.isDirty(), "changed back by hand is still an edit until saved or reloaded");
		part.editor().load();
		assertFalse(model.isDirty(), "reloading drops the edits and the '*'");
	}
}
