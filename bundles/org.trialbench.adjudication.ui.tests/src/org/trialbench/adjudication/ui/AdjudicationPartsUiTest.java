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
		part.decide(AdjudicationDecision.ENDPOINT_MET, "Eckardt at most 3 at the time point, no re-intervention.");
		Path file = screenshot("adjudication-inbox-case-review.png");
		assertTrue(Files.size(file) > 10_000, file.toString());
		System.out.println("screenshot: " + file);
	}

	@Test
	void theCommitteeSeesCasesByStateAndAgreement() throws Exception {
		workbench.open(repository.login("statistician", DemoUsers.PASSWORD.toCharArray()));
		shell.setText("Trialbench - Adjudication committee (statistician)");
		CommitteeOverviewPart part = new CommitteeOverviewPart(workbench);
		part.createControls(shell);
		shell.open();
		waitFor(part::loads, 1);
		assertEquals(repository.localSession("statistician").adjudicationCases().size(), part.cases().getItemCount());
		Path file = screenshot("adjudication-committee.png");
		assertTrue(Files.size(file) > 10_000, file.toString());
		System.out.println("screenshot: " + file);
	}
}
