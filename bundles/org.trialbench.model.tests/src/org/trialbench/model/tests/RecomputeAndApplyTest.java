package org.trialbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.MissingCode;
import org.trialbench.clinical.Visit;
import org.trialbench.model.derivation.DerivationResult;
import org.trialbench.model.derivation.DerivedChange;
import org.trialbench.model.derivation.Derivations;
import org.trialbench.model.derivation.ValueScope;
import org.trialbench.protocol.DerivationKind;
import org.trialbench.protocol.ItemDataType;
import org.trialbench.protocol.ItemDefinition;

/** Callers never type derived values: they recompute a form and apply what it gives. */
class RecomputeAndApplyTest {
	private final Derivations derivations = new Derivations();
	private TrialFixture fixture;
	private TrialFixture.CleanSubject clean;

	@BeforeEach
	void cleanSubject() {
		fixture = new TrialFixture();
		clean = fixture.cleanSubject("01-001");
	}

	@Test
	void recomputeGivesEveryDerivedItemOfTheFormInFormOrder() {
		Map<ItemDefinition, DerivationResult> results = derivations.recompute(clean.month3Eckardt());
		assertEquals(List.of(fixture.eckardtTotal, fixture.eckardtSuccess, fixture.eckardtChange),
				new ArrayList<>(results.keySet()));
		assertEquals(new DerivationResult.Value("3"), results.get(fixture.eckardtTotal));
		assertEquals(new DerivationResult.Value("true"), results.get(fixture.eckardtSuccess));
		assertEquals(new DerivationResult.Value("-5"), results.get(fixture.eckardtChange));
	}

	@Test
	void recomputeChangesNothing() {
		fixture.value(clean.month3Eckardt(), fixture.dysphagia, "3");
		derivations.recompute(clean.month3Eckardt());
		assertEquals("3", stored(clean.month3Eckardt(), fixture.eckardtTotal));
	}

	@Test
	void applyingAFormWhoseDerivedValuesAreCurrentChangesNothing() {
		assertEquals(List.of(), derivations.apply(clean.month3Eckardt()));
		assertEquals(List.of(), derivations.apply(clean.subject()));
	}

	@Test
	void applyWritesTheNewTotalAndSuccessAndReportsTheOldValues() {
		// dysphagia 1 -> 3: total 3 -> 5, a failure, change 5 - 8 = -3
		fixture.value(clean.month3Eckardt(), fixture.dysphagia, "3");
		List<DerivedChange> changes = derivations.apply(clean.month3Eckardt());
		assertEquals(3, changes.size());
		assertChange(changes.get(0), fixture.eckardtTotal, "3", "5");
		assertChange(changes.get(1), fixture.eckardtSuccess, "true", "false");
		assertChange(changes.get(2), fixture.eckardtChange, "-5", "-3");
		assertEquals("5", stored(clean.month3Eckardt(), fixture.eckardtTotal));
		assertEquals("false", stored(clean.month3Eckardt(), fixture.eckardtSuccess));
	}

	@Test
	void applyCreatesMissingItemValuesWithTheCallersIds() {
		Visit month3 = clean.month3Visit();
		FormRecord second = fixture.eckardt(month3, 0, 0, 1, 0);
		Iterator<String> ids = List.of("NEW-1", "NEW-2", "NEW-3").iterator();
		List<DerivedChange> changes = derivations.apply(second, ids::next);
		assertEquals(3, changes.size());
		assertChange(changes.get(0), fixture.eckardtTotal, null, "1");
		assertEquals("NEW-1", changes.get(0).itemValue().getId());
		assertEquals(second, changes.get(0).itemValue().getForm());
		assertChange(changes.get(1), fixture.eckardtSuccess, null, "true");
		assertChange(changes.get(2), fixture.eckardtChange, null, "-7");
	}

	@Test
	void aValueThatCanNoLongerBeDerivedIsCleared() {
		removeValue(clean.month3Eckardt(), fixture.regurgitation);
		List<DerivedChange> changes = derivations.apply(clean.month3Eckardt());
		assertChange(changes.get(0), fixture.eckardtTotal, "3", null);
		assertInstanceOf(DerivationResult.Missing.class, changes.get(0).result());
		assertNull(stored(clean.month3Eckardt(), fixture.eckardtTotal));
	}

	@Test
	void aWrittenValueLosesItsMissingCode() {
		ItemValue stay = ValueScope.valueIn(clean.procedureForm(), fixture.lengthOfStay).orElseThrow();
		stay.setValue(null);
		stay.setMissingCode(MissingCode.UNKNOWN);
		derivations.apply(clean.procedureForm());
		assertEquals("2", stay.getValue());
		assertEquals(MissingCode.NONE, stay.getMissingCode());
	}

	@Test
	void applyingTheSubjectRestoresEveryDerivedValueWorkedOutByHand() {
		List<String> expected = derivedValues();
		for (Visit visit : clean.subject().getVisits()) {
			for (FormRecord record : visit.getForms()) {
				record.getItemValues().removeIf(value -> value.getDefinition().isDerived());
			}
		}
		List<DerivedChange> changes = derivations.apply(clean.subject());
		assertEquals(expected.size(), changes.size());
		assertEquals(expected, derivedValues());
	}

	@Test
	void derivationsThatDependOnEachOtherAreInvalidNotEndless() {
		ItemDefinition a = fixture.addItem(fixture.injection, "IT.BTX.A", "A", ItemDataType.INTEGER);
		ItemDefinition b = fixture.addItem(fixture.injection, "IT.BTX.B", "B", ItemDataType.INTEGER);
		fixture.derivation("D.A", DerivationKind.SUM, a, b);
		fixture.derivation("D.B", DerivationKind.SUM, b, a);
		FormRecord btx = fixture.form(clean.procedureVisit(), fixture.injection);
		DerivationResult.Invalid result = assertInstanceOf(DerivationResult.Invalid.class, derivations.derive(a, btx));
		assertTrue(result.reason().contains("depends on itself"), result.reason());
	}

	@Test
	void anItemWithoutADerivationIsNotDerived() {
		assertInstanceOf(DerivationResult.Invalid.class,
				derivations.derive(fixture.weight, clean.demographicsForm()));
	}

	@Test
	void theValueOfAnEnteredItemIsWhatWasEntered() {
		assertEquals(new DerivationResult.Value("70.0"), derivations.valueOf(fixture.weight, clean.month3Eckardt()));
		assertEquals(new DerivationResult.Value("3"),
				derivations.valueOf(fixture.eckardtTotal, clean.month3Eckardt()));
	}

	/** Derived values of the clean subject as "OID=value", in model order. */
	private List<String> derivedValues() {
		List<String> values = new ArrayList<>();
		for (Visit visit : clean.subject().getVisits()) {
			for (FormRecord record : visit.getForms()) {
				for (ItemValue value : record.getItemValues()) {
					if (value.getDefinition().isDerived()) {
						values.add(value.getDefinition().getOid() + "=" + value.getValue());
					}
				}
			}
		}
		values.sort(null);
		return values;
	}

	private static String stored(FormRecord record, ItemDefinition item) {
		return ValueScope.valueIn(record, item).map(ItemValue::getValue).orElse(null);
	}

	private static void removeValue(FormRecord record, ItemDefinition item) {
		record.getItemValues().removeIf(value -> value.getDefinition() == item);
	}

	private static void assertChange(DerivedChange change, ItemDefinition item, String oldValue, String newValue) {
		assertEquals(item, change.itemValue().getDefinition());
		assertEquals(oldValue, change.oldValue(), item.getOid());
		assertEquals(newValue, change.newValue(), item.getOid());
		assertEquals(newValue, change.itemValue().getValue());
	}
}
