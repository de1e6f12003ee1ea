package org.trialbench.repository;

import java.util.List;

/**
 * Everything a site's SDV worklist lists, read together so that both lists describe the same state of the store:
 * the item value headers (as {@link TrialSession#itemValues}) and the consent records and adverse events (as
 * {@link TrialSession#verifiedRecords}).
 */
public record SdvHeaders(List<ItemValueHeader> itemValues, List<VerifiedRecordHeader> records) {

	public SdvHeaders {
		itemValues = List.copyOf(itemValues);
		records = List.copyOf(records);
	}
}
