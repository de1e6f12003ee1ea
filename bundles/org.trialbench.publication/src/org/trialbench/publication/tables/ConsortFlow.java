package org.trialbench.publication.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.trialbench.clinical.ScreenFailCategory;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisSubject;

/**
 * The CONSORT 2010 flow of participants, counted from the data: assessed for eligibility, excluded (with reasons),
 * randomized, and per arm allocated, received or not (reasons), lost to follow-up, discontinued (reasons),
 * analysed for the primary outcome and excluded from that analysis.
 */
public record ConsortFlow(int assessed, int excluded, Map<String, Integer> exclusionReasons, int randomized,
		List<ArmFlow> arms) {

	public record ArmFlow(String arm, String name, int allocated, int received, int notReceived,
			Map<String, Integer> notReceivedReasons, int lostToFollowUp, int discontinued,
			Map<String, Integer> discontinuationReasons, int analysed, int notAnalysed) {
	}

	public static ConsortFlow of(AnalysisDataset data) {
		int assessed = data.subjects().size();
		Map<String, Integer> exclusions = new LinkedHashMap<>();
		exclusions.put("Not meeting inclusion criteria", 0);
		exclusions.put("Declined to participate", 0);
		exclusions.put("Other reasons", 0);
		int excluded = 0;
		for (AnalysisSubject s : data.subjects()) {
			if (s.randomized()) {
				continue;
			}
			excluded++;
			String reason = s.status() == SubjectStatus.SCREENING ? "Screening not completed at the data snapshot"
					: s.screenFailCategory() == ScreenFailCategory.NOT_MEETING_CRITERIA ? "Not meeting inclusion criteria"
							: s.screenFailCategory() == ScreenFailCategory.DECLINED_TO_PARTICIPATE
									? "Declined to participate"
									: "Other reasons";
			exclusions.merge(reason, 1, Integer::sum);
		}
		List<ArmFlow> arms = new ArrayList<>();
		int randomized = 0;
		for (String arm : data.arms()) {
			List<AnalysisSubject> in = data.subjects().stream().filter(s -> arm.equals(s.arm())).toList();
			randomized += in.size();
			int received = 0;
			Map<String, Integer> notReceived = new TreeMap<>();
			int lost = 0;
			int discontinued = 0;
			Map<String, Integer> reasons = new TreeMap<>();
			int analysed = 0;
			for (AnalysisSubject s : in) {
				if (Boolean.TRUE.equals(s.receivedAllocated())) {
					received++;
				} else {
					notReceived.merge(s.notReceivedReason() == null ? "Reason not recorded" : s.notReceivedReason(), 1,
							Integer::sum);
				}
				if (s.status() == SubjectStatus.LOST_TO_FOLLOW_UP) {
					lost++;
				} else if (s.leftEarly()) {
					discontinued++;
					reasons.merge(discontinuation(s), 1, Integer::sum);
				}
				analysed += s.primarySuccess() != null ? 1 : 0;
			}
			arms.add(new ArmFlow(arm, data.armName(arm), in.size(), received, in.size() - received, notReceived, lost,
					discontinued, reasons, analysed, in.size() - analysed));
		}
		return new ConsortFlow(assessed, excluded, exclusions, randomized, arms);
	}

	private static String discontinuation(AnalysisSubject s) {
		if (s.died()) {
			return "Died";
		}
		if ("INVESTIGATOR".equals(s.endStatus())) {
			return "Withdrawn by the investigator";
		}
		if ("WITHDRAWN".equals(s.endStatus())) {
			return "Withdrew consent";
		}
		return "Other";
	}

	public PublicationTable table(AnalysisDataset data, org.trialbench.publication.tables.Picture diagram) {
		List<HeaderCell> header = new ArrayList<>();
		header.add(HeaderCell.of("Stage"));
		for (ArmFlow arm : arms) {
			header.add(HeaderCell.of(arm.name()));
		}
		header.add(HeaderCell.of("Total"));
		int columns = arms.size() + 2;
		List<Row> rows = new ArrayList<>();
		rows.add(total("Assessed for eligibility", assessed, columns));
		rows.add(total("Excluded", excluded, columns));
		exclusionReasons.forEach((reason, n) -> rows.add(indentedTotal(reason, n, columns)));
		rows.add(total("Randomized", randomized, columns));
		rows.add(perArm("Allocated", arms.stream().map(ArmFlow::allocated).toList()));
		rows.add(perArm("Received allocated intervention", arms.stream().map(ArmFlow::received).toList()));
		rows.add(perArm("Did not receive allocated intervention", arms.stream().map(ArmFlow::notReceived).toList()));
		reasonRows(rows, arms.stream().map(ArmFlow::notReceivedReasons).toList());
		rows.add(perArm("Lost to follow-up", arms.stream().map(ArmFlow::lostToFollowUp).toList()));
		rows.add(perArm("Discontinued", arms.stream().map(ArmFlow::discontinued).toList()));
		reasonRows(rows, arms.stream().map(ArmFlow::discontinuationReasons).toList());
		rows.add(perArm("Analysed (primary outcome)", arms.stream().map(ArmFlow::analysed).toList()));
		rows.add(perArm("Excluded from analysis (primary outcome missing)",
				arms.stream().map(ArmFlow::notAnalysed).toList()));
		List<String> notes = List.of(
				"Counted from the records: screening failures by category, allocation and receipt of the allocated "
						+ "procedure, end-of-study status and reason. Analysed: randomized subjects with a primary "
						+ "outcome (intention to treat, complete case).",
				"Source: " + data.snapshot().describe() + ".");
		return new PublicationTable("CONSORT", "Figure 1. CONSORT flow diagram", columns, List.of(header), rows, notes,
				diagram == null ? List.of() : List.of(diagram));
	}

	private Row total(String label, int n, int columns) {
		List<Cell> cells = new ArrayList<>();
		for (int i = 0; i < columns - 2; i++) {
			cells.add(Cell.empty());
		}
		cells.add(Cell.text(String.valueOf(n)));
		return Row.of(label, 0, cells);
	}

	private Row indentedTotal(String label, int n, int columns) {
		Row row = total(label, n, columns);
		return Row.of(row.label(), 1, row.cells());
	}

	private static Row perArm(String label, List<Integer> counts) {
		List<Cell> cells = new ArrayList<>();
		counts.forEach(n -> cells.add(Cell.text(String.valueOf(n))));
		cells.add(Cell.text(String.valueOf(counts.stream().mapToInt(Integer::intValue).sum())));
		return Row.of(label, 0, cells);
	}

	private static void reasonRows(List<Row> rows, List<Map<String, Integer>> perArm) {
		Map<String, Integer> all = new TreeMap<>();
		perArm.forEach(m -> m.forEach((k, v) -> all.merge(k, v, Integer::sum)));
		for (String reason : all.keySet()) {
			List<Integer> counts = perArm.stream().map(m -> m.getOrDefault(reason, 0)).toList();
			Row row = perArm(reason, counts);
			rows.add(Row.of(row.label(), 1, row.cells()));
		}
	}
}
