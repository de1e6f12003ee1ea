package org.trialbench.demo.internal;

import static org.trialbench.protocol.poembtx.PoemBtxOids.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;

import org.trialbench.clinical.Allocation;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.EligibilityAnswer;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.MissingCode;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.clinical.User;
import org.trialbench.clinical.Visit;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.model.derivation.Derivations;
import org.trialbench.protocol.Arm;
import org.trialbench.protocol.EligibilityCriterion;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.Stratum;
import org.trialbench.protocol.VisitDefinition;

/**
 * One subject from consent to the data cutoff: screening (and possibly screen failure), randomization, the
 * procedure, follow-up visits around their targets (some late, some missed), rescue treatments, and how the
 * subject leaves the study. Everything is drawn from the subject's own stream so that subjects are independent.
 */
final class SubjectStory {
	private static final ClinicalFactory FACTORY = ClinicalFactory.eINSTANCE;
	/** Derived values come from the protocol's derivations, as the workbench computes them; never drawn. */
	private static final Derivations DERIVATIONS = new Derivations();
	private static final String[] FOLLOW_UPS = { VISIT_MONTH_1, VISIT_MONTH_3, VISIT_MONTH_6, VISIT_MONTH_12 };

	/** How a randomized subject's participation ends, if it ends before the 12-month visit. */
	private enum Fate {
		CONTINUES, WITHDRAWS, LOST, DIES
	}

	private final TrialSetting setting;
	private final ProtocolIndex protocol;
	private final Site site;
	private final Chance chance;
	private final Subject subject;
	private final Assessments assessments;
	private final QueryDesk queries;
	private final FormRecorder forms;
	private Patient patient;
	private int unscheduled;
	/** The last day the site saw or heard from the subject. */
	private LocalDate lastContact;

	SubjectStory(TrialSetting setting, Site site, Chance chance) {
		this.setting = setting;
		this.protocol = setting.protocol();
		this.site = site;
		this.chance = chance;
		this.subject = setting.ids().assign(FACTORY.createSubject());
		this.assessments = new Assessments(chance);
		this.queries = new QueryDesk(setting.ids(), chance, setting.staff().monitorOf(site),
				setting.staff().dataManager(), setting.staff().investigatorsOf(site));
		this.forms = new FormRecorder(setting.ids(), chance, queries, setting.staff().monitorOf(site),
				setting.staff().principalInvestigatorOf(site), setting.sdvSampleRate(),
				new org.trialbench.monitoring.SdvSelection(protocol.study()));
	}

	Subject write(String screeningNumber, LocalDate consent, boolean stillScreening) {
		patient = Patient.draw(chance, consent, stillScreening);
		subject.setScreeningNumber(screeningNumber);
		site.getSubjects().add(subject);
		subject.setSex(patient.sex);
		subject.setBirthDate(patient.birthDate);
		subject.setConsentDate(consent);
		subject.setConsentVersion(consent.isBefore(DemoCalendar.AMENDMENT) ? "1.0" : "1.1");
		subject.setStatus(SubjectStatus.SCREENING);
		lastContact = consent;

		if (stillScreening) {
			Visit visit = visit(VISIT_SCREENING, consent, VisitStatus.DONE);
			record(visit, FORM_DEMOGRAPHICS, consent, v -> assessments.demographics(v, patient));
			record(visit, FORM_ECKARDT, consent, v -> assessments.eckardt(v, patient.baselineEckardt));
			record(visit, FORM_CHEST_PAIN, consent, v -> assessments.chestPain(v, patient.baselineEckardt[2]));
			return subject;
		}
		LocalDate decision = consent.plusDays(chance.between(7, 27));
		screening(consent, decision);
		if (patient.screening == Patient.Screening.FAILED) {
			subject.setStatus(SubjectStatus.SCREEN_FAILED);
			subject.setScreenFailCategory(patient.failCategory);
			subject.setScreenFailReason(patient.failReason);
			return subject;
		}
		Allocation allocation = randomize(decision);
		treatAndFollow(allocation, decision);
		return subject;
	}

	// ------------------------------------------------------------------------------------------ screening

	private void screening(LocalDate consent, LocalDate decision) {
		Visit visit = visit(VISIT_SCREENING, consent, VisitStatus.DONE);
		LocalDate manometry = consent.plusDays(chance.between(0, 6));
		LocalDate endoscopy = consent.plusDays(chance.between(0, 6));
		LocalDate barium = consent.plusDays(chance.between(0, 6));
		boolean reflux = chance.percent(12);
		for (FormDefinition form : protocol.visit(VISIT_SCREENING).getForms()) {
			record(visit, form.getOid(), consent, v -> {
				switch (form.getOid()) {
				case FORM_DEMOGRAPHICS -> assessments.demographics(v, patient);
				case FORM_ELIGIBILITY -> assessments.eligibility(v, patient);
				case FORM_BASELINE -> assessments.baseline(v, patient, endoscopy);
				case FORM_HRM -> assessments.manometry(v, manometry, setting.manometrySystems().get(site),
						patient.chicago);
				case FORM_BARIUM -> assessments.barium(v, barium, patient.chicago, false);
				case FORM_ECKARDT -> assessments.eckardt(v, patient.baselineEckardt);
				case FORM_CHEST_PAIN -> assessments.chestPain(v, patient.baselineEckardt[2]);
				case FORM_QUALITY_OF_LIFE -> assessments.qualityOfLife(v, patient.baselineTotal());
				case FORM_REFLUX -> assessments.reflux(v, reflux, 100, 15);
				default -> throw new IllegalStateException("The demo cannot fill screening form " + form.getOid());
				}
			});
		}
		for (EligibilityCriterion criterion : protocol.study().getEligibilityCriteria()) {
			EligibilityAnswer answer = setting.ids().assign(FACTORY.createEligibilityAnswer());
			answer.setCriterion(criterion);
			answer.setMet(patient.meets(criterion.getOid()));
			if (criterion.getOid().equals(patient.failedCriterion)) {
				answer.setComment(patient.failReason);
			}
			subject.getEligibilityAnswers().add(answer);
		}
		lastContact = decision;
	}

	// ------------------------------------------------------------------------------------------ randomization

	private Allocation randomize(LocalDate date) {
		Stratum stratum = protocol.stratum(FACTOR_DIAGNOSIS, patient.chicago);
		List<User> investigators = setting.staff().investigatorsOf(site);
		Allocation allocation = setting.randomization().allocate(site, stratum, date, chance.pick(investigators),
				chance);
		subject.setAllocation(allocation);
		subject.setStratum(stratum);
		subject.setEnrolmentDate(date);
		subject.setStatus(SubjectStatus.RANDOMIZED);
		Visit visit = visit(VISIT_RANDOMIZATION, date, VisitStatus.DONE);
		record(visit, FORM_RANDOMIZATION, date, v -> assessments.randomization(v, patient.chicago));
		return allocation;
	}

	// ------------------------------------------------------------------------------------------ procedure, follow-up

	private void treatAndFollow(Allocation allocation, LocalDate randomized) {
		Arm arm = allocation.getArm();
		boolean poem = arm.getOid().equals(ARM_POEM);
		if (chance.percent(1.5)) {
			LocalDate date = randomized.plusDays(chance.between(3, 20));
			if (DemoCalendar.isPast(date)) {
				allocation.setReceivedAllocatedIntervention(Boolean.FALSE);
				allocation.setNotReceivedReason("Withdrew consent before the procedure");
				leave(date, "WITHDRAWN", "Withdrew consent before the procedure", date, SubjectStatus.WITHDRAWN);
				return;
			}
		}
		VisitDefinition procedureDefinition = protocol.visit(VISIT_PROCEDURE);
		LocalDate procedure = scheduled(procedureDefinition, randomized);
		if (!DemoCalendar.isPast(procedure)) {
			visit(VISIT_PROCEDURE, randomized.plusDays(procedureDefinition.getTargetDay()), VisitStatus.PLANNED);
			return;
		}
		boolean completed = !(poem && chance.percent(2));
		Visit procedureVisit = visit(VISIT_PROCEDURE, procedure, VisitStatus.DONE);
		for (FormDefinition form : procedureDefinition.getForms()) {
			if (form.getArm() == null || form.getArm() == arm) {
				record(procedureVisit, form.getOid(), procedure, v -> {
					if (form.getOid().equals(FORM_PROCEDURE_POEM)) {
						assessments.poem(v, patient.chicago, completed);
					} else {
						assessments.botulinumToxin(v);
					}
				});
			}
		}
		allocation.setReceivedAllocatedIntervention(completed);
		if (!completed) {
			allocation.setNotReceivedReason("Myotomy could not be completed (submucosal fibrosis)");
		}
		followUp(arm, poem, procedure);
	}

	private void followUp(Arm arm, boolean poem, LocalDate procedure) {
		SymptomCourse course = new SymptomCourse(chance, arm.getOid(), patient.chicago, patient.baselineEckardt);
		boolean refluxAfterwards = chance.percent(poem ? 30 : 10);
		Fate fate = chance.weighted(new double[] { 92.1, 4, 3.5, 0.4 }, Fate.CONTINUES, Fate.WITHDRAWS, Fate.LOST,
				Fate.DIES);
		LocalDate leaves = fate == Fate.WITHDRAWS || fate == Fate.DIES ? procedure.plusDays(chance.between(20, 400))
				: null;
		int lostAfter = fate == Fate.LOST ? chance.between(0, 2) : Integer.MAX_VALUE;

		LocalDate previous = procedure;
		boolean rescuePending = false;
		LocalDate reportedRescue = null;
		String reportedType = null;
		boolean ongoing = false;
		LocalDate lastMissedTarget = null;
		Visit twelveMonths = null;
		for (int i = 0; i < FOLLOW_UPS.length; i++) {
			VisitDefinition definition = protocol.visit(FOLLOW_UPS[i]);
			LocalDate target = procedure.plusDays(definition.getTargetDay());
			LocalDate date = scheduled(definition, procedure);
			boolean reached = (leaves == null || !date.isAfter(leaves)) && DemoCalendar.isPast(date);
			boolean rescuedNow = false;
			if (rescuePending) {
				// rescue happens between the previous visit and this one (or some weeks on, if this one never comes)
				LocalDate rescue = reached ? previous.plusDays(chance.between(3, (int) ChronoUnit.DAYS.between(
						previous, date) - 3)) : previous.plusDays(chance.between(14, 45));
				// a subject lost to follow-up may have been treated elsewhere, but the site never learns of it
				boolean known = DemoCalendar.isPast(rescue) && (leaves == null || !rescue.isAfter(leaves))
						&& i <= lostAfter;
				if (known) {
					String type = assessments.rescueType(poem);
					rescuedNow = true;
					if (!reached || chance.percent(50)) {
						unscheduledVisit(course, procedure, rescue, rescue, type);
					} else {
						reportedRescue = rescue;
						reportedType = type;
					}
					course.rescued(ChronoUnit.DAYS.between(procedure, rescue));
				}
				rescuePending = false;
			}
			if (!reached) {
				ongoing = leaves == null || leaves.isAfter(DemoCalendar.DATA_CUTOFF);
				if (ongoing) {
					for (int j = i; j < FOLLOW_UPS.length; j++) {
						visit(FOLLOW_UPS[j], procedure.plusDays(protocol.visit(FOLLOW_UPS[j]).getTargetDay()),
								VisitStatus.PLANNED);
					}
				}
				break;
			}
			if (i > lostAfter || i < 3 && chance.percent(4)) {
				visit(FOLLOW_UPS[i], null, VisitStatus.MISSED);
				lastMissedTarget = target;
				previous = date;
				continue;
			}
			if (!rescuedNow && chance.percent(3) && ChronoUnit.DAYS.between(previous, date) > 20) {
				// an extra visit for symptoms, without a rescue
				LocalDate extra = previous.plusDays(chance.between(10, (int) ChronoUnit.DAYS.between(previous, date)
						- 10));
				unscheduledVisit(course, procedure, extra, null, null);
			}
			long day = ChronoUnit.DAYS.between(procedure, date);
			int[] eckardt = course.eckardtOn(day);
			boolean responding = course.respondingOn(day);
			Visit visit = followUpVisit(FOLLOW_UPS[i], date, eckardt, responding, poem, refluxAfterwards,
					reportedRescue, reportedType);
			if (i == 3) {
				twelveMonths = visit;
			}
			reportedRescue = null;
			previous = date;
			if (!responding && !course.isRescued() && i < 3) {
				rescuePending = chance.percent(course.rescuePercent(i == 0));
			}
		}
		if (ongoing) {
			adverseEvents(arm, procedure, DemoCalendar.DATA_CUTOFF, null);
			return;
		}
		if (twelveMonths != null) {
			fate = Fate.CONTINUES; // leaving after the last visit is the normal end of the study
		}
		switch (fate) {
		case CONTINUES -> {
			if (twelveMonths != null) {
				leave(twelveMonths.getDate(), "COMPLETED", null, twelveMonths.getDate(),
						SubjectStatus.COMPLETED);
			}
			adverseEvents(arm, procedure, twelveMonths == null ? DemoCalendar.DATA_CUTOFF : twelveMonths.getDate(),
					null);
		}
		case WITHDRAWS -> {
			boolean byInvestigator = chance.percent(25);
			String reason = byInvestigator
					? chance.pick("Started another trial's treatment", "Protocol non-compliance")
					: chance.pick("Withdrew consent: follow-up visits too burdensome",
							"Withdrew consent: moved abroad", "Withdrew consent: no reason given");
			leave(leaves, byInvestigator ? "INVESTIGATOR" : "WITHDRAWN", reason, leaves,
					SubjectStatus.WITHDRAWN);
			adverseEvents(arm, procedure, leaves, null);
		}
		case DIES -> {
			leave(leaves, "DIED", "Died (see the fatal serious adverse event)", leaves,
					SubjectStatus.WITHDRAWN);
			adverseEvents(arm, procedure, leaves, leaves);
		}
		case LOST -> {
			LocalDate contact = lastContact;
			LocalDate declared = lastMissedTarget == null ? null : lastMissedTarget.plusDays(60);
			if (declared != null && DemoCalendar.isPast(declared)) {
				leave(declared, "LOST", "No contact after three attempts by phone and letter", contact,
						SubjectStatus.LOST_TO_FOLLOW_UP);
			}
			adverseEvents(arm, procedure, contact, null);
		}
		}
	}

	private Visit followUpVisit(String definitionOid, LocalDate date, int[] eckardt, boolean responding,
			boolean poem, boolean refluxAfterwards, LocalDate rescue, String rescueType) {
		Visit visit = visit(definitionOid, date, VisitStatus.DONE);
		int total = eckardt[0] + eckardt[1] + eckardt[2] + eckardt[3];
		boolean sixMonths = definitionOid.equals(VISIT_MONTH_6);
		boolean manometryDone = chance.percent(85);
		boolean bariumDone = chance.percent(85);
		String chicago = assessments.followUpChicago(patient.chicago, poem, responding);
		for (FormDefinition form : protocol.visit(definitionOid).getForms()) {
			record(visit, form.getOid(), date, v -> {
				switch (form.getOid()) {
				case FORM_ECKARDT -> assessments.eckardt(v, eckardt);
				case FORM_CHEST_PAIN -> assessments.chestPain(v, eckardt[2]);
				case FORM_QUALITY_OF_LIFE -> assessments.qualityOfLife(v, total);
				case FORM_HRM -> {
					if (manometryDone) {
						assessments.manometry(v, date, setting.manometrySystems().get(site), chicago);
					} else {
						allMissing(v, MissingCode.NOT_DONE);
					}
				}
				case FORM_BARIUM -> {
					if (bariumDone) {
						assessments.barium(v, date, patient.chicago, responding);
					} else {
						allMissing(v, MissingCode.NOT_DONE);
					}
				}
				case FORM_REFLUX -> assessments.reflux(v, refluxAfterwards, sixMonths ? 85 : 30, sixMonths ? 55 : 8);
				case FORM_REINTERVENTION -> assessments.reintervention(v, rescue, rescueType);
				default -> throw new IllegalStateException("The demo cannot fill form " + form.getOid());
				}
			});
		}
		return visit;
	}

	/** A visit between scheduled ones: on the day of a rescue treatment, or for symptoms. */
	private void unscheduledVisit(SymptomCourse course, LocalDate procedure, LocalDate date, LocalDate rescue,
			String rescueType) {
		int[] eckardt = course.eckardtOn(ChronoUnit.DAYS.between(procedure, date));
		Visit visit = visit(VISIT_UNSCHEDULED, date, VisitStatus.DONE);
		visit.setOccurrence(++unscheduled);
		for (FormDefinition form : protocol.visit(VISIT_UNSCHEDULED).getForms()) {
			record(visit, form.getOid(), date, v -> {
				switch (form.getOid()) {
				case FORM_ECKARDT -> assessments.eckardt(v, eckardt);
				case FORM_CHEST_PAIN -> assessments.chestPain(v, eckardt[2]);
				case FORM_REINTERVENTION -> assessments.reintervention(v, rescue, rescueType);
				default -> throw new IllegalStateException("The demo cannot fill form " + form.getOid());
				}
			});
		}
	}

	/** The end-of-study visit; the status and reason are codes and text of the end-of-study form. */
	private void leave(LocalDate date, String status, String reason, LocalDate lastDate,
			SubjectStatus subjectStatus) {
		Visit visit = visit(VISIT_END_OF_STUDY, date, VisitStatus.DONE);
		record(visit, FORM_END_OF_STUDY, date, v -> assessments.endOfStudy(v, status, lastDate, reason));
		subject.setStatus(subjectStatus);
		if (subjectStatus != SubjectStatus.COMPLETED) {
			subject.setWithdrawalDate(date);
			subject.setWithdrawalReason(reason);
		}
	}

	private void adverseEvents(Arm arm, LocalDate procedure, LocalDate lastDay, LocalDate death) {
		AdverseEventRecorder recorder = new AdverseEventRecorder(setting.ids(), chance, protocol, queries);
		LocalDate last = DemoCalendar.min(lastDay, DemoCalendar.DATA_CUTOFF);
		recorder.record(subject, arm, procedure, death == null ? last : death.minusDays(1));
		if (death != null) {
			recorder.death(subject, arm, procedure, death);
		}
	}

	// ------------------------------------------------------------------------------------------ recording

	/** A date for a scheduled visit: near the target, a few outside the window (mostly late). */
	private LocalDate scheduled(VisitDefinition definition, LocalDate anchor) {
		LocalDate target = anchor.plusDays(definition.getTargetDay());
		int before = definition.getWindowBeforeDays();
		int after = definition.getWindowAfterDays();
		double sd = Math.max(1, (before + after) / 5.0);
		LocalDate date = target.plusDays(Math.round(chance.normal(0, sd, -before, after)));
		if (chance.percent(6)) {
			date = chance.percent(80) ? target.plusDays(after + chance.between(1, Math.max(1, after / 2)))
					: target.minusDays(before + chance.between(1, Math.max(1, before / 2)));
		}
		// never on or before the anchor itself (a procedure on the day of randomization, a visit on the procedure day)
		return date.isAfter(anchor) ? date : anchor.plusDays(1);
	}

	private Visit visit(String definitionOid, LocalDate date, VisitStatus status) {
		Visit visit = setting.ids().assign(FACTORY.createVisit());
		visit.setDefinition(protocol.visit(definitionOid));
		visit.setDate(date);
		visit.setStatus(status);
		subject.getVisits().add(visit);
		if (status == VisitStatus.DONE && date.isAfter(lastContact)) {
			lastContact = date;
		}
		return visit;
	}

	private FormRecord record(Visit visit, String formOid, LocalDate date,
			Consumer<FormValues> content) {
		FormValues values = new FormValues(protocol.form(formOid));
		content.accept(values);
		for (ItemDefinition item : values.items()) {
			if (item.isDerived()) {
				values.missing(item.getOid(), MissingCode.NOT_DONE); // until derived from the stored record below
			}
		}
		FormRecord record = forms.record(visit, values, date);
		DERIVATIONS.apply(record, setting.ids()::next);
		forms.conclude(record, date); // signed after derivation: the signature covers the derived values too
		return record;
	}

	private static void allMissing(FormValues values, MissingCode code) {
		for (ItemDefinition item : values.items()) {
			values.missing(item.getOid(), code);
		}
	}
}
