package org.trialbench.safety.meddra;

import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.MeddraCoding;

/**
 * A lowest level term with its preferred term and the primary path up to its system organ class, from one
 * dictionary version: what a coded adverse event stores.
 */
public record MeddraPath(String version, MeddraTerm llt, MeddraTerm pt, MeddraTerm hlt, MeddraTerm hlgt,
		MeddraTerm soc) {

	/** A new coding object holding this path; the store assigns its id when it is committed. */
	public MeddraCoding toCoding() {
		MeddraCoding coding = ClinicalFactory.eINSTANCE.createMeddraCoding();
		coding.setDictionaryVersion(version);
		coding.setLltCode(llt.code());
		coding.setLltName(llt.name());
		coding.setPtCode(pt.code());
		coding.setPtName(pt.name());
		coding.setHltCode(hlt.code());
		coding.setHltName(hlt.name());
		coding.setHlgtCode(hlgt.code());
		coding.setHlgtName(hlgt.name());
		coding.setSocCode(soc.code());
		coding.setSocName(soc.name());
		return coding;
	}
}
