package org.trialbench.publication;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.trialbench.protocol.Arm;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDataType;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.ProtocolElement;
import org.trialbench.protocol.StratificationFactor;
import org.trialbench.protocol.Stratum;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.VisitDefinition;

/**
 * Every subject of a snapshot as the analysis sees it, with the protocol that names arms, strata, visits and items.
 * Tables and listings are computed from this and nothing else, so the same snapshot always gives the same numbers.
 * <p>
 * Every value is also held in a column per visit and item over {@link #subjects()}, and the numeric ones (items of
 * type integer, decimal or code) as columns of doubles, parsed once when the dataset is made: the tables read
 * them by {@link #numbers(int[], String, String)} and {@link #texts(int[], String, String)} instead of two map
 * look-ups (and a parse) per subject and use.
 */
public final class AnalysisDataset {

	private final Study protocol;
	private final Snapshot snapshot;
	private final List<AnalysisSubject> subjects;
	private final Map<String, String> armNames = new LinkedHashMap<>();
	private final Map<String, String> strataNames = new LinkedHashMap<>();
	/** Visit OID to item OID to the item's numbers over {@link #subjects} (NaN where missing or not a number). */
	private final Map<String, Map<String, double[]>> columns;
	/** Visit OID to item OID to the item's values as recorded over {@link #subjects} (null where missing). */
	private final Map<String, Map<String, String[]>> texts = new HashMap<>();
	/** Each subject's place in {@link #subjects} (by identity; a subject listed twice maps to its last place). */
	private final IdentityHashMap<AnalysisSubject, Integer> places;
	/** OIDs of the protocol's numeric items. */
	private final java.util.Set<String> numericItems = new java.util.HashSet<>();

	public AnalysisDataset(Study protocol, Snapshot snapshot, List<AnalysisSubject> subjects) {
		this.protocol = protocol;
		this.snapshot = snapshot;
		this.subjects = List.copyOf(subjects);
		places = new IdentityHashMap<>(this.subjects.size() * 2);
		for (int i = 0; i < this.subjects.size(); i++) {
			places.put(this.subjects.get(i), i);
		}
		columns = columns(protocol, this.subjects, numericItems, texts);
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

	/** The population's subjects analysed in an arm: by allocation, in the safety population by treatment received. */
	public List<AnalysisSubject> in(Population population, String arm) {
		return in(population).stream().filter(s -> arm.equals(s.armIn(population))).toList();
	}

	/** The places in {@link #subjects()} of some of its subjects, in their order. */
	public int[] places(List<AnalysisSubject> some) {
		int[] result = new int[some.size()];
		for (int i = 0; i < result.length; i++) {
			Integer place = places.get(some.get(i));
			if (place == null) {
				throw new IllegalArgumentException("The subject " + some.get(i).screeningNumber()
						+ " is not in this dataset");
			}
			result[i] = place;
		}
		return result;
	}

	/**
	 * A visit's numeric values of an item for the subjects at these places (see {@link #places(List)}), NaN where
	 * the value is missing or not a number: what {@link AnalysisSubject#number(String, String)} gives, read from
	 * the columns made once with the dataset (items of other types are read from the subjects).
	 */
	public double[] numbers(int[] at, String visitOid, String itemOid) {
		double[] result = new double[at.length];
		Map<String, double[]> visit = columns.get(visitOid);
		double[] column = visit == null ? null : visit.get(itemOid);
		if (column == null && numericItems.contains(itemOid)) {
			Arrays.fill(result, Double.NaN); // a numeric item no subject has at this visit
			return result;
		}
		for (int i = 0; i < at.length; i++) {
			if (column != null) {
				result[i] = column[at[i]];
			} else {
				Double value = subjects.get(at[i]).number(visitOid, itemOid);
				result[i] = value == null ? Double.NaN : value;
			}
		}
		return result;
	}

	/**
	 * A visit's values of an item as recorded for the subjects at these places (see {@link #places(List)}), null
	 * where missing: what {@link AnalysisSubject#value(String, String)} gives, read from the columns.
	 */
	public String[] texts(int[] at, String visitOid, String itemOid) {
		String[] result = new String[at.length];
		Map<String, String[]> visit = texts.get(visitOid);
		String[] column = visit == null ? null : visit.get(itemOid);
		if (column != null) {
			for (int i = 0; i < at.length; i++) {
				result[i] = column[at[i]];
			}
		}
		return result;
	}

	/**
	 * One column per visit and numeric item of the protocol, and one of texts per visit and item recorded: each
	 * subject's value maps are walked once, so the values of all numeric items are parsed in one pass.
	 */
	private static Map<String, Map<String, double[]>> columns(Study protocol, List<AnalysisSubject> subjects,
			java.util.Set<String> numericItems, Map<String, Map<String, String[]>> texts) {
		Map<String, Map<String, double[]>> columns = new HashMap<>();
		for (VisitDefinition visit : protocol.getVisits()) {
			Map<String, double[]> items = new HashMap<>();
			for (FormDefinition form : visit.getForms()) {
				for (ItemDefinition item : form.getItems()) {
					if (numeric(item) && !items.containsKey(item.getOid())) {
						numericItems.add(item.getOid());
						double[] column = new double[subjects.size()];
						Arrays.fill(column, Double.NaN);
						items.put(item.getOid(), column);
					}
				}
			}
			columns.put(visit.getOid(), items);
		}
		for (int i = 0; i < subjects.size(); i++) {
			for (Map.Entry<String, Map<String, String>> visit : subjects.get(i).visits().entrySet()) {
				Map<String, double[]> items = columns.get(visit.getKey());
				Map<String, String[]> textItems = texts.computeIfAbsent(visit.getKey(), k -> new HashMap<>());
				for (Map.Entry<String, String> value : visit.getValue().entrySet()) {
					textItems.computeIfAbsent(value.getKey(), k -> new String[subjects.size()])[i] = value.getValue();
					double[] column = items == null ? null : items.get(value.getKey());
					if (column == null && numericItems.contains(value.getKey())) {
						// a numeric item recorded at a visit whose definition does not list it: a column all the
						// same, so that a visit and item without a column has no value in any subject
						items = columns.computeIfAbsent(visit.getKey(), k -> new HashMap<>());
						column = new double[subjects.size()];
						Arrays.fill(column, Double.NaN);
						items.put(value.getKey(), column);
					}
					if (column != null) {
						column[i] = parse(value.getValue());
					}
				}
			}
		}
		return columns;
	}

	private static boolean numeric(ProtocolElement element) {
		return element instanceof ItemDefinition item && (item.getDataType() == ItemDataType.INTEGER
				|| item.getDataType() == ItemDataType.DECIMAL || item.getDataType() == ItemDataType.CODE);
	}

	/** As {@link AnalysisSubject#number(String, String)}, NaN for null; a code starting with a letter is no number. */
	private static double parse(String text) {
		if (text == null) {
			return Double.NaN;
		}
		String trimmed = text.trim();
		if (trimmed.isEmpty()) {
			return Double.NaN;
		}
		char first = trimmed.charAt(0);
		// codes such as ACH3 or POST would throw; "NaN" and "Infinity" are what Double.valueOf reads
		if (Character.isLetter(first) && first != 'N' && first != 'I') {
			return Double.NaN;
		}
		try {
			return Double.parseDouble(trimmed);
		} catch (NumberFormatException e) {
			return Double.NaN;
		}
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
