package org.trialbench.monitoring;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.trialbench.repository.ItemValueHeader;
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
		SubMonitor progress = SubMonitor.convert(monitor, "Loading the SDV worklist", 2);
		List<ItemValueHeader> headers = session.itemValues(siteId, null);
		progress.worked(1);
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		return rows(session, headers, progress.split(1));
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
		return new WorklistRow(header, plan.requirement(header), plan.effectiveState(header),
				names.visit(header.visitOid(), header.visitOccurrence()), names.of(header.formOid()),
				names.of(header.itemOid()), names.user(header.verifiedBy()));
	}
}
