package org.trialbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.trialbench.repository.StoreException;
import org.trialbench.ui.jobs.LatestRead;

/**
 * A view's reloads finishing out of order: the later read's result is what the view shows, the earlier one's never
 * arrives after it (it would put older data on screen), and the view counts as loading until the latest arrives.
 */
class LatestReadUiTest {
	private final Shell shell = new Shell(Ui.display());

	@AfterEach
	void close() {
		if (!shell.isDisposed()) {
			shell.dispose();
		}
	}

	@Test
	void aReadAskedForLaterWinsAlthoughTheEarlierOneFinishesLast() throws Exception {
		LatestRead reads = new LatestRead(shell);
		List<String> shown = new ArrayList<>();
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch earlierStarted = new CountDownLatch(1);
		// the earlier read ignores its cancellation (as a store call in progress does) and finishes last
		reads.run("earlier", monitor -> {
			earlierStarted.countDown();
			await(release);
			return "before the commit";
		}, shown::add, e -> shown.add("failed: " + e.getMessage()));
		assertTrue(earlierStarted.await(5, TimeUnit.SECONDS), "the earlier read runs");
		reads.run("later", monitor -> "after the commit", shown::add, e -> shown.add("failed: " + e.getMessage()));
		assertTrue(Ui.spinUntil(() -> !shown.isEmpty(), 5000), "the later read arrives");
		assertFalse(reads.pending(), "nothing newer is asked for");
		release.countDown();
		Job.getJobManager().join(reads.family(), new NullProgressMonitor());
		Ui.spin(200);
		assertEquals(List.of("after the commit"), shown, "the earlier read's result is dropped");
	}

	@Test
	void pendingUntilTheLatestArrivesAndAFailureOfTheLatestIsReported() throws Exception {
		LatestRead reads = new LatestRead(shell);
		List<String> shown = new ArrayList<>();
		CountDownLatch release = new CountDownLatch(1);
		reads.<String>run("refused", monitor -> {
			await(release);
			throw new StoreException("site 02 is not yours");
		}, shown::add, e -> shown.add("failed: " + e.getMessage()));
		assertTrue(reads.pending(), "loading until the read arrives");
		release.countDown();
		assertTrue(Ui.spinUntil(() -> !shown.isEmpty(), 5000));
		assertEquals(List.of("failed: site 02 is not yours"), shown);
		assertFalse(reads.pending());
	}

	@Test
	void disposingTheViewCancelsItsReadAndNothingArrivesAfterwards() throws Exception {
		LatestRead reads = new LatestRead(shell);
		List<String> shown = new ArrayList<>();
		CountDownLatch started = new CountDownLatch(1);
		boolean[] cancelled = new boolean[1];
		reads.<String>run("long", monitor -> {
			started.countDown();
			long end = System.currentTimeMillis() + 10_000;
			while (System.currentTimeMillis() < end) {
				if (monitor.isCanceled()) {
					cancelled[0] = true;
					throw new OperationCanceledException();
				}
				sleep(10);
			}
			return "too late";
		}, shown::add, e -> shown.add("failed"));
		assertTrue(started.await(5, TimeUnit.SECONDS));
		shell.dispose();
		Job.getJobManager().join(reads.family(), new NullProgressMonitor());
		Ui.spin(100);
		assertTrue(cancelled[0], "the read saw its cancellation");
		assertEquals(List.of(), shown);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
