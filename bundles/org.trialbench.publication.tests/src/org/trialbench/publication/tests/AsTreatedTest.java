package org.trialbench.publication.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trialbench.protocol.poembtx.PoemBtxOids.*;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Trial;
import org.trialbench.clinical.Visit;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisDatasets;
import org.trialbench.publication.AnalysisSubject;
import org.trialbench.publication.Population;
import org.trialbench.publication.tables.BaselineTable;
import org.trialbench.publication.tables.BaselineVariable;
import org.trialbench.publication.tables.HarmsTable;
import org.trialbench.publication.tables.PrimaryOutcomeTable;
import org.trialbench.publication.tables.PublicationTable;

/**
 * The safety population is analysed by the procedure actually received (as treated): a subject allocated to one arm
 * who received the other arm's procedure counts in the other arm's safety column, and in the allocated arm in
 * intention to treat.
 */
class AsTreatedTest {

	@Test
	void theProcedureFormRecordedDecidesTheSafetyArm() {
		Trial trial = new DemoTrialGenerator(2, 60, 2026).generate(new NullProgressMonitor()).trial();
		Subject crossedOver = null;
		for (Site site : trial.getSites()) {
			for (Subject subject : site.getSubjects()) {
				if (crossedOver == null && subject.getAllocation() != null
						&& ARM_POEM.equals(subject.getAllocation().getArm().getOid()) && procedure(subject) != null
						&& Boolean.TRUE.equals(subject.getAllocation().getReceivedAllocatedIntervention())) {
					crossedOver = subject;
				}
			}
		}
		assertNotNull(crossedOver, "the generated trial has a subject allocated to POEM who had the procedure");
		String screening = crossedOver.getScreeningNumber();
		String poem = crossedOver.getAllocation().getArm().getCode();
		AnalysisSubject before = find(AnalysisDatasets.of(trial, new NullProgressMonitor()), screening);
		assertEquals(poem, before.treatedArm(), "received as allocated");

		// the endoscopist injected botulinum toxin instead: the BTX procedure form is recorded, not the POEM one
		Visit visit = procedure(crossedOver);
		visit.getForms().removeIf(f -> FORM_PROCEDURE_POEM.equals(f.getDefinition().getOid()));
		FormDefinition btxForm = (FormDefinition) element(trial, FORM_PROCEDURE_BTX);
		FormRecord form = ClinicalFactory.eINSTANCE.createFormRecord();
		form.setDefinition(btxForm);
		ItemValue dose = ClinicalFactory.eINSTANCE.createItemValue();
		dose.setDefinition((ItemDefinition) element(trial, ITEM_BTX_DOSE));
		dose.setValue("100");
		form.getItemValues().add(dose);
		visit.getForms().add(form);
		crossedOver.getAllocation().setReceivedAllocatedIntervention(Boolean.FALSE);
		crossedOver.getAllocation().setNotReceivedReason("Botulinum toxin injected instead");

		AnalysisDataset data = AnalysisDatasets.of(trial, new NullProgressMonitor());
		AnalysisSubject after = find(data, screening);
		String btx = btxForm.getArm().getCode();
		assertEquals(poem, after.arm(), "still allocated to POEM");
		assertEquals(btx, after.treatedArm(), "treated with BTX");
		assertTrue(data.in(Population.ITT, poem).contains(after));
		assertTrue(data.in(Population.SAFETY, btx).contains(after));
		assertTrue(data.in(Population.SAFETY, poem).stream().noneMatch(s -> s == after));

		// the Harms table's arm sizes move by this one subject; Table 1 in the safety population too
		PublicationTable harms = HarmsTable.of(data);
		PublicationTable harmsBefore = HarmsTable.of(withAllocatedTreatment(data));
		assertEquals(size(harmsBefore, 0) - 1, size(harms, 0), harms.header().get(0).toString());
		assertEquals(size(harmsBefore, 1) + 1, size(harms, 1), harms.header().get(0).toString());
	}

	@Test
	void safetyTablesGroupByTreatmentReceivedAndIttByAllocation() {
		AnalysisDataset empty = new Subjects().dataset();
		String poem = empty.arms().get(0);
		String btx = empty.arms().get(1);
		String stratum = empty.strata().get(0);
		Subjects built = new Subjects()
				.add(poem, stratum, 40.0, true, Subjects.event("Gastrointestinal disorders", "Chest pain", 2, false))
				.add(poem, stratum, 50.0, true).add(btx, stratum, 60.0, false);
		// allocated to POEM, received BTX, with a serious event
		AnalysisSubject crossed = new Subjects()
				.add(poem, stratum, 70.0, false,
						Subjects.event("Infections and infestations", "Mediastinitis", 4, true))
				.dataset().subjects().get(0).withTreatedArm(btx);
		built.add(crossed);
		// allocated to BTX, procedure done but not known which: not in the safety population
		AnalysisSubject unknown = new Subjects().add(btx, stratum, 30.0, true).dataset().subjects().get(0)
				.withTreatedArm(null);
		built.add(unknown);
		AnalysisDataset data = built.dataset();

		assertEquals(3, data.in(Population.ITT, poem).size());
		assertEquals(2, data.in(Population.ITT, btx).size());
		assertEquals(2, data.in(Population.SAFETY, poem).size());
		assertEquals(2, data.in(Population.SAFETY, btx).size(), "the crossed-over subject, not the unknown one");
		assertTrue(!unknown.in(Population.SAFETY) && unknown.in(Population.ITT));

		PublicationTable harms = HarmsTable.of(data);
		assertTrue(harms.header().get(0).get(1).text().endsWith("(n = 2)"), harms.header().get(0).toString());
		assertTrue(harms.header().get(0).get(2).text().endsWith("(n = 2)"), harms.header().get(0).toString());
		assertTrue(harms.footnotes().get(0).contains("1 subject(s) with a procedure whose kind is not recorded"),
				harms.footnotes().get(0));
		// the serious event counts for BTX, the arm whose procedure was done
		assertEquals(List.of("0 (0.0%)", "0", "1 (50.0%)", "1"),
				harms.row("Any serious adverse event").cells().stream().map(c -> c.text()).toList());

		List<BaselineVariable> age = BaselineVariable.poemBtx().stream().filter(v -> ITEM_AGE.equals(v.itemOid()))
				.toList();
		PublicationTable safety = BaselineTable.of(data, Population.SAFETY, age);
		PublicationTable itt = BaselineTable.of(data, Population.ITT, age);
		// safety: POEM 40, 50; BTX 60, 70. ITT: POEM 40, 50, 70; BTX 60, 30
		assertEquals(List.of("45.0 (7.1)", "65.0 (7.1)", "55.0 (12.9)"),
				safety.row("Age, years, mean (SD)").cells().stream().map(c -> c.text()).toList());
		assertEquals(List.of("53.3 (15.3)", "45.0 (21.2)", "50.0 (15.8)"),
				itt.row("Age, years, mean (SD)").cells().stream().map(c -> c.text()).toList());
		// the primary outcome stays by allocation
		assertTrue(PrimaryOutcomeTable.of(data).rows().get(0).cells().get(0).text().startsWith("2/3"));
	}

	private static AnalysisDataset withAllocatedTreatment(AnalysisDataset data) {
		return new AnalysisDataset(data.protocol(), data.snapshot(), data.subjects().stream()
				.map(s -> s.procedureDone() && s.treatedArm() != null ? s.withTreatedArm(s.arm()) : s).toList());
	}

	private static int size(PublicationTable harms, int arm) {
		String text = harms.header().get(0).get(1 + arm).text();
		return Integer.parseInt(text.substring(text.lastIndexOf("n = ") + 4, text.length() - 1));
	}

	private static AnalysisSubject find(AnalysisDataset data, String screening) {
		return data.subjects().stream().filter(s -> screening.equals(s.screeningNumber())).findFirst().orElseThrow();
	}

	private static Visit procedure(Subject subject) {
		return subject.getVisits().stream().filter(v -> v.getStatus() == VisitStatus.DONE
				&& v.getDefinition() != null && VISIT_PROCEDURE.equals(v.getDefinition().getOid())).findFirst()
				.orElse(null);
	}

	private static Object element(Trial trial, String oid) {
		var it = trial.getProtocol().eAllContents();
		while (it.hasNext()) {
			if (it.next() instanceof org.trialbench.protocol.ProtocolElement e && oid.equals(e.getOid())) {
				return e;
			}
		}
		throw new AssertionError("no " + oid);
	}
}
