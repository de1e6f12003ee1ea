package org.trialbench.safety.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.safety.TreatmentEmergence;

/** The form's live treatment-emergent flag follows the same rule as the model's derived feature. */
class TreatmentEmergenceTest {
	@Test
	void agreesWithTheModelsDerivedFlagAroundEachProcedure() {
		var trial = new DemoTrialGenerator(2, 40, 11).generate(new NullProgressMonitor()).trial();
		int treated = 0;
		for (Site site : trial.getSites()) {
			for (Subject subject : site.getSubjects()) {
				for (AdverseEvent event : subject.getAdverseEvents()) {
					assertEquals(event.isTreatmentEmergent(), TreatmentEmergence.of(subject, event.getOnsetDate()),
							subject.getScreeningNumber() + " " + event.getVerbatimTerm());
				}
				var procedure = TreatmentEmergence.procedureDate(subject);
				if (procedure.isEmpty()) {
					assertFalse(TreatmentEmergence.of(subject, LocalDate.of(2026, 10, 1)), "no procedure yet");
					continue;
				}
				treated++;
				LocalDate day = procedure.get();
				assertTrue(TreatmentEmergence.of(subject, day), "onset on the procedure day");
				assertFalse(TreatmentEmergence.of(subject, day.minusDays(1)), "onset the day before");
				assertFalse(TreatmentEmergence.of(subject, null), "no onset");
			}
		}
		assertTrue(treated > 5, "treated subjects: " + treated);
	}
}
