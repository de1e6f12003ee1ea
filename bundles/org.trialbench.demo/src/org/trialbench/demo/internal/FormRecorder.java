package org.trialbench.demo.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.FormStatus;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.MissingCode;
import org.trialbench.clinical.SdvState;
import org.trialbench.clinical.Signature;
import org.trialbench.clinical.SignatureMeaning;
import org.trialbench.clinical.User;
import org.trialbench.clinical.Visit;
import org.trialbench.monitoring.SdvSelection;
import org.trialbench.protocol.ItemDefinition;

/**
 * Turns a form's answers into a form record with item values, as a site would have entered them by the data cutoff:
 * recent forms may still be in progress, older ones are often signed by the principal investigator. Source data
 * verification follows the protocol's plan exactly as the monitoring worklist applies it ({@link SdvSelection}:
 * every critical item and whole forms drawn at the plan's rate), verified some weeks after the visit; a few values
 * changed after verification.
 */
final class FormRecorder {
	private static final ClinicalFactory FACTORY = ClinicalFactory.eINSTANCE;
	/** A few queries arise on any value, besides those the data themselves call for. */
	private static final double RANDOM_QUERY_PERCENT = 0.35;

	private final Ids ids;
	private final Chance chance;
	private final QueryDesk queries;
	private final User monitor;
	private final User principalInvestigator;
	private final SdvSelection plan;

	FormRecorder(Ids ids, Chance chance, QueryDesk queries, User monitor, User principalInvestigator,
			SdvSelection plan) {
		this.ids = ids;
		this.chance = chance;
		this.queries = queries;
		this.monitor = monitor;
		this.principalInvestigator = principalInvestigator;
		this.plan = plan;
	}

	FormRecord record(Visit visit, FormValues values, LocalDate date) {
		FormRecord form = ids.assign(FACTORY.createFormRecord());
		form.setDefinition(values.form());
		visit.getForms().add(form);
		for (ItemDefinition item : values.items()) {
			FormValues.Entry entry = values.entry(item.getOid());
			if (entry == null) {
				throw new IllegalStateException("The demo left item " + item.getOid() + " of form "
						+ values.form().getOid() + " without a value or missing code");
			}
			ItemValue value = ids.assign(FACTORY.createItemValue());
			value.setDefinition(item);
			value.setValue(entry.value());
			if (entry.missing() != MissingCode.NONE) {
				value.setMissingCode(entry.missing());
			}
			verify(item, value, date, visit.getDefinition().getOid(), form);
			form.getItemValues().add(value);
			if (entry.queryText() != null) {
				queries.raise(value, date, entry.queryText());
			} else if (!item.isDerived() && chance.percent(RANDOM_QUERY_PERCENT)) {
				queries.raise(value, date, queries.genericText());
			}
		}
		status(form, date);
		return form;
	}

	private void verify(ItemDefinition item, ItemValue value, LocalDate date, String visitOid, FormRecord form) {
		if (!item.isDerived() && !item.isCritical()) {
			chance.uniform(0, 1); // drawn as before, so that the rest of the demo stays the same random trial
		}
		boolean selected = plan.requirement(visitOid, form.getDefinition().getOid(), item.getOid(), form.getId())
				.required();
		if (!selected) {
			value.setSdvState(SdvState.NOT_REQUIRED);
			return;
		}
		boolean visited = date.plusDays(45).isBefore(DemoCalendar.DATA_CUTOFF);
		if (!visited || chance.percent(12)) {
			value.setSdvState(SdvState.PENDING);
			return;
		}
		value.setVerifiedBy(monitor);
		value.setVerifiedAt(DemoCalendar.after(date, 20, 90, chance));
		value.setSdvState(chance.percent(2) ? SdvState.CHANGED_SINCE_VERIFICATION : SdvState.VERIFIED);
	}

	private void status(FormRecord form, LocalDate date) {
		long age = ChronoUnit.DAYS.between(date, DemoCalendar.DATA_CUTOFF);
		if (age < 21) {
			form.setStatus(chance.percent(40) ? FormStatus.IN_PROGRESS : FormStatus.COMPLETE);
			return;
		}
		if (!chance.percent(60)) {
			form.setStatus(FormStatus.COMPLETE);
			return;
		}
		form.setStatus(FormStatus.SIGNED);
		Signature signature = ids.assign(FACTORY.createSignature());
		signature.setSigner(principalInvestigator);
		signature.setSignerName(principalInvestigator.getFullName());
		signature.setMeaning(SignatureMeaning.RESPONSIBILITY);
		signature.setSignedAt(DemoCalendar.after(date, 2, 20, chance));
		signature.setRecordHash(RecordHash.of(form));
		form.setSignature(signature);
	}
}
