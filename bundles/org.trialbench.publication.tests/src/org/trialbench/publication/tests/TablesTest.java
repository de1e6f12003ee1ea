package org.trialbench.publication.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trialbench.protocol.poembtx.PoemBtxOids.STRATUM_ACHALASIA_III;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.Population;
import org.trialbench.publication.tables.BaselineTable;
import org.trialbench.publication.tables.BaselineVariable;
import org.trialbench.publication.tables.ConsortFlow;
import org.trialbench.publication.tables.Formats;
import org.trialbench.publication.tables.HarmsTable;
import org.trialbench.publication.tables.PrimaryOutcomeTable;
import org.trialbench.publication.tables.PublicationTable;
import org.trialbench.publication.tables.Row;
import org.trialbench.publication.tables.SubgroupTable;

/** Tables of small hand-made trials whose every number can be worked out on paper. */
class TablesTest {
	private static final String ACH3 = "ACH3";
	private static final String DES = "DES";
	private static final String JH = "JH";

	private static List<String> texts(Row row) {
		return row.cells().stream().map(c -> c.text()).toList();
	}

	@Test
	void tableOneMeanSdAndMissingByHand() {
		// POEM ages 40, 50, 60: mean 50, SD sqrt((100+0+100)/2) = 10. BTX 30, 35 and one missing: mean 32.5,
		// SD sqrt((6.25+6.25)/1) = 3.5355 -> 3.5. Overall 40, 50, 60, 30, 35: mean 43, squares 9+49+289+169+64 =
		// 580, SD sqrt(580/4) = 12.042 -> 12.0
		AnalysisDataset data = new Subjects().add("POEM", ACH3, 40.0, true).add("POEM", DES, 50.0, true)
				.add("POEM", JH, 60.0, false).add("BTX", ACH3, 30.0, false).add("BTX", DES, 35.0, null)
				.add("BTX", JH, null, null).dataset();
		PublicationTable table = BaselineTable.of(data, Population.ITT,
				List.of(new BaselineVariable("SE.SCREENING", "IT.DM.AGE", "Age, years", BaselineVariable.Kind.MEAN_SD, 1),
						new BaselineVariable(null, null, "Diagnosis", BaselineVariable.Kind.STRATUM, 0)));
		assertEquals(List.of("50.0 (10.0)", "32.5 (3.5)", "43.0 (12.0)"), texts(table.row("Age, years, mean (SD)")));
		assertEquals(List.of("0", "1", "1"), texts(table.rows().get(1)));
		assertEquals("Missing", table.rows().get(1).label());
		// each arm has one subject per diagnosis: 1 (33.3%)
		assertEquals(List.of("1 (33.3%)", "1 (33.3%)", "2 (33.3%)"), texts(table.row("Type III achalasia")));
		assertEquals(data.armName("POEM") + " (n = 3)", table.header().get(0).get(1).text());
	}

	@Test
	void primaryOutcomeCountsMissingSeparately() {
		// POEM 2/3 successes; BTX 0/1 with 2 missing (left out of N and counted)
		AnalysisDataset data = new Subjects().add("POEM", ACH3, 40.0, true).add("POEM", DES, 50.0, true)
				.add("POEM", JH, 60.0, false).add("BTX", ACH3, 30.0, false).add("BTX", DES, 35.0, null)
				.add("BTX", JH, null, null).dataset();
		PublicationTable table = PrimaryOutcomeTable.of(data);
		Row itt = table.row("Intention to treat");
		assertEquals("2/3 (66.7%)", itt.cells().get(0).text());
		assertEquals("0/1 (0.0%)", itt.cells().get(1).text());
		// margins: row POEM 3, successes 2, N 4. P(x POEM successes) = C(3,x)C(1,2-x)/C(4,2): x=1: 3/6, x=2: 3/6
		// both tables are equally likely, so p = 1
		assertEquals("1.000", itt.cells().get(3).text());
		assertEquals(List.of("0", "2", "", "", ""), texts(table.rows().get(2)));
	}

	@Test
	void subgroupWithAnEmptyArmIsNotEstimable() {
		AnalysisDataset data = new Subjects().add("POEM", ACH3, 40.0, true).add("POEM", DES, 50.0, true)
				.add("BTX", DES, 35.0, false).dataset();
		PublicationTable table = SubgroupTable.of(data, Population.ITT);
		Row achalasia = table.row(data.stratumName(ACH3));
		assertEquals("1/1 (100.0%)", achalasia.cells().get(0).text());
		assertEquals("0/0", achalasia.cells().get(1).text());
		assertEquals(Formats.NOT_ESTIMABLE, achalasia.cells().get(2).text());
		assertEquals(1, table.pictures().size());
		assertTrue(table.pictures().get(0).png().length > 1000);
		assertEquals(STRATUM_ACHALASIA_III.substring(3), ACH3);
	}

	@Test
	void harmsCountSubjectsOnceAndEventsEach() {
		AnalysisDataset data = new Subjects()
				.add("POEM", ACH3, 40.0, true, Subjects.event("Gastrointestinal disorders", "Chest pain", 1, false),
						Subjects.event("Gastrointestinal disorders", "Chest pain", 2, false),
						Subjects.event("Gastrointestinal disorders", "Oesophageal perforation", 3, true))
				.add("POEM", DES, 50.0, true).add("BTX", ACH3, 30.0, false,
						Subjects.event("Gastrointestinal disorders", "Chest pain", 1, false))
				.add("BTX", DES, 30.0, false).dataset();
		PublicationTable table = HarmsTable.of(data);
		// POEM: 1 of 2 subjects with any AE, 3 events; BTX: 1 of 2, 1 event
		assertEquals(List.of("1 (50.0%)", "3", "1 (50.0%)", "1"), texts(table.row("Any adverse event")));
		assertEquals(List.of("1 (50.0%)", "1", "0 (0.0%)", "0"), texts(table.row("Any serious adverse event")));
		// the POEM subject's highest grade is 3, so grade 1 counts only the BTX subject (but 1 POEM event)
		assertEquals(List.of("0 (0.0%)", "1", "1 (50.0%)", "1"), texts(table.row("Grade 1")));
		assertEquals(List.of("1 (50.0%)", "2", "1 (50.0%)", "1"), texts(table.row("Chest pain")));
		// the more frequent preferred term is listed first within its organ class
		int chestPain = table.rows().indexOf(table.row("Chest pain"));
		int perforation = table.rows().indexOf(table.row("Oesophageal perforation"));
		assertTrue(chestPain < perforation);
	}

	@Test
	void harmsOfAnOrganClassOnlyOneArmHasCountZeroInTheOther() {
		AnalysisDataset data = new Subjects()
				.add("POEM", ACH3, 40.0, true, Subjects.event("Infections", "Pneumonia", 3, true),
						Subjects.event("Infections", "Pneumonia", 2, false),
						Subjects.event("Infections", "Urinary tract infection", 1, false))
				.add("POEM", DES, 50.0, true, Subjects.event("Infections", "Urinary tract infection", 1, false))
				.add("BTX", ACH3, 30.0, false, Subjects.event("Gastrointestinal disorders", "Chest pain", 1, false))
				.add("BTX", DES, 30.0, false).add("BTX", JH, 30.0, false).dataset();
		PublicationTable table = HarmsTable.of(data);
		// POEM: both subjects have an infection (4 events); BTX: none
		assertEquals(List.of("2 (100.0%)", "4", "0 (0.0%)", "0"), texts(table.row("Infections")));
		// pneumonia: one POEM subject, two events; UTI: two subjects, one event each; UTI (2 events) comes first
		assertEquals(List.of("1 (50.0%)", "2", "0 (0.0%)", "0"), texts(table.row("Pneumonia")));
		assertEquals(List.of("2 (100.0%)", "2", "0 (0.0%)", "0"), texts(table.row("Urinary tract infection")));
		assertEquals(List.of("0 (0.0%)", "0", "1 (33.3%)", "1"), texts(table.row("Chest pain")));
		assertEquals(List.of("0 (0.0%)", "0", "1 (33.3%)", "1"), texts(table.row("Gastrointestinal disorders")));
		assertEquals(List.of("1 (50.0%)", "1", "0 (0.0%)", "0"), texts(table.row("Any serious adverse event")));
	}

	@Test
	void consortFlowCountsScreeningFailures() {
		AnalysisDataset data = new Subjects().screenFailure().screenFailure().add("POEM", ACH3, 40.0, true)
				.add("BTX", DES, 35.0, null).dataset();
		ConsortFlow flow = ConsortFlow.of(data);
		assertEquals(4, flow.assessed());
		assertEquals(2, flow.excluded());
		assertEquals(2, flow.exclusionReasons().get("Not meeting inclusion criteria"));
		assertEquals(2, flow.randomized());
		assertEquals(1, flow.arms().get(0).analysed());
		assertEquals(1, flow.arms().get(1).notAnalysed());
	}

	@Test
	void formatsRoundHalfUpWithoutNegativeZero() {
		assertEquals("0.13", Formats.fixed(0.125, 2));
		assertEquals("0.0", Formats.fixed(-0.04, 1));
		assertEquals("<0.001", Formats.pValue(0.0004));
		assertEquals("0.050", Formats.pValue(0.04996));
	}

	@Test
	void populationNamesAreCheckedWithAClearMessage() {
		assertEquals(Population.SAFETY, Population.parse("safety"));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Population.parse("mITT"));
		assertTrue(e.getMessage().contains("ITT, PP or safety"), e.getMessage());
	}
}
