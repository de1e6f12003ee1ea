package org.trialbench.enrolment.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.enrolment.SiteStatusBoard;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.ui.session.WorkbenchSession;

/**
 * The site status page on a real store: its headline sums the board, each site's bar is split by status in
 * proportion, and the pixels of a segment are the status's colour. Leaves a screenshot for a person to judge.
 */
class SiteStatusPartUiTest {
	@TempDir
	Path directory;

	@Test
	void showsSubjectsByStatusPerSite() throws Exception {
		DemoTrial demo = new DemoTrialGenerator(4, 240, 5).generate(new NullProgressMonitor());
		try (JdbcTrialRepository repository = JdbcTrialRepository.embedded(directory.resolve("store"))) {
			repository.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
			WorkbenchSession workbench = WorkbenchSession.connected(repository);
			workbench.open(repository.localSession("datamanager"));
			Display display = Display.getDefault();
			Shell shell = new Shell(display);
			shell.setText("Trialbench - Site status (datamanager)");
			shell.setLayout(new FillLayout());
			shell.setSize(1300, 420);
			try {
				SiteStatusPart part = new SiteStatusPart(workbench);
				part.createControls(shell);
				shell.open();
				long until = System.currentTimeMillis() + 30_000;
				while (part.loads() < 1 && System.currentTimeMillis() < until) {
					if (!display.readAndDispatch()) {
						Thread.sleep(10);
					}
				}
				assertEquals(1, part.loads(), "the board was counted");
				SiteStatusBoard board = part.board();
				assertEquals(4, board.sites().size());
				assertEquals(240, board.total().subjects());
				assertTrue(part.headline().startsWith("240 subjects at 4 sites, " + board.total().everRandomized()
						+ " randomized"), part.headline());
				for (int i = 0; i < 20; i++) {
					display.readAndDispatch();
				}
				SiteStatusChart chart = part.chart();
				Rectangle area = chart.getClientArea();
				// segments follow each other and the largest site's bar is the full room
				int largest = board.largestSite();
				for (int site = 0; site < board.sites().size(); site++) {
					SiteStatusBoard.Row row = board.sites().get(site);
					int x = chart.segmentOf(site, SiteStatusBoard.STATUS_ORDER.get(0), area).x;
					int total = 0;
					for (SubjectStatus status : SiteStatusBoard.STATUS_ORDER) {
						Rectangle segment = chart.segmentOf(site, status, area);
						assertTrue(Math.abs(segment.x - x) <= 1, row.code() + " " + status + " follows on");
						x = segment.x + segment.width;
						total += segment.width;
						if (row.count(status) == 0) {
							assertEquals(0, segment.width, row.code() + " has no " + status);
						}
					}
					Rectangle full = chart.segmentOf(0, SiteStatusBoard.STATUS_ORDER.get(0), area);
					int room = area.width - 20 - SiteStatusChart.LABEL_WIDTH - SiteStatusChart.AFTER_BAR;
					assertTrue(Math.abs(total - room * row.subjects() / largest) <= SiteStatusBoard.STATUS_ORDER.size(),
							row.code() + ": " + total + " px for " + row.subjects() + " of " + largest + " (room "
									+ room + ", starts at " + full.x + ")");
				}
				// the screenshot first: printing the chart below may leave GTK's window unrepainted for a while
				Path file = screenshot(shell, "site-status");
				assertTrue(Files.size(file) > 10_000, file.toString());
				System.out.println("screenshot: " + file);
				// the widest randomized segment is drawn in the randomized colour
				int randomizedIndex = SiteStatusBoard.STATUS_ORDER.indexOf(SubjectStatus.RANDOMIZED);
				Rectangle segment = chart.segmentOf(0, SubjectStatus.RANDOMIZED, area);
				assertTrue(segment.width > 4, "site 01 has randomized subjects");
				// printed into an image rather than read off the screen, which another window may cover
				Image image = new Image(display, area.width, area.height);
				GC gc = new GC(image);
				assertTrue(chart.print(gc), "the chart can print itself");
				gc.dispose();
				ImageData pixels = image.getImageData();
				image.dispose();
				assertEquals(SiteStatusChart.STATUS_COLOURS[randomizedIndex],
						pixels.palette.getRGB(pixels.getPixel(segment.x + segment.width / 2, segment.y + segment.height / 2)));
				part.dispose();
			} finally {
				shell.dispose();
				workbench.close();
			}
		}
	}

	private static Path screenshot(Shell shell, String name) throws Exception {
		// the screen holds the window's pixels only once GTK has painted them (asynchronously, on its frame clock)
		Display display = shell.getDisplay();
		long until = System.currentTimeMillis() + 800;
		while (System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				Thread.sleep(10);
			}
		}
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		gc.copyArea(image, bounds.x, bounds.y);
		gc.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		image.dispose();
		Path file = Path.of("target", "screenshots", name + ".png").toAbsolutePath();
		Files.createDirectories(file.getParent());
		loader.save(file.toString(), org.eclipse.swt.SWT.IMAGE_PNG);
		return file;
	}

}
