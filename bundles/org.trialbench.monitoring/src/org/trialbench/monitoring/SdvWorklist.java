package org.trialbench.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.trialbench.repository.ItemValueHeader;
import org.trialbench.repository.SdvHeaders;
import org.trialbench.repository.VerifiedRecordHeader;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;

/**
 * Builds the SDV worklist of a site (or of every site the user sees) from item value headers, which the store
 * reads without loading whole subject records, so that a site of a 10,000-subject trial loads in seconds.
 */
public final class SdvWorklist {

	private SdvWorklist() {
	}

	public static List<WorklistRow> load(TrialSession session, String siteId, IProgressMonitor monitor)
			throws StoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Loading the SDV worklist", 3);
		// item values and records from one read of the store, so that they agree with each other
		SdvHeaders headers = session.sdvHeaders(siteId);
		progress.worked(2);
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		return withRecords(session, rows(session, headers.itemValues(), progress.split(1)), headers.records());
	}

	/**
	 * The item rows with the consent records and adverse events in place: per subject its consent first, then its
	 * items, then its adverse events (the item rows come in subject order; a stable sort keeps the rest).
	 */
	public static List<WorklistRow> withRecords(TrialSession session, List<WorklistRow> itemRows,
			List<VerifiedRecordHeader> records) {
		SdvSelection plan = new SdvSelection(session.protocol());
		ProtocolNames names = new ProtocolNames(session.protocol(), session.trial());
		List<WorklistRow> all = new ArrayList<>(itemRows.size() + records.size());
		records.stream().filter(r -> r.type().equals(VerifiedRecordHeader.CONSENT))
				.forEach(r -> all.add(row(plan, names, r)));
		all.addAll(itemRows);
		records.stream().filter(r -> r.type().equals(VerifiedRecordHeader.ADVERSE_EVENT))
				.forEach(r -> all.add(row(plan, names, r)));
		all.sort(SUBJECT_ORDER);
		return all;
	}

	/** Site code, then screening number (none as empty). */
	private static final Comparator<WorklistRow> SUBJECT_ORDER = (a, b) -> {
		int site = compare(a.value().siteCode(), b.value().siteCode());
		return site != 0 ? site : compare(a.value().screeningNumber(), b.value().screeningNumber());
	};

	private static int compare(String a, String b) {
		// the rows of one subject share its texts: most comparisons end here
		return a == b ? 0 : nonNull(a).compareTo(nonNull(b));
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

	static WorklistRow row(SdvSelection plan, ProtocolNames names, VerifiedRecordHeader record) {
		boolean consent = record.type().equals(VerifiedRecordHeader.CONSENT);
		ItemValueHeader header = new ItemValueHeader(record.id(), record.subjectId(), record.screeningNumber(),
				record.siteId(), record.siteCode(), null, null, 0, record.date(), record.id(),
				consent ? SdvTarget.CONSENT_FORM : SdvTarget.ADVERSE_EVENT_FORM, null,
				consent ? "version " + (record.description() == null ? "?" : record.description())
						: record.serious() ? "serious" : "not serious",
				null, record.sdvState(), record.verifiedBy(), record.verifiedAt(), record.unresolvedQueries());
		SdvRequirement requirement = plan.requirement(record);
		return new WorklistRow(header, requirement, SdvSelection.effectiveState(record.sdvState(), requirement),
				consent ? "Consent" : "Adverse event", consent ? "Informed consent"
						: record.serious() ? "Serious adverse event" : "Adverse event",
				consent ? "Consent date and version" : record.description() == null ? "(no term)" : record.description(),
				names.user(record.verifiedBy()), consent ? SdvTarget.CONSENT : SdvTarget.ADVERSE_EVENT);
	}

	public static List<WorklistRow> rows(TrialSession session, List<ItemValueHeader> headers, IProgressMonitor monitor) {
		SdvSelection plan = new SdvSelection(session.protocol());
		ProtocolNames names = new ProtocolNames(session.protocol(), session.trial());
		SubMonitor progress = SubMonitor.convert(monitor, headers.size());
		List<WorklistRow> rows = new ArrayList<>(headers.size());
		for (ItemValueHeader header : headers) {
			rows.add(row(plan, names, header));
			if (rows.size() % 10_000 == 0) {
				progress.setWorkRemaining(headers.size() - rows.size());
				progress.worked(10_000);
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
			}
		}
		return rows;
	}

	static WorklistRow row(SdvSelection plan, ProtocolNames names, ItemValueHeader header) {
		SdvRequirement requirement = plan.requirement(header);
		return new WorklistRow(header, requirement, SdvSelection.effectiveState(header.sdvState(), requirement),
				names.visit(header.visitOid(), header.visitOccurrence()), names.of(header.formOid()),
				names.of(header.itemOid()), names.user(header.verifiedBy()));
	}
}
