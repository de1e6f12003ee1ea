package org.trialbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.junit.jupiter.api.Test;
import org.trialbench.app.log.ErrorLog;
import org.trialbench.app.log.ErrorLogEntry;

class ErrorLogTest {

	@Test
	void keepsNewestFirstWithStackTraces() {
		ErrorLog log = new ErrorLog();
		log.add(Status.warning("visit window missed"), Instant.parse("2026-01-01T10:00:00Z"));
		log.add(Status.error("commit refused", new IllegalStateException("conflict on item ECK_DYS")),
				Instant.parse("2026-01-01T10:05:00Z"));
		List<ErrorLogEntry> entries = log.entries();
		assertEquals(2, entries.size());
		assertEquals("commit refused", entries.get(0).message());
		assertEquals("Error", entries.get(0).severityLabel());
		assertTrue(entries.get(0).stackTrace().contains("conflict on item ECK_DYS"));
		assertEquals("Warning", entries.get(1).severityLabel());
		assertEquals("", entries.get(1).stackTrace());
	}

	@Test
	void multiStatusChildrenBecomeEntries() {
		ErrorLog log = new ErrorLog();
		MultiStatus multi = new MultiStatus("org.trialbench.test", 0, "validation", null);
		multi.add(Status.error("Eckardt dysphagia 4 is outside 0-3"));
		multi.add(Status.warning("visit 3 out of window"));
		log.add(multi, Instant.now());
		assertEquals(2, log.entries().size());
		assertEquals(IStatus.WARNING, log.entries().get(0).severity());
	}

	@Test
	void forgetsTheOldestBeyondCapacityAndNotifiesListeners() {
		ErrorLog log = new ErrorLog();
		List<ErrorLogEntry> seen = new ArrayList<>();
		log.addListener(seen::add);
		for (int i = 0; i < ErrorLog.CAPACITY + 5; i++) {
			log.add(Status.info("entry " + i), Instant.now());
		}
		assertEquals(ErrorLog.CAPACITY, log.entries().size());
		assertEquals("entry " + (ErrorLog.CAPACITY + 4), log.entries().get(0).message());
		assertEquals("entry 5", log.entries().get(ErrorLog.CAPACITY - 1).message());
		assertEquals(ErrorLog.CAPACITY + 5, seen.size());
	}
}
