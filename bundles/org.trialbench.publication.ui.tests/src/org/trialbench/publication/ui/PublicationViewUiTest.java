package org.trialbench.publication.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.publication.AnalysisDatasets;
import org.trialbench.publication.Population;
import org.trialbench.publication.tables.Picture;
import org.trialbench.publication.tables.PublicationTable;
import org.trialbench.publication.tables.PublicationTables;
import org.trialbench.publication.tables.Row;

/**
 * The publication view on real SWT widgets (Xvfb in CI): the tables computed by the core appear digit for digit,
 * spanning headers name their columns, figures are shown as images. Saves a screenshot to target/.
 */
class PublicationViewUiTest {
	static Shell shell;
	static PublicationView view;
	static List<PublicationTable> tables;
	static final List<String> actions = new ArrayList<>();

	@BeforeAll
	static void open() {
		tables = PublicationTables.of(
				AnalysisDatasets.of(new DemoTrialGenerator(4, 240, 2026).generate(new NullProgressMonitor()).trial(),
						new NullProgressMonitor()),
				Population.ITT, new NullProgressMonitor());
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		shell.setSize(1500, 950);
		view = new PublicationView(shell, new PublicationView.Actions() {
			@Override
			public void compute(String snapshot, Population population) {
				actions.add("compute " + snapshot + " " + population);
			}

			@Override
			public void exportTables(String snapshot, Population population) {
				actions.add("tables " + snapshot + " " + population);
			}

			@Override
			public void exportListings(String snapshot, Population population) {
				actions.add("listings " + snapshot);
			}

			@Override
			public void lock() {
				actions.add("lock");
			}
		});
		shell.open();
		view.setSnapshots(List.of("LOCK-2", "LOCK-1", "live"));
		view.show(tables);
		spin(300);
	}

	@AfterAll
	static void close() {
		shell.dispose();
	}

	static void spin(long millis) {
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			if (!Display.getDefault().readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	@Test
	void everyTableIsListedAndTheFirstShowsTheConsortDiagram() {
		assertEquals(tables.size(), view.tableList().getItemCount());
		assertEquals("Figure 1. CONSORT flow diagram", view.tableList().getItem(0));
		Label picture = (Label) view.tableView().pictures().getChildren()[0];
		assertNotNull(picture.getImage());
		assertTrue(picture.getImage().getBounds().height > 400, "the diagram at its size");
	}

	/** The list of tables is as wide as its titles (up to 40 % of the part), so none is cut off. */
	@Test
	void theListOfTablesShowsWholeTitles() {
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(view.tableList());
		try {
			int part = view.tableList().getParent().getClientArea().width;
			for (String title : view.tableList().getItems()) {
				int needed = gc.textExtent(title).x;
				assertTrue(view.tableList().getClientArea().width >= Math.min(needed, part * 2 / 5 - 40),
						"\"" + title + "\" needs " + needed + " px; the list is "
								+ view.tableList().getClientArea().width + " px of " + part);
			}
		} finally {
			gc.dispose();
		}
		view.select(1);
		assertEquals(view.tableList().getItem(1), view.tableList().getToolTipText(), "the chosen title in full");
	}

	@Test
	void thePrimaryOutcomeTableShowsTheCoreNumbers() throws Exception {
		view.select(2);
		spin(200);
		PublicationTable primary = tables.get(2);
		assertEquals(primary.columns(), view.tableView().table().getColumnCount());
		assertEquals("Treatment success, n/N (%): POEM", view.tableView().table().getColumn(1).getText());
		TableItem[] items = view.tableView().table().getItems();
		assertEquals(primary.rows().size(), items.length);
		for (int r = 0; r < items.length; r++) {
			Row row = primary.rows().get(r);
			for (int c = 0; c < row.cells().size(); c++) {
				assertEquals(row.cells().get(c).text(), items[r].getText(c + 1));
			}
		}
		screenshot("publication-view-table2.png");
		view.select(4);
		spin(200);
		screenshot("publication-view-forest.png");
	}

	@Test
	void theTimeToFailureTableShowsTheKaplanMeierCurvesAtScreenSize() throws Exception {
		int index = -1;
		for (int i = 0; i < tables.size(); i++) {
			if (tables.get(i).sheetName().equals("Table 6")) {
				index = i;
			}
		}
		assertTrue(index >= 0, "the perspective lists Table 6");
		view.select(index);
		spin(200);
		PublicationTable durability = tables.get(index);
		TableItem[] items = view.tableView().table().getItems();
		assertEquals(durability.rows().size(), items.length);
		assertEquals(durability.row("Median time to failure, days (95% CI)").cells().get(0).text(),
				items[durability.rows().indexOf(durability.row("Median time to failure, days (95% CI)"))].getText(1));
		Label curves = (Label) view.tableView().pictures().getChildren()[0];
		Picture figure = durability.pictures().get(0);
		// the 300 dpi PNG is shown at its screen size, not at 3 screen pixels per point
		assertEquals(figure.width(), curves.getImage().getBounds().width);
		assertEquals(figure.height(), curves.getImage().getBounds().height);
		screenshot("publication-view-kaplan-meier.png");
	}

	@Test
	void aTableWithoutAFigureGetsTheWholeHeight() {
		for (int i = 0; i < tables.size(); i++) {
			view.select(i);
			spin(50);
			assertEquals(!tables.get(i).pictures().isEmpty(), view.tableView().picturesShown(), tables.get(i).title());
		}
		int withoutFigure = -1;
		for (int i = 0; i < tables.size() && withoutFigure < 0; i++) {
			if (tables.get(i).pictures().isEmpty()) {
				withoutFigure = i;
			}
		}
		assertTrue(withoutFigure >= 0, "Table 1 has no figure");
		view.select(withoutFigure);
		spin(100);
		int tableHeight = view.tableView().table().getSize().y;
		assertTrue(tableHeight > view.tableView().control().getSize().y / 2,
				"the table fills the view: " + tableHeight + " of " + view.tableView().control().getSize().y + " px");
	}

	@Test
	void buttonsAskThePartWithTheChosenSnapshot() {
		view.snapshots().select(1);
		view.exportTablesButtonForTest().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		assertEquals(List.of("tables LOCK-1 ITT"), actions.subList(actions.size() - 1, actions.size()));
	}

	static void screenshot(String name) throws Exception {
		Display display = Display.getDefault();
		Image image = new Image(display, shell.getBounds().width, shell.getBounds().height);
		GC gc = new GC(display);
		gc.copyArea(image, shell.getBounds().x, shell.getBounds().y);
		gc.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		Path target = Path.of("target");
		Files.createDirectories(target);
		loader.save(target.resolve(name).toString(), SWT.IMAGE_PNG);
		image.dispose();
	}
}
