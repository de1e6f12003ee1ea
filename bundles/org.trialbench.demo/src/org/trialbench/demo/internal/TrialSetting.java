package org.trialbench.demo.internal;

import java.util.Map;

import org.trialbench.clinical.Site;

/** What every subject's story shares: identifiers, the protocol, the people, the randomization lists. */
record TrialSetting(Ids ids, ProtocolIndex protocol, Staff staff, RandomizationOffice randomization,
		Map<Site, String> manometrySystems, double sdvSampleRate) {
}
