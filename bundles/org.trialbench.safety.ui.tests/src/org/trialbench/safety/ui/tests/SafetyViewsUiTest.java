package org.trialbench.safety.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.Subject;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcTrialRepository;
import org.trialbench.safety.SafetyDashboard;
import org.trialbench.safety.clock.ReportingClock;
import org.trialbench.safety.ui.AdverseEventFormView;
import org.trialbench.safety.ui.SafetyDashboardView;

/**
 * The AE form and the safety dashboard on real SWT widgets over a demo store; each is saved as a PNG (to the folder
 * named by the system property trialbench.screenshots, else target/screenshots of the test bundle).
 */
class SafetyViewsUiTest {
	@TempDir
	Path dir;

	@Test
	void dashboardAndAdverseEventFormShowTheDemoTrialsSeriousEvents() throws Exception {
		DemoTrial demo = new DemoTrialGenerator(2, 60, 2026).generate(new NullProgressMonitor());
		Path shots = Path.of(System.getProperty("trialbench.screenshots", "target/screenshots"));
		Files.createDirectories(shots);
		try (JdbcTrialRepository store = JdbcTrialRepository.embedded(dir.resolve("store/trial"))) {
			store.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
			try (TrialSession session = store.localSession("safety")) {
				ReportingClock clock = new ReportingClock(session.protocol().getAdverseEventSettings(), ZoneOffset.UTC,
						Clock.fixed(Instant.parse("2026-10-30T12:00:00Z"), ZoneOffset.UTC));
				SafetyDashboard dashboard = SafetyDashboard.collect(session, clock, new NullProgressMonitor());
				Display display = Display.getDefault();
				Shell shell = new Shell(display);
				shell.setLayout(new FillLayout());
				shell.setSize(1100, 600);
				SafetyDashboardView view = new SafetyDashboardView(shell);
				view.show(dashboard, ZoneOffset.UTC);
				shell.open();
				settle(display);
				assertEquals(dashboard.rows().size(), view.table().getItemCount());
				assertTrue(view.summaryText().contains("serious adverse events"), view.summaryText());
				snapshot(shell, shots.resolve("safety-dashboard.png"));
				shell.dispose();

				AdverseEvent serious = dashboard.cases().get(0).event();
				Subject subject = session.subject(dashboard.cases().get(0).subjectId()).orElseThrow();
				AdverseEvent event = subject.getAdverseEvents().stream().filter(e -> e.getId().equals(serious.getId()))
						.findFirst().orElseThrow();
				Shell formShell = new Shell(display);
				formShell.setLayout(new FillLayout());
				formShell.setSize(900, 760);
				AdverseEventFormView form = new AdverseEventFormView(formShell, ZoneOffset.UTC);
				form.show(subject, event, session.protocol().getAdverseEventSettings(), null);
				formShell.open();
				settle(display);
				assertEquals(event.getVerbatimTerm(), form.draft().verbatimTerm());
				assertEquals(event.getSeriousnessCriteria().size(), form.draft().criteria().size());
				snapshot(formShell, shots.resolve("adverse-event-form.png"));
				formShell.dispose();
			}
		}
	}

	private static void settle(Display display) {
		long until = System.currentTimeMillis() + 700;
		while (System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
	}

	private static void snapshot(Shell shell, Path file) {
		Image image = new Image(shell.getDisplay(), shell.getSize().x, shell.getSize().y);
		GC gc = new GC(shell);
		gc.copyArea(image, 0, 0);
		gc.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(file.toString(), SWT.IMAGE_PNG);
		image.dispose();
	}
}
