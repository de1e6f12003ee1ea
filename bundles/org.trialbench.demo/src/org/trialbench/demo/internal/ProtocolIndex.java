package org.trialbench.demo.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.trialbench.protocol.Arm;
import org.trialbench.protocol.EligibilityCriterion;
import org.trialbench.protocol.ExpectedEvent;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.ProtocolElement;
import org.trialbench.protocol.ReferenceSafetyInformation;
import org.trialbench.protocol.StratificationFactor;
import org.trialbench.protocol.Stratum;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.VisitDefinition;

/** The protocol elements the generator needs, by OID; fails early and by name when the protocol lacks one. */
final class ProtocolIndex {
	private final Study study;
	private final Map<String, ProtocolElement> byOid = new HashMap<>();

	ProtocolIndex(Study study) {
		this.study = study;
		byOid.put(study.getOid(), study);
		for (TreeIterator<EObject> it = study.eAllContents(); it.hasNext();) {
			if (it.next() instanceof ProtocolElement element) {
				byOid.put(element.getOid(), element);
			}
		}
	}

	Study study() {
		return study;
	}

	<T extends ProtocolElement> T get(String oid, Class<T> type) {
		ProtocolElement element = byOid.get(oid);
		if (!type.isInstance(element)) {
			throw new IllegalArgumentException("The protocol " + study.getOid() + " has no " + type.getSimpleName()
					+ " " + oid + "; the demo trial needs the POEM vs BTX protocol");
		}
		return type.cast(element);
	}

	ItemDefinition item(String oid) {
		return get(oid, ItemDefinition.class);
	}

	FormDefinition form(String oid) {
		return get(oid, FormDefinition.class);
	}

	VisitDefinition visit(String oid) {
		return get(oid, VisitDefinition.class);
	}

	Arm arm(String oid) {
		return get(oid, Arm.class);
	}

	EligibilityCriterion criterion(String oid) {
		return get(oid, EligibilityCriterion.class);
	}

	/** The stratum whose item value is the given code of the stratification factor's item. */
	Stratum stratum(String factorOid, String code) {
		for (Stratum stratum : get(factorOid, StratificationFactor.class).getStrata()) {
			if (code.equals(stratum.getItemValue())) {
				return stratum;
			}
		}
		throw new IllegalArgumentException("No stratum of " + factorOid + " has the value " + code);
	}

	/** Whether the reference safety information lists the term for the arm (or for every arm). */
	boolean isExpected(String term, Arm arm) {
		ReferenceSafetyInformation rsi = study.getAdverseEventSettings() == null ? null
				: study.getAdverseEventSettings().getReferenceSafetyInformation();
		if (rsi == null) {
			return false;
		}
		String wanted = term.toLowerCase(Locale.ROOT);
		for (ExpectedEvent event : rsi.getExpectedEvents()) {
			if (event.getTerm() != null && event.getTerm().toLowerCase(Locale.ROOT).equals(wanted)
					&& (event.getArm() == null || event.getArm() == arm)) {
				return true;
			}
		}
		return false;
	}
}
