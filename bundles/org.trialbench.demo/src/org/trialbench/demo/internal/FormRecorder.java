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
	/** A hash stream of the plan's documented draw, apart from the sample's own. */
	private static final long SALT = 0x5DB_1705L;

	private final double sampleRate;
	private final SdvSelection plan;

	FormRecorder(Ids ids, Chance chance, QueryDesk queries, User monitor, User principalInvestigator,
			double sampleRate, SdvSelection plan) {
		this.ids = ids;
		this.chance = chance;
		this.queries = queries;
		this.monitor = monitor;
		this.principalInvestigator = principalInvestigator;
		this.sampleRate = sampleRate;
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
		return form;
	}

	/**
	 * The form's status once its content is final (derived values included): complete, in progress, or signed by
	 * the principal investigator, the signature binding exactly what the form then holds.
	 */
	void conclude(FormRecord form, LocalDate date) {
		status(form, date);
	}

	/**
	 * The plan decides what is verified. The demo's random stream is drawn exactly as when it sampled items itself
	 * (that draw, and for a value it drew the visit's outcome), so that every other record of the demo stays the same;
	 * a value the plan requires that the old draw had skipped gets its outcome from a hash of its id instead.
	 */
	private void verify(ItemDefinition item, ItemValue value, LocalDate date, String visitOid, FormRecord form) {
		boolean visited = date.plusDays(45).isBefore(DemoCalendar.DATA_CUTOFF);
		boolean drawnBefore = !item.isDerived() && (item.isCritical() || chance.uniform(0, 1) < sampleRate);
		Boolean pending = null;
		java.time.Instant verifiedAt = null;
		boolean changed = false;
		if (drawnBefore) {
			pending = !visited || chance.percent(12);
			if (!pending) {
				verifiedAt = DemoCalendar.after(date, 20, 90, chance);
				changed = chance.percent(2);
			}
		}
		boolean required = plan.requirement(visitOid, form.getDefinition().getOid(), item.getOid(), form.getId())
				.required();
		if (!required) {
			value.setSdvState(SdvState.NOT_REQUIRED);
			return;
		}
		if (pending == null) {
			String id = value.getId();
			pending = !visited || SdvSelection.draw(SALT, id) < 0.12;
			if (!pending) {
				LocalDate day = date.plusDays(20 + (int) (SdvSelection.draw(SALT + 1, id) * 70));
				verifiedAt = (day.isAfter(DemoCalendar.DATA_CUTOFF) ? DemoCalendar.DATA_CUTOFF : day)
						.atTime(9 + (int) (SdvSelection.draw(SALT + 2, id) * 8), 30).toInstant(java.time.ZoneOffset.UTC);
				changed = SdvSelection.draw(SALT + 3, id) < 0.02;
			}
		}
		if (pending) {
			value.setSdvState(SdvState.PENDING);
			return;
		}
		value.setVerifiedBy(monitor);
		value.setVerifiedAt(verifiedAt);
		value.setSdvState(changed ? SdvState.CHANGED_SINCE_VERIFICATION : SdvState.VERIFIED);
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
		signature.setRecordHash(org.trialbench.enrolment.FormSignOff.recordHash(form));
		form.setSignature(signature);
	}
}
