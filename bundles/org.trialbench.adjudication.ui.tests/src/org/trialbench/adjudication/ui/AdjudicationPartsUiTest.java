package org.trialbench.adjudication.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntSupplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.adjudication.CaseGenerator;
import org.trialbench.clinical.AdjudicationDecision;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.demo.DemoUsers;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.ui.session.WorkbenchSession;

/**
 * The inbox, the case view and the committee overview on real SWT widgets over a demo store; each test saves a
 * screenshot under target/screenshots so that a person can judge the parts.
 */
class AdjudicationPartsUiTest {

	@TempDir
	Path directory;
	private JdbcTrialRepository repository;
	private WorkbenchSession workbench;
	private Shell shell;

	@BeforeEach
	void store() throws Exception {
		DemoTrial demo = new DemoTrialGenerator(3, 90, 2026).generate(new NullProgressMonitor());
		repository = JdbcTrialRepository.embedded(directory.resolve("store"));
		repository.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
		try (var admin = repository.localSession("admin")) {
			new CaseGenerator().generate(admin, new NullProgressMonitor());
		}
		workbench = WorkbenchSession.connected(repository);
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		shell.setSize(1400, 860);
	}

	@AfterEach
	void close() {
		shell.dispose();
		workbench.close();
		repository.close();
	}

	private static void waitFor(IntSupplier loads, int atLeast) {
		Display display = Display.getDefault();
		long end = System.currentTimeMillis() + 30_000;
		while (loads.getAsInt() < atLeast && System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		assertTrue(loads.getAsInt() >= atLeast, "the part loaded in time");
		for (int i = 0; i < 50; i++) {
			display.readAndDispatch();
		}
	}

	private Path screenshot(String name) throws Exception {
		Display display = shell.getDisplay();
		shell.layout(true, true);
		long settle = System.currentTimeMillis() + 1500; // GTK paints in idle callbacks: let it settle, as a user would
		while (System.currentTimeMillis() < settle) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
		Image image = new Image(display, shell.getSize().x, shell.getSize().y);
		GC gc = new GC(image);
		try {
			shell.print(gc); // draws the widgets themselves, whatever the screen shows
		} finally {
			gc.dispose();
		}
		Path file = Path.of("target", "screenshots", name).toAbsolutePath();
		Files.createDirectories(file.getParent());
		ImageLoader loader = new ImageLoader();
		loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
		image.dispose();
		loader.save(file.toString(), SWT.IMAGE_PNG);
		return file;
	}

	@Test
	void anAdjudicatorSeesTheInboxAndReviewsACase() throws Exception {
		workbench.open(repository.login("adjudicator1", DemoUsers.PASSWORD.toCharArray()));
		shell.setText("Trialbench - Adjudication inbox (adjudicator1)");
		AdjudicationInboxPart part = new AdjudicationInboxPart(workbench);
		part.createControls(shell);
		shell.open();
		waitFor(part::loads, 1);
		assertTrue(part.inbox().getItemCount() > 0, "the demo leaves cases for adjudicator1");
		part.select(0);
		waitFor(part::loads, 2);
		String packet = part.packetText().getText();
		assertTrue(packet.contains("ECKARDT SCORE"), packet);
		for (String word : new String[] { "POEM", "BTX", "otulinum", "yotomy" }) {
			assertFalse(packet.contains(word), word + " in the packet shown");
		}
		// the case is named in words (endpoint, subject) with a short reference, never its full identifier
		String title = part.caseTitle();
		String subject = part.inbox().getItem(0).getText(1);
		assertTrue(title.contains("subject " + subject) && title.contains(part.inbox().getItem(0).getText(2)), title);
		assertFalse(title.matches(".*[0-9a-f]{8}-[0-9a-f]{4}-.*"), title);
		// every column fits the table, and Status and Opened fit their text
		int total = 0;
		for (org.eclipse.swt.widgets.TableColumn column : part.inbox().getColumns()) {
			total += column.getWidth();
		}
		assertTrue(total <= part.inbox().getClientArea().width, total + " px of columns in "
				+ part.inbox().getClientArea().width + " px");
		GC measure = new GC(part.inbox());
		try {
			for (org.eclipse.swt.widgets.TableItem item : part.inbox().getItems()) {
				for (int column : new int[] { 3, 4 }) {
					assertTrue(measure.textExtent(item.getText(column)).x < part.inbox().getColumn(column).getWidth(),
							"'" + item.getText(column) + "' fits its column");
				}
				assertFalse(item.getText(3).matches("[a-z]+[A-Z].*"), "status in words: " + item.getText(3));
			}
		} finally {
			measure.dispose();
		}
		part.decide(AdjudicationDecision.ENDPOINT_MET, "Eckardt at most 3 at the time point, no re-intervention.");
		Path file = screenshot("adjudication-inbox-case-review.png");
		assertTrue(Files.size(file) > 10_000, file.toString());
		System.out.println("screenshot: " + file);
		// once signed, the case leaves the inbox and the case view: nothing of it stays on screen
		int before = part.inbox().getItemCount();
		int loaded = part.loads();
		String caseId = new org.trialbench.adjudication.ReviewDesk(workbench.session()).inbox().get(0).adjudicationCase()
				.getId();
		new org.trialbench.adjudication.ReviewDesk(workbench.session()).sign(caseId,
				new org.trialbench.adjudication.ReviewDesk.Decision(AdjudicationDecision.ENDPOINT_MET, "Eckardt 2",
						org.trialbench.clinical.SignatureMeaning.AUTHORSHIP, null),
				DemoUsers.PASSWORD.toCharArray());
		part.refresh();
		waitFor(part::loads, loaded + 1);
		assertEquals(before - 1, part.inbox().getItemCount());
		assertEquals("", part.packetText().getText());
		assertEquals("Select a case", part.caseTitle());
	}

	@Test
	void aWrongSignaturePasswordAsksAgainWithTheReasonAndKeepsTheDecision() throws Exception {
		workbench.open(repository.login("adjudicator1", DemoUsers.PASSWORD.toCharArray()));
		AdjudicationInboxPart part = new AdjudicationInboxPart(workbench);
		part.createControls(shell);
		shell.open();
		waitFor(part::loads, 1);
		int before = part.inbox().getItemCount();
		assertTrue(before > 0, "the demo leaves cases for adjudicator1");
		part.select(0);
		waitFor(part::loads, 2);
		part.decide(AdjudicationDecision.ENDPOINT_MET, "Eckardt 2 at the time point, no re-intervention.");
		int loaded = part.loads();
		Display display = shell.getDisplay();
		// each dialog is answered as it opens: the signature dialog with a wrong password, then (asked again) with
		// the right one, then the confirmation
		java.util.List<String> seen = new java.util.ArrayList<>();
		java.util.Set<Shell> answered = new java.util.HashSet<>();
		Runnable[] answer = new Runnable[1];
		answer[0] = () -> {
			for (Shell open : display.getShells()) {
				if (open == shell || open.isDisposed() || !open.isVisible() || !answered.add(open)) {
					continue;
				}
				StringBuilder texts = new StringBuilder();
				org.eclipse.swt.widgets.Text password = collect(open, texts);
				seen.add(texts.toString());
				if (password != null) {
					password.setText(seen.size() == 1 ? "not-the-password" : DemoUsers.PASSWORD);
					assertTrue(press(open, "Sign"), "the signature dialog has a Sign button");
				} else {
					assertTrue(press(open, "OK"), "the confirmation has an OK button");
				}
			}
			if (seen.size() < 3) {
				display.timerExec(100, answer[0]);
			}
		};
		display.timerExec(100, answer[0]);
		part.signDecision(); // returns when the first signature dialog closes; the rest happens in the event loop
		long end = System.currentTimeMillis() + 30_000;
		while ((seen.size() < 3 || part.loads() <= loaded) && System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		assertEquals(3, seen.size(), "signature dialog, asked again, confirmation: " + seen);
		assertFalse(seen.get(0).contains("not right"), seen.get(0));
		assertTrue(seen.get(1).contains("The password was not right, so nothing was signed"), seen.get(1));
		assertTrue(seen.get(1).contains("Endpoint met"), "the decision is the one entered: " + seen.get(1));
		assertTrue(seen.get(2).contains("is signed and stored"), seen.get(2));
		assertFalse(String.join(" ", seen).matches("(?s).*[0-9a-f]{8}-[0-9a-f]{4}-.*"), "no raw case id: " + seen);
		assertEquals(before - 1, part.inbox().getItemCount(), "the signed case left the inbox");
	}

	/** Appends every text the shell shows; returns its password field, if it has one. */
	private static org.eclipse.swt.widgets.Text collect(org.eclipse.swt.widgets.Composite parent, StringBuilder texts) {
		org.eclipse.swt.widgets.Text password = null;
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Text text) {
				if ((text.getStyle() & SWT.PASSWORD) != 0) {
					password = text;
				} else {
					texts.append(text.getText()).append('\n');
				}
			} else if (child instanceof org.eclipse.swt.widgets.Label label) {
				texts.append(label.getText()).append('\n');
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				org.eclipse.swt.widgets.Text inner = collect(composite, texts);
				password = password != null ? password : inner;
			}
		}
		return password;
	}

	/** Presses the button of that label, as a click would; false when the dialog has none. */
	private static boolean press(org.eclipse.swt.widgets.Composite parent, String label) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Button button
					&& button.getText().replace("&", "").equals(label)) {
				button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
				return true; // the dialog may be closed and disposed now: look no further
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite && press(composite, label)) {
				return true;
			}
		}
		return false;
	}

	@Test
	void waitingIsCountedInWholeDays() {
		java.time.Instant opened = java.time.Instant.parse("2026-03-01T10:00:00Z");
		assertEquals("today", AdjudicationInboxPart.waiting(opened, java.time.Instant.parse("2026-03-02T09:59:59Z")));
		assertEquals("1 day", AdjudicationInboxPart.waiting(opened, java.time.Instant.parse("2026-03-02T10:00:00Z")));
		assertEquals("12 days", AdjudicationInboxPart.waiting(opened, java.time.Instant.parse("2026-03-13T12:00:00Z")));
		assertEquals("", AdjudicationInboxPart.waiting(null, opened));
	}

	@Test
	void theCommitteeSeesCasesByStateAndAgreement() throws Exception {
		workbench.open(repository.login("statistician", DemoUsers.PASSWORD.toCharArray()));
		shell.setText("Trialbench - Adjudication committee (statistician)");
		CommitteeOverviewPart part = new CommitteeOverviewPart(workbench);
		part.createControls(shell);
		shell.open();
		waitFor(part::loads, 1);
		java.util.List<org.trialbench.clinical.AdjudicationCase> all = repository.localSession("statistician")
				.adjudicationCases();
		assertEquals(all.size(), part.cases().getItemCount());
		assertChartShows(part.chart(), all);
		// the review columns are wide enough for the adjudicator and the decision they show
		GC measure = new GC(part.cases());
		try {
			for (int column : new int[] { 5, 6 }) {
				for (org.eclipse.swt.widgets.TableItem item : part.cases().getItems()) {
					assertTrue(measure.textExtent(item.getText(column)).x < part.cases().getColumn(column).getWidth(),
							"'" + item.getText(column) + "' fits its column");
				}
			}
		} finally {
			measure.dispose();
		}
		for (org.eclipse.swt.widgets.TableItem item : part.cases().getItems()) {
			for (int column : new int[] { 2, 3, 4, 5, 6 }) {
				assertFalse(item.getText(column).matches(".*\\b[a-z]+[A-Z][a-zA-Z]*\\b.*"),
						"model literal shown: '" + item.getText(column) + "'");
			}
		}
		Path file = screenshot("adjudication-committee.png");
		assertTrue(Files.size(file) > 10_000, file.toString());
		System.out.println("screenshot: " + file);
	}

	/**
	 * The picture says what the cases say: counted here straight from the cases, a bar per state as long as its
	 * share of the largest state (in the state's colour, none for an empty state), and the agreement matrix with its
	 * fullest cell darkest and an empty cell white.
	 */
	private static void assertChartShows(CommitteeChart chart, java.util.List<org.trialbench.clinical.AdjudicationCase> all) {
		java.util.Map<org.trialbench.clinical.AdjudicationStatus, Integer> counted = new java.util.EnumMap<>(
				org.trialbench.clinical.AdjudicationStatus.class);
		for (org.trialbench.clinical.AdjudicationStatus status : org.trialbench.clinical.AdjudicationStatus.VALUES) {
			counted.put(status, 0);
		}
		all.forEach(c -> counted.merge(c.getStatus(), 1, Integer::sum));
		assertEquals(counted, chart.overview().byStatus());
		int largest = java.util.Collections.max(counted.values());
		assertTrue(largest > 0);

		org.eclipse.swt.graphics.Rectangle area = new org.eclipse.swt.graphics.Rectangle(0, 0, 900, 190);
		Image image = new Image(chart.getDisplay(), area.width, area.height);
		GC gc = new GC(image);
		org.eclipse.swt.graphics.ImageData pixels;
		try {
			chart.draw(gc, area);
		} finally {
			gc.dispose();
		}
		pixels = image.getImageData();
		image.dispose();
		int fullWidth = -1;
		for (org.trialbench.clinical.AdjudicationStatus status : org.trialbench.clinical.AdjudicationStatus.VALUES) {
			org.eclipse.swt.graphics.Rectangle bar = chart.barOf(status, area);
			int count = counted.get(status);
			if (count == largest) {
				fullWidth = bar.width;
			}
			if (count == 0) {
				assertEquals(0, bar.width, status + " has no case and no bar");
				continue;
			}
			assertEquals(CommitteeChart.STATE_COLOURS[status.getValue()],
					pixels.palette.getRGB(pixels.getPixel(bar.x + bar.width / 2, bar.y + bar.height / 2)),
					"the bar of " + status + " is drawn in its colour");
		}
		for (org.trialbench.clinical.AdjudicationStatus status : org.trialbench.clinical.AdjudicationStatus.VALUES) {
			int expected = fullWidth * counted.get(status) / largest;
			assertTrue(Math.abs(chart.barOf(status, area).width - expected) <= 1, status + " bar in proportion");
		}

		int[][] table = chart.overview().agreement().table();
		int fullest = 0;
		int[] fullestCell = null;
		int[] emptyCell = null;
		for (int r = 0; r < 3; r++) {
			for (int c = 0; c < 3; c++) {
				if (table[r][c] > fullest) {
					fullest = table[r][c];
					fullestCell = new int[] { r, c };
				}
				if (table[r][c] == 0 && emptyCell == null) {
					emptyCell = new int[] { r, c };
				}
			}
		}
		assertTrue(fullest > 0, "the demo has cases with two independent reviews");
		org.eclipse.swt.graphics.Rectangle dark = chart.cellOf(fullestCell[0], fullestCell[1], area);
		// a corner pixel, away from the count written in the middle
		assertEquals(CommitteeChart.CELL_COLOUR, pixels.palette.getRGB(pixels.getPixel(dark.x + 3, dark.y + 3)));
		if (emptyCell != null) {
			org.eclipse.swt.graphics.Rectangle white = chart.cellOf(emptyCell[0], emptyCell[1], area);
			assertEquals(new org.eclipse.swt.graphics.RGB(255, 255, 255),
					pixels.palette.getRGB(pixels.getPixel(white.x + 3, white.y + 3)));
		}
	}
}
