package org.trialbench.demo.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trialbench.demo.tests.Records.*;
import static org.trialbench.protocol.poembtx.PoemBtxOids.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Trial;
import org.trialbench.clinical.Visit;
import org.trialbench.demo.DemoTrialGenerator;

/**
 * In a large demo trial the primary endpoint behaves like the literature the protocol cites: POEM succeeds in
 * about 90% of type III achalasia and DES and 70% of jackhammer esophagus; botulinum toxin does much worse by 6
 * months. Success is computed here from the records: Eckardt at most 3 at 6 months, no rescue before.
 */
class DemoOutcomeTest {
	private static final Map<String, int[]> PRIMARY = new HashMap<>();

	@BeforeAll
	static void generate() {
		Trial trial = new DemoTrialGenerator(20, 3000, 99).generate(new NullProgressMonitor()).trial();
		for (Subject subject : randomized(trial)) {
			Visit sixMonths = doneOnce(subject, VISIT_MONTH_6);
			if (sixMonths == null) {
				continue;
			}
			LocalDate rescue = firstRescue(subject);
			boolean success = "true".equals(value(sixMonths, ITEM_ECKARDT_SUCCESS))
					&& (rescue == null || rescue.isAfter(sixMonths.getDate()));
			String key = subject.getAllocation().getArm().getCode() + "/" + subject.getStratum().getCode();
			int[] count = PRIMARY.computeIfAbsent(key, k -> new int[2]);
			count[0] += success ? 1 : 0;
			count[1]++;
		}
	}

	private static double rate(String... keys) {
		int successes = 0, subjects = 0;
		for (String key : keys) {
			successes += PRIMARY.get(key)[0];
			subjects += PRIMARY.get(key)[1];
		}
		return successes / (double) subjects;
	}

	@Test
	void poemSucceedsInNineOfTenWithTypeIIIAchalasiaOrSpasm() {
		double rate = rate("POEM/ACH3", "POEM/DES");
		assertTrue(rate > 0.84 && rate < 0.97, "POEM in type III achalasia and DES: " + rate);
	}

	@Test
	void poemSucceedsInSevenOfTenWithJackhammer() {
		double rate = rate("POEM/JH");
		assertTrue(rate > 0.6 && rate < 0.8, "POEM in jackhammer esophagus: " + rate);
	}

	@Test
	void botulinumToxinSucceedsInAboutOneInThreeAtSixMonths() {
		double rate = rate("BTX/ACH3", "BTX/DES", "BTX/JH");
		assertTrue(rate > 0.18 && rate < 0.42, "botulinum toxin: " + rate);
	}
}
