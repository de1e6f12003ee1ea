package org.trialbench.publication.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.trialbench.publication.Snapshot;

/** The source line under every table names the data the way a reader reads a time: to the second, in UTC. */
class SnapshotTest {

	@Test
	void aLockIsNamedWithItsCommitTimeAndLocker() {
		Snapshot lock = new Snapshot("LOCK-1", 42, Instant.parse("2026-12-06T23:18:34.894Z"), "datamanager", true,
				null);
		assertEquals("data lock LOCK-1 (commit 42, locked 2026-12-06 23:18:34 UTC by datamanager)", lock.describe());
	}

	@Test
	void liveDataSayTheyAreNotLocked() {
		Snapshot live = Snapshot.live(7, Instant.parse("2026-12-07T00:05:09.001Z"), null);
		assertEquals("NOT LOCKED: live data read 2026-12-07 00:05:09 UTC (commit 7)", live.describe());
	}

	@Test
	void aSnapshotReadBySomeSitesOnlySaysWhich() {
		Snapshot lock = new Snapshot("LOCK-1", 42, Instant.parse("2026-12-06T23:18:34.894Z"), "datamanager", true,
				null).within(new org.trialbench.publication.SiteScope(java.util.List.of("01", "03"), 6));
		assertEquals("data lock LOCK-1 (commit 42, locked 2026-12-06 23:18:34 UTC by datamanager); subjects of "
				+ "sites 01, 03 only (2 of the trial's 6 sites)", lock.describe());
		assertEquals("NOT LOCKED: live data read 2026-12-07 00:05:09 UTC (commit 7)",
				Snapshot.live(7, Instant.parse("2026-12-07T00:05:09.001Z"), null).within(null).describe());
	}
}
