package org.trialbench.publication.excel;

import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_ECKARDT_TOTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisEvent;
import org.trialbench.publication.AnalysisSubject;
import org.trialbench.publication.Population;
import org.trialbench.publication.tables.BaselineVariable;

/**
 * A subject-level listing behind a table: its columns and the rows one subject contributes (one for most
 * listings, one per event for adverse events). Values are Strings, Numbers or Booleans; null is an empty cell.
 */
public record Listing(String name, List<String> columns, Function<AnalysisSubject, List<List<Object>>> rows) {

	/** The listings of the POEM vs BTX tables. */
	public static List<Listing> all(AnalysisDataset data) {
		List<Listing> listings = new ArrayList<>();
		listings.add(new Listing("Subjects",
				List.of("Subject", "Screening number", "Site", "Status", "Arm", "Stratum", "ITT", "PP", "Safety",
						"Received allocated", "Not received because", "Withdrawal date", "End status", "End reason"),
				s -> List.of(row(s.id(), s.screeningNumber(), s.siteCode(), s.status() == null ? null : s.status().getLiteral(),
						s.arm(), s.stratum(), s.in(Population.ITT), s.in(Population.PP), s.in(Population.SAFETY),
						s.receivedAllocated(), s.notReceivedReason(), s.withdrawalDate(), s.endStatus(),
						s.endReason()))));
		String primaryVisit = new org.trialbench.publication.AnalysisRecords(data.protocol()).primaryVisit();
		listings.add(new Listing("Primary outcome",
				List.of("Subject", "Arm", "Stratum", "ITT", "PP", "Eckardt at primary visit", "First rescue",
						"Treatment success"),
				s -> s.randomized() ? List.of(row(s.id(), s.arm(), s.stratum(), s.in(Population.ITT),
						s.in(Population.PP), s.number(primaryVisit, ITEM_ECKARDT_TOTAL), s.firstRescue(),
						s.primarySuccess() == null ? "missing" : s.primarySuccess())) : List.of()));
		List<BaselineVariable> variables = BaselineVariable.poemBtx().stream()
				.filter(v -> v.itemOid() != null).toList();
		List<String> baselineColumns = new ArrayList<>(List.of("Subject", "Arm", "Stratum"));
		variables.forEach(v -> baselineColumns.add(v.label()));
		listings.add(new Listing("Baseline", baselineColumns, s -> {
			if (!s.randomized()) {
				return List.of();
			}
			List<Object> row = new ArrayList<>(List.of(s.id(), s.arm(), s.stratum() == null ? "" : s.stratum()));
			for (BaselineVariable v : variables) {
				Double number = s.number(v.visitOid(), v.itemOid());
				row.add(number != null ? (Object) number : s.value(v.visitOid(), v.itemOid()));
			}
			return List.of(row);
		}));
		listings.add(new Listing("Adverse events",
				List.of("Subject", "Arm", "Safety", "System organ class", "Preferred term", "Verbatim term", "Grade",
						"Serious", "Fatal", "Treatment-emergent", "Onset"),
				s -> {
					List<List<Object>> rows = new ArrayList<>();
					for (AnalysisEvent e : s.adverseEvents()) {
						rows.add(row(s.id(), s.arm(), s.in(Population.SAFETY), e.soc(), e.pt(), e.verbatim(), e.grade(),
								e.serious(), e.fatal(), e.treatmentEmergent(), e.onset()));
					}
					return rows;
				}));
		return listings;
	}

	private static List<Object> row(Object... values) {
		List<Object> row = new ArrayList<>(values.length);
		for (Object v : values) {
			row.add(v instanceof java.time.LocalDate date ? date.toString() : v);
		}
		return row;
	}
}
