package org.trialbench.enrolment.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Visit;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.enrolment.VisitSchedule;
import org.trialbench.enrolment.ui.ScheduleDialog;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.poembtx.PoemBtxOids;
import org.trialbench.protocol.poembtx.PoemBtxProtocol;

/** The schedule dialog lists each scheduled visit with its window and state, in protocol order. */
class ScheduleDialogUiTest {

	@Test
	void aSubjectSixWeeksAfterTheProcedureHasMonthOneOverdueAndMonthThreeUpcoming() throws Exception {
		Study study = PoemBtxProtocol.load();
		Subject subject = ClinicalFactory.eINSTANCE.createSubject();
		LocalDate procedure = LocalDate.now().minusWeeks(6);
		visit(study, subject, PoemBtxOids.VISIT_RANDOMIZATION, procedure.minusDays(10));
		visit(study, subject, PoemBtxOids.VISIT_PROCEDURE, procedure);
		List<VisitSchedule.Entry> schedule = VisitSchedule.of(study, subject, LocalDate.now());
		Shell parent = new Shell(Screens.display());
		ScheduleDialog dialog = new ScheduleDialog(parent, "01-0042", schedule);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Screens.spin(100);
			TableItem[] rows = dialog.table().getItems();
			assertEquals(schedule.size(), rows.length);
			assertEquals("Randomization", rows[0].getText(0));
			assertEquals("done", rows[0].getText(5));
			// month 1 closes 30 + 7 days after the procedure, 37 < 42: overdue; month 3 opens at day 76
			assertEquals("overdue", row(rows, "Month 1").getText(5));
			assertEquals("upcoming", row(rows, "Month 3").getText(5));
			assertEquals(procedure.plusDays(30).toString(), row(rows, "Month 1").getText(2));
			Screens.snapshot(dialog.getShell(), "visit-schedule");
		} finally {
			dialog.close();
			parent.dispose();
		}
	}

	private static TableItem row(TableItem[] rows, String visit) {
		for (TableItem row : rows) {
			if (row.getText(0).equals(visit)) {
				return row;
			}
		}
		throw new AssertionError("no row " + visit);
	}

	private static void visit(Study study, Subject subject, String oid, LocalDate date) {
		Visit visit = ClinicalFactory.eINSTANCE.createVisit();
		visit.setDefinition(study.getVisits().stream().filter(v -> v.getOid().equals(oid)).findFirst().orElseThrow());
		visit.setDate(date);
		visit.setStatus(VisitStatus.DONE);
		subject.getVisits().add(visit);
	}
}
