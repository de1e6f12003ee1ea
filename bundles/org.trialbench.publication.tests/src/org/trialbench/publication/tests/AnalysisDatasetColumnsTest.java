package org.trialbench.publication.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trialbench.protocol.poembtx.PoemBtxOids.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.VisitDefinition;
import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisDatasets;
import org.trialbench.publication.AnalysisSubject;
import org.trialbench.publication.Population;

/**
 * The columns of the analysis dataset give what reading each subject's value does ({@link AnalysisSubject#number}
 * and {@link AnalysisSubject#value}), for every visit and item of a generated trial and for values that are not
 * numbers, so that the tables read the same numbers from the columns as from the records.
 */
class AnalysisDatasetColumnsTest {

	@Test
	void columnsAreTheSubjectsNumbersForEveryVisitAndItem() {
		AnalysisDataset data = AnalysisDatasets.of(new DemoTrialGenerator(3, 300, 2026)
				.generate(new NullProgressMonitor()).trial(), new NullProgressMonitor());
		Set<String> items = new LinkedHashSet<>();
		for (VisitDefinition visit : data.protocol().getVisits()) {
			for (FormDefinition form : visit.getForms()) {
				form.getItems().stream().map(ItemDefinition::getOid).forEach(items::add);
			}
		}
		List<AnalysisSubject> someOfThem = data.in(Population.ITT, data.arms().get(1));
		int[] places = data.places(someOfThem);
		int numbers = 0;
		for (VisitDefinition visit : data.protocol().getVisits()) {
			for (String item : items) {
				double[] column = data.numbers(places, visit.getOid(), item);
				String[] texts = data.texts(places, visit.getOid(), item);
				assertEquals(someOfThem.size(), column.length);
				for (int i = 0; i < column.length; i++) {
					assertEquals(someOfThem.get(i).value(visit.getOid(), item), texts[i]);
					Double expected = someOfThem.get(i).number(visit.getOid(), item);
					assertEquals(expected == null ? Double.NaN : expected, column[i],
							someOfThem.get(i).screeningNumber() + " " + visit.getOid() + " " + item);
					numbers += expected == null ? 0 : 1;
				}
			}
		}
		assertTrue(numbers > 10 * someOfThem.size(), "the trial has numbers to compare: " + numbers);
	}

	@Test
	void textsThatAreNoNumbersAndItemsOutsideTheirVisit() {
		Map<String, Map<String, String>> visits = new HashMap<>();
		visits.put(VISIT_SCREENING, Map.of(ITEM_AGE, " 61.5 ", ITEM_BMI, "", ITEM_ECKARDT_TOTAL, "seven",
				ITEM_ECKARDT_DYSPHAGIA, "2", ITEM_DIAGNOSIS, "ACH3", ITEM_SEX, "F"));
		// an Eckardt total at the procedure visit, which does not collect it
		visits.put(VISIT_PROCEDURE, Map.of(ITEM_ECKARDT_TOTAL, "4"));
		visits.put("SE.NOT.IN.PROTOCOL", Map.of(ITEM_AGE, "12"));
		AnalysisSubject odd = new AnalysisSubject("S1", "SCR-1", "01", SubjectStatus.COMPLETED, null, null, "POEM",
				"ACH3", true, null, true, null, "COMPLETED", null, visits, true, null, List.of());
		AnalysisDataset data = new Subjects().add("BTX", "DES", 50.0, false).add(odd).dataset();
		int[] both = data.places(data.subjects());
		List<String[]> cases = new ArrayList<>();
		cases.add(new String[] { VISIT_SCREENING, ITEM_AGE });
		cases.add(new String[] { VISIT_SCREENING, ITEM_BMI });
		cases.add(new String[] { VISIT_SCREENING, ITEM_ECKARDT_TOTAL });
		cases.add(new String[] { VISIT_SCREENING, ITEM_ECKARDT_DYSPHAGIA });
		cases.add(new String[] { VISIT_SCREENING, ITEM_DIAGNOSIS });
		cases.add(new String[] { VISIT_SCREENING, ITEM_SEX });
		cases.add(new String[] { VISIT_PROCEDURE, ITEM_ECKARDT_TOTAL });
		cases.add(new String[] { "SE.NOT.IN.PROTOCOL", ITEM_AGE });
		cases.add(new String[] { VISIT_MONTH_6, ITEM_GERDQ });
		for (String[] c : cases) {
			double[] column = data.numbers(both, c[0], c[1]);
			String[] texts = data.texts(both, c[0], c[1]);
			for (int i = 0; i < both.length; i++) {
				assertEquals(data.subjects().get(i).value(c[0], c[1]), texts[i], c[0] + " " + c[1] + " of " + i);
				Double expected = data.subjects().get(i).number(c[0], c[1]);
				assertEquals(expected == null ? Double.NaN : expected, column[i], c[0] + " " + c[1] + " of " + i);
			}
		}
		assertEquals(61.5, data.numbers(both, VISIT_SCREENING, ITEM_AGE)[1]);
		assertEquals(4.0, data.numbers(both, VISIT_PROCEDURE, ITEM_ECKARDT_TOTAL)[1]);
		assertEquals(50.0, data.numbers(new int[] { 0 }, VISIT_SCREENING, ITEM_AGE)[0]);
		AnalysisSubject stranger = new Subjects().add("BTX", "DES", 50.0, false).dataset().subjects().get(0);
		assertThrows(IllegalArgumentException.class, () -> data.places(List.of(stranger)));
	}
}
