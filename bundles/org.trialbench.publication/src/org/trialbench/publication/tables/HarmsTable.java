package org.trialbench.publication.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisEvent;
import org.trialbench.publication.AnalysisSubject;
import org.trialbench.publication.Population;

/**
 * Table 5 (CONSORT Harms): per arm, subjects with at least one event, n (%) of the safety population, and the
 * number of events: any adverse event, serious, by maximum grade, deaths, leaving the study after an adverse event,
 * then by MedDRA system organ class and preferred term. Only treatment-emergent events are counted.
 */
public final class HarmsTable {

	private HarmsTable() {
	}

	public static PublicationTable of(AnalysisDataset data) {
		List<String> arms = data.arms();
		List<List<AnalysisSubject>> groups = arms.stream().map(a -> data.in(Population.SAFETY, a)).toList();
		List<HeaderCell> top = new ArrayList<>();
		List<HeaderCell> second = new ArrayList<>();
		top.add(HeaderCell.of(""));
		second.add(HeaderCell.of("Adverse events"));
		for (int i = 0; i < arms.size(); i++) {
			top.add(new HeaderCell(data.armName(arms.get(i)) + " (n = " + groups.get(i).size() + ")", 2));
			second.add(HeaderCell.of("Subjects, n (%)"));
			second.add(HeaderCell.of("Events, n"));
		}
		// one pass over each arm's subjects and their events tallies every row; a per-term scan of the whole
		// population would multiply the work by the number of terms
		List<Tallies> tallies = groups.stream().map(Tallies::of).toList();
		List<Row> rows = new ArrayList<>();
		rows.add(line(groups, tallies, "Any adverse event", 0, t -> t.any));
		rows.add(line(groups, tallies, "Any serious adverse event", 0, t -> t.serious));
		rows.add(Row.heading("Maximum CTCAE grade, subjects n (%)"));
		for (int grade = 1; grade <= 5; grade++) {
			int g = grade;
			List<Cell> cells = new ArrayList<>();
			for (int i = 0; i < groups.size(); i++) {
				cells.add(Cell.text(Formats.count(tallies.get(i).maxGrade[g], groups.get(i).size())));
				cells.add(Cell.text(String.valueOf(tallies.get(i).gradeEvents[g])));
			}
			rows.add(Row.of("Grade " + grade, 1, cells));
		}
		List<Cell> deaths = new ArrayList<>();
		List<Cell> leftAfterEvent = new ArrayList<>();
		for (List<AnalysisSubject> group : groups) {
			int died = (int) group.stream().filter(AnalysisSubject::died).count();
			deaths.add(Cell.text(Formats.count(died, group.size())));
			deaths.add(Cell.text(String.valueOf(group.stream()
					.mapToLong(s -> s.adverseEvents().stream().filter(AnalysisEvent::fatal).count()).sum())));
			int left = (int) group.stream().filter(HarmsTable::discontinuedForAdverseEvent).count();
			leftAfterEvent.add(Cell.text(Formats.count(left, group.size())));
			leftAfterEvent.add(Cell.empty());
		}
		rows.add(Row.of("Deaths", 0, deaths));
		rows.add(Row.of("Discontinued because of an adverse event", 0, leftAfterEvent));

		rows.add(Row.heading("By system organ class and preferred term"));
		Map<String, Map<String, Integer>> terms = new TreeMap<>();
		for (Tallies t : tallies) {
			t.terms.forEach((soc, pts) -> pts.forEach((pt, tally) -> terms.computeIfAbsent(soc, k -> new TreeMap<>())
					.merge(pt, tally.events, Integer::sum)));
		}
		for (Map.Entry<String, Map<String, Integer>> soc : terms.entrySet()) {
			rows.add(line(groups, tallies, soc.getKey(), 0, t -> t.socs.get(soc.getKey())));
			List<String> pts = new ArrayList<>(soc.getValue().keySet());
			// most frequent preferred terms first, then alphabetical, as harms tables are read
			pts.sort(Comparator.comparing((String pt) -> -soc.getValue().get(pt)).thenComparing(pt -> pt));
			for (String pt : pts) {
				rows.add(line(groups, tallies, pt, 1, t -> t.terms.getOrDefault(soc.getKey(), Map.of()).get(pt)));
			}
		}
		long unknown = data.subjects().stream()
				.filter(s -> s.randomized() && s.procedureDone() && s.treatedArm() == null).count();
		List<String> notes = List.of(
				"Population: " + Population.SAFETY.label() + " (" + Population.SAFETY.definition() + "): the arm "
						+ "whose procedure form was recorded at the procedure visit, else the allocated arm when the "
						+ "allocated procedure was received" + (unknown == 0 ? "."
								: "; " + unknown + " subject(s) with a procedure whose kind is not recorded are not "
										+ "in it."),
				"Subjects: number (%) of subjects with at least one treatment-emergent event of the kind (each subject "
						+ "counted once per row; the denominator is the arm's safety population). Events: number of "
						+ "events. Maximum grade: each subject once, at the highest CTCAE v5 grade of their events.",
				"Terms coded with MedDRA (system organ class, preferred term); events not yet coded are listed by "
						+ "verbatim term under 'Not yet coded'. Deaths: fatal events or end-of-study status 'died'.",
				"Discontinued because of an adverse event: left the study early with a death or an end-of-study reason "
						+ "naming an adverse event (the record has no other link between an event and leaving).",
				"Source: " + data.snapshot().describe() + ".");
		return new PublicationTable("Table 5", "Table 5. Harms", 1 + 2 * arms.size(), List.of(top, second), rows,
				notes, List.of());
	}

	static boolean discontinuedForAdverseEvent(AnalysisSubject s) {
		if (!s.leftEarly()) {
			return false;
		}
		String reason = s.endReason() == null ? "" : s.endReason().toLowerCase(java.util.Locale.ROOT);
		return s.died() || reason.contains("adverse event") || reason.contains("side effect");
	}

	private static Row line(List<List<AnalysisSubject>> groups, List<Tallies> tallies, String label, int indent,
			Function<Tallies, Tally> kind) {
		List<Cell> cells = new ArrayList<>();
		for (int i = 0; i < groups.size(); i++) {
			Tally tally = kind.apply(tallies.get(i));
			int subjects = tally == null ? 0 : tally.subjects;
			int events = tally == null ? 0 : tally.events;
			cells.add(Cell.text(Formats.count(subjects, groups.get(i).size())));
			cells.add(Cell.text(String.valueOf(events)));
		}
		return Row.of(label, indent, cells);
	}

	/** Subjects with at least one treatment-emergent event of a kind, and the number of such events. */
	private static final class Tally {
		int subjects;
		int events;
		private int lastSubject = -1;

		void count(int subject) {
			events++;
			if (lastSubject != subject) {
				lastSubject = subject;
				subjects++;
			}
		}
	}

	/** One arm's tallies of treatment-emergent events, every row of the table counted in one pass. */
	private static final class Tallies {
		final Tally any = new Tally();
		final Tally serious = new Tally();
		/** Subjects by their maximum grade, and events by grade (index 1 to 5). */
		final int[] maxGrade = new int[6];
		final int[] gradeEvents = new int[6];
		final Map<String, Tally> socs = new HashMap<>();
		final Map<String, Map<String, Tally>> terms = new HashMap<>();

		static Tallies of(List<AnalysisSubject> group) {
			Tallies t = new Tallies();
			for (int i = 0; i < group.size(); i++) {
				int max = 0;
				for (AnalysisEvent e : group.get(i).adverseEvents()) {
					if (!e.treatmentEmergent()) {
						continue;
					}
					int grade = e.grade() == null ? 0 : e.grade();
					max = Math.max(max, grade);
					if (e.grade() != null && grade >= 1 && grade <= 5) {
						t.gradeEvents[grade]++;
					}
					t.any.count(i);
					if (e.serious()) {
						t.serious.count(i);
					}
					t.socs.computeIfAbsent(e.soc(), k -> new Tally()).count(i);
					t.terms.computeIfAbsent(e.soc(), k -> new HashMap<>()).computeIfAbsent(e.pt(), k -> new Tally())
							.count(i);
				}
				if (max >= 1 && max <= 5) {
					t.maxGrade[max]++;
				}
			}
			return t;
		}
	}
}
