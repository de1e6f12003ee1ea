package org.trialbench.publication.excel;

import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_CHEST_PAIN_SCORE;
import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_ECKARDT_SUCCESS;
import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_ECKARDT_TOTAL;
import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_GERDQ;
import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_SF36_MENTAL;
import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_SF36_PHYSICAL;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisEvent;
import org.trialbench.publication.AnalysisSubject;
import org.trialbench.publication.Population;
import org.trialbench.protocol.VisitDefinition;
import org.trialbench.publication.tables.BaselineVariable;
import org.trialbench.publication.tables.SecondaryOutcomesTable;

/**
 * A subject-level listing behind a table: its columns and the rows one subject contributes (one for most
 * listings, one per event for adverse events). Values are Strings, Numbers or Booleans; null is an empty cell.
 */
public record Listing(String name, List<String> columns, Function<AnalysisSubject, List<List<Object>>> rows) {

	/** The columns that name a subject in every listing: the numbers the site and the statistician know. */
	public static final List<String> KEY = List.of("Screening number", "Randomization number");

	/**
	 * The listings of the POEM vs BTX tables: every input of every table is in one of them, keyed by the subject's
	 * screening and randomization numbers (never the store's internal id), so that anyone can recompute a figure.
	 */
	public static List<Listing> all(AnalysisDataset data) {
		List<Listing> listings = new ArrayList<>();
		listings.add(new Listing("Subjects",
				columns("Site", "Status", "Screen failure", "Screen failure reason", "Arm", "Stratum", "ITT", "PP",
						"Safety", "Procedure done", "Received allocated", "Not received because",
						"Procedure received (safety arm)", "Withdrawal date", "End status", "End reason"),
				s -> List.of(row(s.screeningNumber(), s.randomizationNumber(), s.siteCode(),
						s.status() == null ? null : s.status().getLiteral(),
						s.screenFailCategory() == null ? null : s.screenFailCategory().getLiteral(), s.screenFailReason(),
						s.arm(), s.stratum(), s.in(Population.ITT), s.in(Population.PP), s.in(Population.SAFETY),
						s.procedureDone(), s.receivedAllocated(), s.notReceivedReason(), s.treatedArm(),
						s.withdrawalDate(),
						s.endStatus(), s.endReason()))));
		String primaryVisit = new org.trialbench.publication.AnalysisRecords(data.protocol()).primaryVisit();
		listings.add(new Listing("Primary outcome",
				columns("Arm", "Stratum", "ITT", "PP", "Eckardt at primary visit", "First rescue", "Treatment success"),
				s -> s.randomized() ? List.of(row(s.screeningNumber(), s.randomizationNumber(), s.arm(), s.stratum(),
						s.in(Population.ITT), s.in(Population.PP), s.number(primaryVisit, ITEM_ECKARDT_TOTAL),
						s.firstRescue(), s.primarySuccess() == null ? "missing" : s.primarySuccess())) : List.of()));
		listings.add(new Listing("Time to failure",
				columns("Arm", "Stratum", "ITT", "PP", "Safety", "Days from procedure", "Event",
						"Event or censored", "Reason"),
				s -> !s.randomized() ? List.of()
						: List.of(row(s.screeningNumber(), s.randomizationNumber(), s.arm(), s.stratum(),
								s.in(Population.ITT), s.in(Population.PP), s.in(Population.SAFETY),
								s.timeToRescue() == null ? null : s.timeToRescue().days(),
								s.timeToRescue() == null ? null : s.timeToRescue().event() ? 1 : 0,
								s.timeToRescue() == null ? "no time (no procedure date)"
										: s.timeToRescue().event() ? "event" : "censored",
								s.timeToRescue() == null ? null : s.timeToRescue().reason()))));
		List<BaselineVariable> variables = BaselineVariable.poemBtx().stream()
				.filter(v -> v.itemOid() != null).toList();
		List<String> baselineColumns = new ArrayList<>(KEY);
		baselineColumns.addAll(List.of("Arm", "Stratum"));
		variables.forEach(v -> baselineColumns.add(v.label()));
		listings.add(new Listing("Baseline", baselineColumns, s -> {
			if (!s.randomized()) {
				return List.of();
			}
			List<Object> row = new ArrayList<>(row(s.screeningNumber(), s.randomizationNumber(), s.arm(),
					s.stratum() == null ? "" : s.stratum()));
			for (BaselineVariable v : variables) {
				Double number = s.number(v.visitOid(), v.itemOid());
				row.add(number != null ? (Object) number : s.value(v.visitOid(), v.itemOid()));
			}
			return List.of(row);
		}));
		List<VisitDefinition> visits = SecondaryOutcomesTable.visits(data);
		List<String> outcomeItems = List.of(ITEM_ECKARDT_TOTAL, ITEM_ECKARDT_SUCCESS, ITEM_CHEST_PAIN_SCORE,
				ITEM_SF36_PHYSICAL, ITEM_SF36_MENTAL, ITEM_GERDQ);
		List<String> outcomeColumns = new ArrayList<>(KEY);
		outcomeColumns.addAll(List.of("Arm", "Stratum", "ITT", "PP", "Visit"));
		outcomeItems.forEach(item -> outcomeColumns.add(data.itemLabel(item)));
		listings.add(new Listing("Outcomes by visit", outcomeColumns, s -> {
			if (!s.randomized()) {
				return List.of();
			}
			List<List<Object>> rows = new ArrayList<>();
			for (VisitDefinition v : visits) {
				List<Object> values = new ArrayList<>();
				boolean any = false;
				for (String item : outcomeItems) {
					Double number = s.number(v.getOid(), item);
					Object value = number != null ? (Object) number : s.value(v.getOid(), item);
					any |= value != null;
					values.add(value);
				}
				if (any) {
					List<Object> row = row(s.screeningNumber(), s.randomizationNumber(), s.arm(), s.stratum(),
							s.in(Population.ITT), s.in(Population.PP), v.getName());
					row.addAll(values);
					rows.add(row);
				}
			}
			return rows;
		}));
		listings.add(new Listing("Adverse events",
				columns("Arm", "Safety", "Procedure received (safety arm)", "System organ class", "Preferred term", "Verbatim term", "Grade", "Serious",
						"Fatal", "Treatment-emergent", "Onset"),
				s -> {
					List<List<Object>> rows = new ArrayList<>();
					for (AnalysisEvent e : s.adverseEvents()) {
						rows.add(row(s.screeningNumber(), s.randomizationNumber(), s.arm(), s.in(Population.SAFETY),
								s.treatedArm(), e.soc(), e.pt(), e.verbatim(), e.grade(), e.serious(), e.fatal(), e.treatmentEmergent(),
								e.onset()));
					}
					return rows;
				}));
		return listings;
	}

	private static List<String> columns(String... rest) {
		List<String> columns = new ArrayList<>(KEY);
		columns.addAll(List.of(rest));
		return columns;
	}

	private static List<Object> row(Object... values) {
		List<Object> row = new ArrayList<>(values.length);
		for (Object v : values) {
			row.add(v instanceof java.time.LocalDate date ? date.toString() : v);
		}
		return row;
	}
}
