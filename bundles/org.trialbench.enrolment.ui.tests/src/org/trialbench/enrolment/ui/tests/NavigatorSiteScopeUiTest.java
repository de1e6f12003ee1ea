package org.trialbench.enrolment.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.Sex;
import org.trialbench.enrolment.Enrolment;
import org.trialbench.repository.TrialSession;
import org.trialbench.ui.navigator.TrialNavigator;
import org.trialbench.ui.session.WorkbenchSession;

/**
 * The Trial Navigator on a real store, as a site-bound investigator sees it: only the sites of the user (not a
 * site of someone else reading "No subjects yet"), and the filter finds a subject by any part of its number.
 */
class NavigatorSiteScopeUiTest {
	private static final long WAIT = 10_000;

	@TempDir
	Path directory;
	private DemoStore store;
	private Shell shell;

	@BeforeEach
	void open() throws Exception {
		store = new DemoStore(directory);
		screen(store.as("inv01"), "01", "01-0031");
		screen(store.as("inv01"), "01", "01-0032");
		screen(store.as("inv02"), "02", "02-0031");
		shell = new Shell(Screens.display());
		shell.setLayout(new FillLayout());
		shell.setSize(400, 600);
	}

	private static void screen(TrialSession investigator, String site, String number) throws Exception {
		new Enrolment(investigator).screen(new Enrolment.Screening(DemoStore.site(investigator, site), number,
				LocalDate.now().minusDays(3), "2.0", LocalDate.of(1970, 1, 5), Sex.MALE));
	}

	@AfterEach
	void close() {
		shell.dispose();
		store.close();
	}

	private Tree navigatorAs(String username) throws Exception {
		WorkbenchSession workbench = WorkbenchSession.connected(store.repository);
		workbench.open(store.as(username));
		TrialNavigator navigator = new TrialNavigator(shell, workbench);
		shell.layout();
		shell.open();
		Tree tree = navigator.viewer().getTree();
		assertTrue(Screens.spinUntil(() -> tree.getItemCount() > 0 && !loading(tree.getItems()), WAIT),
				"sites appear: " + texts(tree.getItems()));
		tree.setData(navigator);
		return tree;
	}

	@Test
	void aSiteBoundInvestigatorSeesOnlyTheirSiteAndTheFilterMatchesAnyPartOfTheNumber() throws Exception {
		Tree tree = navigatorAs("inv01");
		assertEquals(1, tree.getItemCount(), "inv01 works at site 01 only: " + texts(tree.getItems()));
		assertTrue(tree.getItem(0).getText().startsWith("01"), tree.getItem(0).getText());

		TreeItem site = tree.getItem(0);
		Event expand = new Event();
		expand.item = site;
		tree.notifyListeners(SWT.Expand, expand);
		site.setExpanded(true);
		assertTrue(Screens.spinUntil(() -> site.getItemCount() == 2 && !loading(site.getItems()), WAIT),
				texts(site.getItems()).toString());

		((TrialNavigator) tree.getData()).filter("0031");
		assertTrue(Screens.spinUntil(() -> tree.getItemCount() == 1 && tree.getItem(0).getItemCount() == 1
				&& !loading(tree.getItem(0).getItems()), WAIT), texts(tree.getItems()).toString());
		assertTrue(tree.getItem(0).getItem(0).getText().startsWith("01-0031"),
				"'0031' finds 01-0031, and not 02-0031 of another site: " + texts(tree.getItem(0).getItems()));
	}

	@Test
	void aTrialWideUserSeesEverySite() throws Exception {
		Tree tree = navigatorAs("datamanager");
		assertEquals(2, tree.getItemCount(), texts(tree.getItems()).toString());
	}

	private static boolean loading(TreeItem[] items) {
		for (TreeItem item : items) {
			String text = item.getText();
			if (text.startsWith("Loading") || text.startsWith("Searching") || text.startsWith("Opening")) {
				return true;
			}
		}
		return false;
	}

	private static List<String> texts(TreeItem[] items) {
		List<String> texts = new ArrayList<>();
		for (TreeItem item : items) {
			texts.add(item.getText());
		}
		return texts;
	}
}
