package org.trialbench.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.trialbench.protocol.Arm;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.ProtocolElement;
import org.trialbench.protocol.StratificationFactor;
import org.trialbench.protocol.Stratum;
import org.trialbench.protocol.Study;

/**
 * Every subject of a snapshot as the analysis sees it, with the protocol that names arms, strata, visits and items.
 * Tables and listings are computed from this and nothing else, so the same snapshot always gives the same numbers.
 */
public final class AnalysisDataset {

	private final Study protocol;
	private final Snapshot snapshot;
	private final List<AnalysisSubject> subjects;
	private final Map<String, String> armNames = new LinkedHashMap<>();
	private final Map<String, String> strataNames = new LinkedHashMap<>();

	public AnalysisDataset(Study protocol, Snapshot snapshot, List<AnalysisSubject> subjects) {
		this.protocol = protocol;
		this.snapshot = snapshot;
		this.subjects = List.copyOf(subjects);
		for (Arm arm : protocol.getArms()) {
			armNames.put(arm.getCode(), arm.getName());
		}
		for (StratificationFactor factor : protocol.getStratificationFactors()) {
			for (Stratum stratum : factor.getStrata()) {
				strataNames.putIfAbsent(stratum.getCode(), stratum.getName());
			}
		}
	}

	public Study protocol() {
		return protocol;
	}

	public Snapshot snapshot() {
		return snapshot;
	}

	public List<AnalysisSubject> subjects() {
		return subjects;
	}

	/** Arm codes in protocol order. */
	public List<String> arms() {
		return List.copyOf(armNames.keySet());
	}

	public String armName(String code) {
		return armNames.getOrDefault(code, code);
	}

	/** Stratum codes in protocol order. */
	public List<String> strata() {
		return List.copyOf(strataNames.keySet());
	}

	public String stratumName(String code) {
		return strataNames.getOrDefault(code, code);
	}

	public List<AnalysisSubject> in(Population population) {
		List<AnalysisSubject> result = new ArrayList<>();
		for (AnalysisSubject s : subjects) {
			if (s.in(population)) {
				result.add(s);
			}
		}
		return result;
	}

	public List<AnalysisSubject> in(Population population, String arm) {
		return in(population).stream().filter(s -> arm.equals(s.arm())).toList();
	}

	/** The protocol element (visit, item) with this OID, or null. */
	public ProtocolElement element(String oid) {
		var it = protocol.eAllContents();
		while (it.hasNext()) {
			if (it.next() instanceof ProtocolElement element && oid.equals(element.getOid())) {
				return element;
			}
		}
		return null;
	}

	public String itemLabel(String oid) {
		ProtocolElement element = element(oid);
		if (element instanceof ItemDefinition item) {
			return item.getUnit() == null || item.getUnit().isBlank() ? item.getName()
					: item.getName() + ", " + item.getUnit();
		}
		return element == null ? oid : element.getName();
	}
}
