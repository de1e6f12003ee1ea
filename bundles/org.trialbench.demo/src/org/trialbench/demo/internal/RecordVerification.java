package org.trialbench.demo.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.SdvState;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.User;
import org.trialbench.monitoring.SdvSelection;
import org.trialbench.repository.VerifiedRecordHeader;

/**
 * Verification of the records a monitor checks as a whole, consent and adverse events, as the plan requires them
 * ({@link SdvSelection}): those the plan requires and whose date lies some weeks before the cutoff are mostly
 * verified by the site's monitor. Decided by a hash of each record's id, not by the demo's random stream, so that the
 * rest of the demo is the same trial as without it.
 */
final class RecordVerification {

	/** A separate stream of the plan's documented hash, so that it does not mirror the sample's draw. */
	private static final long SALT = 0x5DB_2026L;

	private final SdvSelection plan;
	private final Staff staff;

	RecordVerification(SdvSelection plan, Staff staff) {
		this.plan = plan;
		this.staff = staff;
	}

	void apply(Iterable<Site> sites) {
		for (Site site : sites) {
			User monitor = staff.monitorOf(site);
			for (Subject subject : site.getSubjects()) {
				if (subject.getConsentDate() != null) {
					VerifiedRecordHeader consent = new VerifiedRecordHeader(subject.getId(),
							VerifiedRecordHeader.CONSENT, subject.getId(), null, null, null, subject.getConsentDate(),
							subject.getConsentVersion(), false, null, null, null, 0);
					SdvState state = state(consent, subject.getConsentDate());
					subject.setSdvState(state);
					if (state == SdvState.VERIFIED) {
						subject.setVerifiedBy(monitor);
						subject.setVerifiedAt(verifiedAt(subject.getId(), subject.getConsentDate()));
					}
				}
				for (AdverseEvent event : subject.getAdverseEvents()) {
					LocalDate known = event.getAwareAt() != null
							? event.getAwareAt().atZone(ZoneOffset.UTC).toLocalDate()
							: event.getOnsetDate();
					VerifiedRecordHeader header = new VerifiedRecordHeader(event.getId(),
							VerifiedRecordHeader.ADVERSE_EVENT, subject.getId(), null, null, null,
							event.getOnsetDate(), event.getVerbatimTerm(), event.isSerious(), null, null, null, 0);
					SdvState state = known == null ? SdvState.PENDING : state(header, known);
					event.setSdvState(state);
					if (state == SdvState.VERIFIED) {
						event.setVerifiedBy(monitor);
						event.setVerifiedAt(verifiedAt(event.getId(), known));
					}
				}
			}
		}
	}

	/** Not required unless the plan requires it; verified when seen at a visit (45 days back) and 88 in 100 times. */
	private SdvState state(VerifiedRecordHeader record, LocalDate date) {
		if (!plan.requirement(record).required()) {
			return SdvState.NOT_REQUIRED;
		}
		boolean visited = date.plusDays(45).isBefore(DemoCalendar.DATA_CUTOFF);
		return visited && SdvSelection.draw(SALT, record.id()) < 0.88 ? SdvState.VERIFIED : SdvState.PENDING;
	}

	/** 20 to 90 days after the date, never after the cutoff, at a working hour. */
	private static java.time.Instant verifiedAt(String id, LocalDate date) {
		int days = 20 + (int) (SdvSelection.draw(SALT + 1, id) * 70);
		LocalDate day = date.plusDays(days);
		if (day.isAfter(DemoCalendar.DATA_CUTOFF)) {
			day = DemoCalendar.DATA_CUTOFF;
		}
		return day.atTime(9 + (int) (SdvSelection.draw(SALT + 2, id) * 8), 15).toInstant(ZoneOffset.UTC);
	}
}
