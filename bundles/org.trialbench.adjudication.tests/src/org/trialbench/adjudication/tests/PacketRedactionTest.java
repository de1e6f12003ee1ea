package org.trialbench.adjudication.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trialbench.protocol.poembtx.PoemBtxOids.*;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.trialbench.adjudication.AdjudicationPacket;
import org.trialbench.adjudication.PacketBuilder;
import org.trialbench.clinical.AdjudicationCase;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.Allocation;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Visit;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.protocol.Arm;
import org.trialbench.protocol.Endpoint;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.VisitDefinition;
import org.trialbench.protocol.poembtx.PoemBtxProtocol;

/**
 * Blinding by redaction, on the shipped POEM vs BTX protocol: a POEM subject and a BTX subject whose outcome data are
 * the same get the same packet, and a walk over every field the packet exposes finds nothing that names an arm,
 * a procedure detail or a value the protocol marks as revealing.
 */
class PacketRedactionTest {

	private static final ClinicalFactory F = ClinicalFactory.eINSTANCE;
	private final Study study = PoemBtxProtocol.load();

	/** Words that would unblind, written down by hand from the protocol rather than computed by the code under test. */
	private static final List<String> FORBIDDEN = List.of("poem", "btx", "botulinum", "myotomy", "arm.", "peroral",
			"capnoperitoneum", "reflux", "injection", "dose", "orientation", "length of stay", "rescue type",
			"procedure time", "randomization number", "allocation");

	private <T> T find(Class<T> type, String oid) {
		return study.eAllContents().hasNext() ? type.cast(java.util.stream.StreamSupport.stream(
				((Iterable<org.eclipse.emf.ecore.EObject>) () -> study.eAllContents()).spliterator(), false)
				.filter(o -> o instanceof org.trialbench.protocol.ProtocolElement e && oid.equals(e.getOid()))
				.findFirst().orElseThrow(() -> new AssertionError("no " + oid))) : null;
	}

	private Visit visit(Subject subject, String visitOid, LocalDate date) {
		Visit visit = F.createVisit();
		visit.setId(subject.getId() + "-" + visitOid);
		visit.setDefinition(find(VisitDefinition.class, visitOid));
		visit.setDate(date);
		visit.setStatus(VisitStatus.DONE);
		subject.getVisits().add(visit);
		return visit;
	}

	private void form(Visit visit, String formOid, String... oidValuePairs) {
		FormRecord form = F.createFormRecord();
		form.setId(visit.getId() + "-" + formOid);
		form.setDefinition(find(FormDefinition.class, formOid));
		for (int i = 0; i < oidValuePairs.length; i += 2) {
			ItemValue value = F.createItemValue();
			value.setId(form.getId() + "-" + oidValuePairs[i]);
			value.setDefinition(find(ItemDefinition.class, oidValuePairs[i]));
			value.setValue(oidValuePairs[i + 1]);
			form.getItemValues().add(value);
		}
		visit.getForms().add(form);
	}

	private AdverseEvent event(Subject subject, String term, LocalDate onset) {
		AdverseEvent event = F.createAdverseEvent();
		event.setId(subject.getId() + "-ae-" + term);
		event.setVerbatimTerm(term);
		event.setOnsetDate(onset);
		event.setCtcaeGrade(2);
		subject.getAdverseEvents().add(event);
		return event;
	}

	/** A subject in the given arm with outcome data that do not depend on the arm. */
	private Subject subject(String armOid) {
		boolean poem = armOid.equals(ARM_POEM);
		Subject subject = F.createSubject();
		subject.setId("subject-" + armOid);
		subject.setScreeningNumber("01-0001");
		Allocation allocation = F.createAllocation();
		allocation.setArm(find(Arm.class, armOid));
		allocation.setRandomizationNumber(poem ? "R-POEM-7" : "R-BTX-7");
		subject.setAllocation(allocation);
		Visit screening = visit(subject, VISIT_SCREENING, LocalDate.of(2026, 1, 10));
		form(screening, FORM_ECKARDT, ITEM_ECKARDT_DYSPHAGIA, "3", ITEM_ECKARDT_REGURGITATION, "2",
				ITEM_ECKARDT_CHEST_PAIN, "2", ITEM_ECKARDT_WEIGHT_LOSS, "1", ITEM_ECKARDT_TOTAL, "8",
				ITEM_ECKARDT_SUCCESS, "false");
		Visit procedure = visit(subject, VISIT_PROCEDURE, LocalDate.of(2026, 2, 1));
		if (poem) {
			form(procedure, FORM_PROCEDURE_POEM, ITEM_MYOTOMY_LENGTH, "12", ITEM_MYOTOMY_ORIENTATION, "POST",
					ITEM_POEM_DURATION, "95", ITEM_POEM_LENGTH_OF_STAY, "2", ITEM_POEM_COMPLETED, "true");
		} else {
			form(procedure, FORM_PROCEDURE_BTX, ITEM_BTX_DOSE, "100", ITEM_BTX_SITES, "8", ITEM_BTX_LEVEL, "LES");
		}
		Visit month3 = visit(subject, VISIT_MONTH_3, LocalDate.of(2026, 5, 2));
		form(month3, FORM_ECKARDT, ITEM_ECKARDT_DYSPHAGIA, "1", ITEM_ECKARDT_REGURGITATION, "0",
				ITEM_ECKARDT_CHEST_PAIN, "1", ITEM_ECKARDT_WEIGHT_LOSS, "0", ITEM_ECKARDT_TOTAL, "2",
				ITEM_ECKARDT_SUCCESS, "true");
		form(month3, FORM_REINTERVENTION, ITEM_RESCUE, "true", ITEM_RESCUE_DATE, "2026-04-20", ITEM_RESCUE_TYPE,
				poem ? "PD" : "POEM");
		Visit month6 = visit(subject, VISIT_MONTH_6, LocalDate.of(2026, 8, 1));
		form(month6, FORM_ECKARDT, ITEM_ECKARDT_DYSPHAGIA, "2", ITEM_ECKARDT_REGURGITATION, "1",
				ITEM_ECKARDT_CHEST_PAIN, "1", ITEM_ECKARDT_WEIGHT_LOSS, "0", ITEM_ECKARDT_TOTAL, "4",
				ITEM_ECKARDT_SUCCESS, "false");
		form(month6, FORM_END_OF_STUDY, ITEM_END_STATUS, "WITHDRAWN", ITEM_END_DATE, "2026-08-01", ITEM_END_REASON,
				poem ? "Referred for BTX after relapse, wanted no further POEM" : "Referred for POEM after relapse, "
						+ "wanted no further botulinum toxin injection");
		event(subject, poem ? "Capnoperitoneum" : "Reflux", LocalDate.of(2026, 2, 1));
		event(subject, "Chest pain", LocalDate.of(2026, 2, 3))
				.setOutcome(org.trialbench.clinical.AeOutcome.RECOVERED_WITH_SEQUELAE);
		return subject;
	}

	private AdjudicationCase caseAbout(Subject subject) {
		AdjudicationCase c = F.createAdjudicationCase();
		c.setId("case-1");
		c.setSubject(subject);
		c.setEndpoint(find(Endpoint.class, ENDPOINT_PRIMARY));
		c.setVisit(subject.getVisits().stream().filter(v -> v.getDefinition().getOid().equals(VISIT_MONTH_6))
				.findFirst().orElseThrow());
		return c;
	}

	@Test
	void aPoemAndABtxSubjectWithTheSameOutcomeGetTheSamePacket() {
		PacketBuilder builder = new PacketBuilder(study);
		Subject poem = subject(ARM_POEM);
		Subject btx = subject(ARM_BTX);
		AdjudicationPacket poemPacket = builder.build(caseAbout(poem), poem);
		AdjudicationPacket btxPacket = builder.build(caseAbout(btx), btx);
		assertEquals(poemPacket, btxPacket, "nothing in the packet differs by arm");
	}

	@Test
	void thePacketCarriesTheEvidence() {
		Subject subject = subject(ARM_BTX);
		AdjudicationPacket packet = new PacketBuilder(study).build(caseAbout(subject), subject);
		assertEquals("Month 6", packet.timePoint());
		assertEquals(LocalDate.of(2026, 8, 1), packet.timePointDate());
		assertFalse(packet.reintervention(), "the case is about the endpoint's time point");
		assertTrue(packet.question().startsWith("Was the endpoint met at Month 6?"), packet.question());
		assertEquals(List.of(8, 2, 4), packet.eckardt().stream().map(AdjudicationPacket.EckardtAssessment::total).toList());
		assertEquals(List.of(3, 2, 2, 1), packet.eckardt().get(0).items().stream().map(AdjudicationPacket.Score::value)
				.toList(), "dysphagia, regurgitation, pain, weight loss at screening");
		assertEquals(List.of(new AdjudicationPacket.Reintervention("Month 3", LocalDate.of(2026, 4, 20))),
				packet.reinterventions(), "that and when a rescue happened, never its type");
		assertEquals(List.of("Event withheld: expected in one treatment group only", "Chest pain"),
				packet.adverseEvents().stream().map(AdjudicationPacket.AdverseEventSummary::term).toList());
		assertEquals("recovered with sequelae", packet.adverseEvents().get(1).outcome(),
				"the outcome in words, not the model's literal");
		assertEquals(1, packet.sourceNotes().size());
		assertEquals("Referred for [withheld] after relapse, wanted no further [withheld]",
				packet.sourceNotes().get(0).text());
	}

	@Test
	void aCaseOpenedForAReinterventionSaysSo() {
		Subject subject = subject(ARM_POEM);
		AdjudicationCase c = caseAbout(subject);
		c.setVisit(subject.getVisits().stream().filter(v -> v.getDefinition().getName().equals("Month 3")).findFirst()
				.orElseThrow());
		AdjudicationPacket packet = new PacketBuilder(study).build(c, subject);
		assertTrue(packet.reintervention(), "Month 3 is not the endpoint's time point (Month 6)");
		assertEquals("Month 3", packet.timePoint());
		assertTrue(packet.question().startsWith("A re-intervention was reported at Month 3"), packet.question());
	}

	@Test
	void noFieldThePacketExposesRevealsTheArm() throws Exception {
		for (String arm : List.of(ARM_POEM, ARM_BTX)) {
			Subject subject = subject(arm);
			AdjudicationPacket packet = new PacketBuilder(study).build(caseAbout(subject), subject);
			List<String> texts = new ArrayList<>();
			List<String> fieldNames = new ArrayList<>();
			walk(packet, texts, fieldNames);
			assertTrue(texts.size() > 40, "the walk reached every nested field (" + texts.size() + " values)");
			for (String text : texts) {
				String lower = text.toLowerCase(Locale.ROOT);
				for (String word : FORBIDDEN) {
					assertFalse(lower.contains(word), "'" + text + "' names '" + word + "' (" + arm + ")");
				}
				assertFalse(List.of("R-POEM-7", "R-BTX-7", "POST", "LES", "95").contains(text),
						"a procedure or allocation value leaked: " + text);
			}
			for (String name : fieldNames) {
				String lower = name.toLowerCase(Locale.ROOT);
				assertFalse(lower.contains("arm") || lower.contains("allocation") || lower.contains("procedure")
						|| lower.contains("randomi"), "the packet has a field named " + name);
			}
		}
	}

	/** Every value of a record, recursively through nested records and lists, as text. */
	private static void walk(Object value, List<String> texts, List<String> fieldNames) throws Exception {
		if (value == null) {
			return;
		}
		if (value instanceof Record record) {
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				fieldNames.add(record.getClass().getSimpleName() + "." + component.getName());
				walk(component.getAccessor().invoke(record), texts, fieldNames);
			}
		} else if (value instanceof Collection<?> collection) {
			for (Object element : collection) {
				walk(element, texts, fieldNames);
			}
		} else {
			texts.add(String.valueOf(value));
		}
	}
}
