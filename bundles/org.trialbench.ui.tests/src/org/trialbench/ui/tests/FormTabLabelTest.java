package org.trialbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.FormStatus;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.clinical.Visit;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.VisitDefinition;
import org.trialbench.ui.forms.FormRows;

/**
 * A form's tab is labelled short (subject number, the form's name up to a bracket or "and", the visit in brief only
 * when the form is at several visits); the full description is the tooltip's.
 */
class FormTabLabelTest {
	private final PoemTrial poem = new PoemTrial();

	private FormRecord form(VisitDefinition at, FormDefinition definition) {
		Subject subject = poem.add(poem.trial.getSites().get(0), "01-0031", SubjectStatus.RANDOMIZED, false);
		Visit visit = PoemTrial.visit(subject, at, null, VisitStatus.DONE);
		return PoemTrial.form(visit, definition, FormStatus.IN_PROGRESS);
	}

	@Test
	void aFormAtSeveralVisitsNamesTheVisitInBrief() {
		FormRecord form = form(poem.month3, poem.eckardt);
		assertEquals("01-0031 Eckardt score M3", FormRows.tabLabel(form));
		assertEquals("01-0031 Eckardt score, Month 3", FormRows.shortLabel(form), "the tooltip's full text");
		assertEquals("01-0031 Eckardt score Screening", FormRows.tabLabel(form(poem.screening, poem.eckardt)));
	}

	@Test
	void aFormAtOneVisitNeedsNoVisitAndALongNameStopsAtItsBracketOrAnd() {
		poem.baseline.setName("Baseline history and endoscopy");
		assertEquals("01-0031 Baseline history", FormRows.tabLabel(form(poem.screening, poem.baseline)));
		poem.baseline.setName("Quality of life (SF-36)");
		String label = FormRows.tabLabel(form(poem.screening, poem.baseline));
		assertEquals("01-0031 Quality of life", label);
		assertTrue(label.length() < FormRows.shortLabel(form(poem.screening, poem.baseline)).length());
	}

	@Test
	void aRepeatedVisitOrFormKeepsItsNumber() {
		FormRecord form = form(poem.month3, poem.eckardt);
		form.getVisit().setOccurrence(2);
		form.setOccurrence(3);
		assertEquals("01-0031 Eckardt score #3 M3 #2", FormRows.tabLabel(form));
	}
}
