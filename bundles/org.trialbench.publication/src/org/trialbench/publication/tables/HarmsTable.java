package org.trialbench.publication.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

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
		List<Row> rows = new ArrayList<>();
		rows.add(line(groups, "Any adverse event", 0, e -> true));
		rows.add(line(groups, "Any serious adverse event", 0, AnalysisEvent::serious));
		rows.add(Row.heading("Maximum CTCAE grade, subjects n (%)"));
		for (int grade = 1; grade <= 5; grade++) {
			int g = grade;
			List<Cell> cells = new ArrayList<>();
			for (List<AnalysisSubject> group : groups) {
				int subjects = 0;
				int events = 0;
				for (AnalysisSubject s : group) {
					int max = s.adverseEvents().stream().filter(AnalysisEvent::treatmentEmergent)
							.mapToInt(e -> e.grade() == null ? 0 : e.grade()).max().orElse(0);
					subjects += max == g ? 1 : 0;
					events += (int) s.adverseEvents().stream()
							.filter(e -> e.treatmentEmergent() && e.grade() != null && e.grade() == g).count();
				}
				cells.add(Cell.text(Formats.count(subjects, group.size())));
				cells.add(Cell.text(String.valueOf(events)));
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
		for (List<AnalysisSubject> group : groups) {
			for (AnalysisSubject s : group) {
				for (AnalysisEvent e : s.adverseEvents()) {
					if (e.treatmentEmergent()) {
						terms.computeIfAbsent(e.soc(), k -> new TreeMap<>()).merge(e.pt(), 1, Integer::sum);
					}
				}
			}
		}
		for (Map.Entry<String, Map<String, Integer>> soc : terms.entrySet()) {
			rows.add(line(groups, soc.getKey(), 0, e -> e.soc().equals(soc.getKey())));
			List<String> pts = new ArrayList<>(soc.getValue().keySet());
			// most frequent preferred terms first, then alphabetical, as harms tables are read
			pts.sort(Comparator.comparing((String pt) -> -soc.getValue().get(pt)).thenComparing(pt -> pt));
			for (String pt : pts) {
				rows.add(line(groups, pt, 1, e -> e.soc().equals(soc.getKey()) && e.pt().equals(pt)));
			}
		}
		List<String> notes = List.of(
				"Population: " + Population.SAFETY.label() + " (" + Population.SAFETY.definition() + ").",
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

	private static Row line(List<List<AnalysisSubject>> groups, String label, int indent,
			Predicate<AnalysisEvent> kind) {
		List<Cell> cells = new ArrayList<>();
		for (List<AnalysisSubject> group : groups) {
			int subjects = 0;
			int events = 0;
			for (AnalysisSubject s : group) {
				long n = s.adverseEvents().stream().filter(e -> e.treatmentEmergent() && kind.test(e)).count();
				subjects += n > 0 ? 1 : 0;
				events += (int) n;
			}
			cells.add(Cell.text(Formats.count(subjects, group.size())));
			cells.add(Cell.text(String.valueOf(events)));
		}
		return Row.of(label, indent, cells);
	}
}
