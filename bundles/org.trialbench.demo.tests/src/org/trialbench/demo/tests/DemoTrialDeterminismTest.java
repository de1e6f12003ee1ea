package org.trialbench.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.trialbench.clinical.ClinicalObject;
import org.trialbench.clinical.Trial;
import org.trialbench.demo.DemoSummary;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;

/** The same numbers and seed give the same trial, byte for byte, identifiers included. */
class DemoTrialDeterminismTest {

	private static DemoTrial generate(int sites, int subjects, long seed) {
		return new DemoTrialGenerator(sites, subjects, seed).generate(new NullProgressMonitor());
	}

	@Test
	void sameSeedGivesTheSameTrial() {
		String first = Records.xmi(generate(3, 60, 7).trial());
		String second = Records.xmi(generate(3, 60, 7).trial());
		assertTrue(first.length() > 100_000, "a real trial was written: " + first.length());
		assertEquals(first, second);
	}

	@Test
	void anotherSeedGivesAnotherTrial() {
		assertNotEquals(Records.xmi(generate(3, 60, 7).trial()), Records.xmi(generate(3, 60, 8).trial()));
	}

	@Test
	void everyClinicalObjectHasAUniqueUuid() {
		Trial trial = generate(4, 120, 11).trial();
		Set<String> ids = new HashSet<>();
		ids.add(trial.getId());
		int objects = 1;
		for (TreeIterator<EObject> it = trial.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			assertTrue(object instanceof ClinicalObject, object.eClass().getName() + " is a clinical object");
			String id = ((ClinicalObject) object).getId();
			// version 7 (ordered, see ObjectIds): storing the trial appends to the store's indexes
			assertTrue(id.matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), id);
			assertTrue(ids.add(id), "duplicate id " + id);
			objects++;
		}
		assertEquals(objects, ids.size());
		assertTrue(objects > 10_000, "objects: " + objects);
	}

	@Test
	void everyReferenceResolvesInsideTheTrialOrTheProtocol() {
		Trial trial = generate(2, 40, 3).trial();
		for (TreeIterator<EObject> it = trial.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			for (EObject target : object.eCrossReferences()) {
				assertTrue(!target.eIsProxy(), "resolved");
				assertTrue(EcoreUtil.isAncestor(trial, target) || EcoreUtil.isAncestor(trial.getProtocol(), target),
						object.eClass().getName() + " refers outside: " + target);
			}
		}
	}

	@Test
	void smallAndLargeTrialsHaveTheirSize() {
		DemoSummary one = generate(1, 0, 1).summary();
		assertEquals(1, one.sites());
		assertEquals(0, one.subjects());
		DemoSummary larger = generate(12, 2000, 5).summary();
		assertEquals(12, larger.sites());
		assertEquals(2000, larger.subjects());
		assertEquals(12, larger.subjects(org.trialbench.clinical.SubjectStatus.SCREENING));
	}

	@Test
	void rejectsImpossibleSizes() {
		assertThrows(IllegalArgumentException.class, () -> new DemoTrialGenerator(0, 10, 1));
		assertThrows(IllegalArgumentException.class, () -> new DemoTrialGenerator(100, 10, 1));
		assertThrows(IllegalArgumentException.class, () -> new DemoTrialGenerator(1, 5001, 1));
		assertThrows(IllegalArgumentException.class, () -> new DemoTrialGenerator(1, -1, 1));
	}

	@Test
	void cancellationStopsTheGenerator() {
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		assertThrows(OperationCanceledException.class,
				() -> new DemoTrialGenerator(2, 50, 1).generate(monitor));
	}
}
