package org.trialbench.publication.tests;

import static org.trialbench.protocol.poembtx.PoemBtxOids.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.trialbench.clinical.SubjectStatus;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.poembtx.PoemBtxProtocol;
import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisEvent;
import org.trialbench.publication.AnalysisSubject;
import org.trialbench.publication.Snapshot;

/** Hand-made analysis subjects, so that a test states every value its expected numbers come from. */
final class Subjects {
	static final Study PROTOCOL = PoemBtxProtocol.load();

	private final List<AnalysisSubject> subjects = new ArrayList<>();
	private int next = 1;

	/** A randomized subject who had the allocated procedure; age null = missing; success null = missing. */
	Subjects add(String arm, String stratum, Double age, Boolean success, AnalysisEvent... events) {
		Map<String, Map<String, String>> visits = new HashMap<>();
		Map<String, String> screening = new HashMap<>();
		if (age != null) {
			screening.put(ITEM_AGE, String.valueOf(age));
		}
		visits.put(VISIT_SCREENING, screening);
		subjects.add(new AnalysisSubject("S" + next, "SCR-" + next++, "01", SubjectStatus.COMPLETED, null, null, arm,
				stratum, Boolean.TRUE, null, true, null, "COMPLETED", null, visits, success, null, List.of(events)));
		return this;
	}

	Subjects screenFailure() {
		subjects.add(new AnalysisSubject("S" + next, "SCR-" + next++, "01", SubjectStatus.SCREEN_FAILED,
				org.trialbench.clinical.ScreenFailCategory.NOT_MEETING_CRITERIA, "IRP normal", null, null, null, null,
				false, null, null, null, Map.of(), null, null, List.of()));
		return this;
	}

	Subjects add(AnalysisSubject subject) {
		subjects.add(subject);
		return this;
	}

	AnalysisDataset dataset() {
		return new AnalysisDataset(PROTOCOL, new Snapshot("LOCK-9", 42, Instant.parse("2026-10-01T12:00:00Z"), "dm",
				true, null), subjects);
	}

	static AnalysisEvent event(String soc, String pt, int grade, boolean serious) {
		return new AnalysisEvent(soc, pt, pt, grade, serious, grade == 5, true, LocalDate.of(2026, 3, 1));
	}
}
