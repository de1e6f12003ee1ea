package org.trialbench.monitoring;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.trialbench.clinical.SdvState;
import org.trialbench.protocol.CriticalCategory;
import org.trialbench.protocol.EligibilityCriterion;
import org.trialbench.protocol.Endpoint;
import org.trialbench.protocol.EndpointKind;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.SdvPlan;
import org.trialbench.protocol.StratificationFactor;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.VisitDefinition;
import org.trialbench.protocol.VisitKind;
import org.trialbench.repository.ItemValueHeader;
import org.trialbench.repository.VerifiedRecordHeader;

/**
 * The protocol's risk-based SDV plan (ICH E6(R3)) applied to item values. Critical data are verified in full:
 * items the protocol marks critical, and the items of the plan's critical categories (eligibility: the items the
 * criteria refer to; randomization: stratification items and the randomization visit's forms; primary endpoint:
 * every item of the endpoint's form at its time-point visit; withdrawal: the end-of-study visit's forms). Of the
 * other typed items a sample is verified: whole form records, so that a monitor checks a page against its source,
 * drawn by a hash of the plan's seed and the form record's id. The draw depends on nothing else (not on order,
 * time or who asks), so everyone always gets the same sample, and a higher rate keeps every form a lower rate drew.
 *
 * <p>Consent and adverse events are records, not CRF items: a subject's consent record is critical when the plan
 * names consent, a serious adverse event when it names serious adverse events; other adverse events are drawn by
 * the same hash of the event's id. They are on the worklist as {@link SdvTarget}s.</p>
 */
public final class SdvSelection {

	/** The rate used when the protocol has no SDV plan. */
	public static final double DEFAULT_RATE = 0.2;

	private final double rate;
	private final long seed;
	private final Set<CriticalCategory> categories;
	private final Map<String, ItemDefinition> items = new HashMap<>();
	/** Critical category of an item anywhere, by item OID. */
	private final Map<String, CriticalCategory> itemCategories = new HashMap<>();
	/** Critical category of every item of a form in a visit, by visit OID and form OID. */
	private final Map<String, Map<String, CriticalCategory>> formInVisitCategories = new HashMap<>();
	/**
	 * The form record drawn last: callers go through a form's item values one after another, which share the draw
	 * (one SHA-256 per form record instead of one per value). Immutable, so threads sharing the plan stay safe.
	 */
	private volatile Draw lastDraw;

	private record Draw(String formRecordId, boolean drawn) {
	}

	public SdvSelection(Study study) {
		this(study, study.getSdvPlan() == null ? DEFAULT_RATE : study.getSdvPlan().getDefaultSampleRate());
	}

	/** The protocol's plan at another sample rate (0..1), e.g. to see what a change of the rate would mean. */
	public SdvSelection(Study study, double rate) {
		if (!(rate >= 0 && rate <= 1)) {
			throw new IllegalArgumentException("The SDV sample rate must be between 0 and 1, not " + rate);
		}
		SdvPlan plan = study.getSdvPlan();
		this.rate = rate;
		this.seed = plan == null ? 0 : plan.getSeed();
		this.categories = plan == null || plan.getCriticalCategories().isEmpty()
				? EnumSet.noneOf(CriticalCategory.class)
				: EnumSet.copyOf(plan.getCriticalCategories());
		for (FormDefinition form : study.getForms()) {
			form.getItems().forEach(item -> items.put(item.getOid(), item));
		}
		if (categories.contains(CriticalCategory.ELIGIBILITY)) {
			for (EligibilityCriterion criterion : study.getEligibilityCriteria()) {
				if (criterion.getItem() != null) {
					itemCategories.putIfAbsent(criterion.getItem().getOid(), CriticalCategory.ELIGIBILITY);
				}
			}
		}
		if (categories.contains(CriticalCategory.RANDOMIZATION)) {
			for (StratificationFactor factor : study.getStratificationFactors()) {
				if (factor.getItem() != null) {
					itemCategories.putIfAbsent(factor.getItem().getOid(), CriticalCategory.RANDOMIZATION);
				}
			}
			visitsOfKind(study, VisitKind.RANDOMIZATION, CriticalCategory.RANDOMIZATION);
		}
		if (categories.contains(CriticalCategory.PRIMARY_ENDPOINT)) {
			for (Endpoint endpoint : study.getEndpoints()) {
				if (endpoint.getKind() != EndpointKind.PRIMARY || endpoint.getItem() == null
						|| endpoint.getTimePointVisit() == null) {
					continue;
				}
				for (FormDefinition form : endpoint.getTimePointVisit().getForms()) {
					if (form.getItems().contains(endpoint.getItem())) {
						formsOf(endpoint.getTimePointVisit().getOid()).put(form.getOid(),
								CriticalCategory.PRIMARY_ENDPOINT);
					}
				}
			}
		}
		if (categories.contains(CriticalCategory.WITHDRAWAL)) {
			visitsOfKind(study, VisitKind.END_OF_STUDY, CriticalCategory.WITHDRAWAL);
		}
	}

	private Map<String, CriticalCategory> formsOf(String visitOid) {
		return formInVisitCategories.computeIfAbsent(visitOid, v -> new HashMap<>());
	}

	private void visitsOfKind(Study study, VisitKind kind, CriticalCategory category) {
		for (VisitDefinition visit : study.getVisits()) {
			if (visit.getKind() == kind) {
				visit.getForms().forEach(form -> formsOf(visit.getOid()).putIfAbsent(form.getOid(), category));
			}
		}
	}

	public double rate() {
		return rate;
	}

	public long seed() {
		return seed;
	}

	/** The critical categories as words, for people: "consent, eligibility, primary endpoint". */
	public String categoriesInWords() {
		return categories().stream().map(c -> c.getLiteral().replaceAll("([a-z])([A-Z])", "$1 $2")
				.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.joining(", "));
	}

	/** The plan's critical categories. */
	public Set<CriticalCategory> categories() {
		return EnumSet.copyOf(categories.isEmpty() ? EnumSet.noneOf(CriticalCategory.class) : categories);
	}

	/** What the plan requires of the item value. */
	public SdvRequirement requirement(ItemValueHeader value) {
		return requirement(value.visitOid(), value.formOid(), value.itemOid(), value.formId());
	}

	public SdvRequirement requirement(String visitOid, String formOid, String itemOid, String formRecordId) {
		ItemDefinition item = items.get(itemOid);
		if (item != null && item.isDerived()) {
			return SdvRequirement.DERIVED;
		}
		Map<String, CriticalCategory> forms = formInVisitCategories.get(visitOid);
		CriticalCategory category = forms == null ? null : forms.get(formOid);
		if (category == null) {
			category = itemCategories.get(itemOid);
		}
		if (category != null) {
			return SdvRequirement.critical(category);
		}
		if (item != null && item.isCritical()) {
			return SdvRequirement.critical(null);
		}
		return drawn(formRecordId) ? SdvRequirement.SAMPLED : SdvRequirement.NOT_SAMPLED;
	}

	/** What the plan requires of a consent record or an adverse event. */
	public SdvRequirement requirement(VerifiedRecordHeader record) {
		if (record.type().equals(VerifiedRecordHeader.CONSENT) && categories.contains(CriticalCategory.CONSENT)) {
			return SdvRequirement.critical(CriticalCategory.CONSENT);
		}
		if (record.type().equals(VerifiedRecordHeader.ADVERSE_EVENT) && record.serious()
				&& categories.contains(CriticalCategory.SERIOUS_ADVERSE_EVENTS)) {
			return SdvRequirement.critical(CriticalCategory.SERIOUS_ADVERSE_EVENTS);
		}
		return drawn(record.id()) ? SdvRequirement.SAMPLED : SdvRequirement.NOT_SAMPLED;
	}

	/** The state a worklist shows of a consent record or an adverse event (as for an item value). */
	public SdvState effectiveState(VerifiedRecordHeader record) {
		return effectiveState(record.sdvState(), requirement(record));
	}

	/** Whether the sample draws the form record: its draw (uniform in [0, 1)) falls below the rate. */
	public boolean drawn(String formRecordId) {
		Draw last = lastDraw;
		if (last != null && last.formRecordId().equals(formRecordId)) {
			return last.drawn();
		}
		boolean drawn = draw(seed, formRecordId) < rate;
		lastDraw = new Draw(formRecordId, drawn);
		return drawn;
	}

	/**
	 * The form record's draw: the first 64 bits of SHA-256("seed:formRecordId") as an unsigned fraction of 2^64,
	 * uniform in [0, 1). Documented so that anyone can re-draw the sample independently.
	 */
	public static double draw(long seed, String formRecordId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
					.digest((seed + ":" + formRecordId).getBytes(StandardCharsets.UTF_8));
			long bits = ByteBuffer.wrap(digest, 0, 8).getLong() >>> 11; // 53 bits: exact in a double
			return bits / (double) (1L << 53);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	/**
	 * The state a worklist shows: verification done (verified, or changed since) is what the store holds; before
	 * that, the plan decides whether the value waits for verification or needs none.
	 */
	public SdvState effectiveState(ItemValueHeader value) {
		return effectiveState(value.sdvState(), requirement(value));
	}

	/** The state a worklist shows of a value or record with this stored state and this requirement. */
	public static SdvState effectiveState(SdvState stored, SdvRequirement requirement) {
		if (stored == SdvState.VERIFIED || stored == SdvState.CHANGED_SINCE_VERIFICATION) {
			return stored;
		}
		return requirement.required() ? SdvState.PENDING : SdvState.NOT_REQUIRED;
	}

	/** Items of the protocol per critical category (for the plan's description). */
	public Map<CriticalCategory, Set<String>> criticalItems() {
		Map<CriticalCategory, Set<String>> result = new EnumMap<>(CriticalCategory.class);
		itemCategories.forEach((item, category) -> result.computeIfAbsent(category, c -> new HashSet<>()).add(item));
		formInVisitCategories.forEach((visit, forms) -> forms.forEach(
				(form, category) -> result.computeIfAbsent(category, c -> new HashSet<>()).add(visit + "/" + form)));
		return result;
	}
}
