package org.trialbench.publication;

import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_DAYS_TO_RESCUE;
import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_END_DATE;
import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_END_REASON;
import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_RESCUE_CENSORED;
import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_RESCUE_TYPE;
import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_END_STATUS;
import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_RESCUE;
import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_RESCUE_DATE;
import static org.trialbench.protocol.poembtx.PoemBtxOids.VISIT_END_OF_STUDY;
import static org.trialbench.protocol.poembtx.PoemBtxOids.VISIT_PROCEDURE;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.AeOutcome;
import org.trialbench.clinical.Allocation;
import org.trialbench.clinical.ClinicalPackage;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.MeddraCoding;
import org.trialbench.clinical.MissingCode;
import org.trialbench.clinical.ScreenFailCategory;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.clinical.Visit;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.model.status.SubjectStatuses;
import org.trialbench.protocol.Arm;
import org.trialbench.protocol.Endpoint;
import org.trialbench.protocol.EndpointKind;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.ProtocolElement;
import org.trialbench.protocol.Stratum;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.VisitDefinition;
import org.trialbench.protocol.VisitKind;
import org.trialbench.repository.StoredObject;
import org.trialbench.repository.SubjectObjects;

/**
 * Derives {@link AnalysisSubject}s from clinical records. The primary outcome follows the protocol's primary
 * endpoint: its item (Eckardt success) at its time-point visit, and failure when a rescue treatment came before
 * that visit (or before the primary time point when the visit is missing); otherwise missing.
 */
public final class AnalysisRecords {

	private final String primaryVisit;
	private final String primaryItem;
	private final int primaryDays;
	/** The protocol's elements by OID, as a store resolves its references (a later element of an OID wins). */
	private final Map<String, EObject> protocolIndex = new HashMap<>();

	public AnalysisRecords(Study protocol) {
		Endpoint primary = protocol.getEndpoints().stream().filter(e -> e.getKind() == EndpointKind.PRIMARY)
				.findFirst().orElseThrow(() -> new IllegalArgumentException(
						"The protocol " + protocol.getOid() + " defines no primary endpoint"));
		if (primary.getTimePointVisit() == null || primary.getItem() == null) {
			throw new IllegalArgumentException("The primary endpoint " + primary.getOid()
					+ " needs a time-point visit and an item to be analysed");
		}
		primaryVisit = primary.getTimePointVisit().getOid();
		primaryItem = primary.getItem().getOid();
		primaryDays = protocol.getPrimaryTimePointDays();
		protocolIndex.put(protocol.getOid(), protocol);
		protocol.eAllContents().forEachRemaining(object -> {
			if (object instanceof ProtocolElement element && element.getOid() != null) {
				protocolIndex.put(element.getOid(), element);
			}
		});
	}

	public String primaryVisit() {
		return primaryVisit;
	}

	public AnalysisSubject of(Subject subject) {
		return read(subject).subject();
	}

	/** A subject derived, and whether the reader was denied its allocation (randomized, no allocation seen). */
	record Derived(AnalysisSubject subject, boolean allocationHidden) {
	}

	/** The subject of a whole record (EMF objects). */
	Derived read(Subject subject) {
		List<DoneVisit> visits = new ArrayList<>();
		for (Visit visit : subject.getVisits()) {
			if (visit.getStatus() != VisitStatus.DONE || visit.getDefinition() == null) {
				continue;
			}
			String oid = visit.getDefinition().getOid();
			Map<String, String> values = new HashMap<>();
			Set<String> arms = new TreeSet<>();
			for (FormRecord form : visit.getForms()) {
				String arm = form.getDefinition() == null || form.getDefinition().getArm() == null ? null
						: form.getDefinition().getArm().getCode();
				for (ItemValue value : form.getItemValues()) {
					if (recorded(value.getValue(), value.getMissingCode())) {
						if (value.getDefinition() != null) {
							values.putIfAbsent(value.getDefinition().getOid(), value.getValue());
						}
						if (arm != null) {
							arms.add(arm);
						}
					}
				}
			}
			visits.add(new DoneVisit(oid, visit.getDate(), visit.getDefinition().getKind() == VisitKind.PROCEDURE,
					values, arms));
		}
		List<AnalysisEvent> events = new ArrayList<>();
		for (AdverseEvent ae : subject.getAdverseEvents()) {
			MeddraCoding coding = ae.getCoding();
			events.add(event(coding == null ? null : coding.getSocName(), coding == null ? null : coding.getPtName(),
					ae.getVerbatimTerm(), ae.getCtcaeGrade(), ae.isSerious(), ae.getOutcome(),
					ae.isTreatmentEmergent(), ae.getOnsetDate()));
		}
		Allocation allocation = subject.getAllocation();
		return derive(new Facts(subject.getId(), subject.getScreeningNumber(),
				subject.getSite() == null ? null : subject.getSite().getCode(), subject.getStatus(),
				subject.getScreenFailCategory(), subject.getScreenFailReason(),
				subject.getStratum() == null ? null : subject.getStratum().getCode(), subject.getWithdrawalDate(),
				subject.getWithdrawalReason(), allocation != null,
				allocation == null || allocation.getArm() == null ? null : allocation.getArm().getCode(),
				allocation == null ? null : allocation.getRandomizationNumber(),
				allocation == null ? null : allocation.getReceivedAllocatedIntervention(),
				allocation == null ? null : allocation.getNotReceivedReason(), visits, events));
	}

	/** The classes of the stored objects {@link #read(SubjectObjects, Map)} reads. */
	static final Set<String> TYPES = Set.of(ClinicalPackage.Literals.SUBJECT.getName(),
			ClinicalPackage.Literals.ALLOCATION.getName(), ClinicalPackage.Literals.VISIT.getName(),
			ClinicalPackage.Literals.FORM_RECORD.getName(), ClinicalPackage.Literals.ITEM_VALUE.getName(),
			ClinicalPackage.Literals.ADVERSE_EVENT.getName(), ClinicalPackage.Literals.MEDDRA_CODING.getName());

	private static final Features SUBJECT = new Features(ClinicalPackage.Literals.SUBJECT__SCREENING_NUMBER,
			ClinicalPackage.Literals.SUBJECT__STATUS, ClinicalPackage.Literals.SUBJECT__SCREEN_FAIL_CATEGORY,
			ClinicalPackage.Literals.SUBJECT__SCREEN_FAIL_REASON, ClinicalPackage.Literals.SUBJECT__STRATUM,
			ClinicalPackage.Literals.SUBJECT__WITHDRAWAL_DATE, ClinicalPackage.Literals.SUBJECT__WITHDRAWAL_REASON);
	private static final Features ALLOCATION = new Features(ClinicalPackage.Literals.ALLOCATION__ARM,
			ClinicalPackage.Literals.ALLOCATION__RANDOMIZATION_NUMBER,
			ClinicalPackage.Literals.ALLOCATION__RECEIVED_ALLOCATED_INTERVENTION,
			ClinicalPackage.Literals.ALLOCATION__NOT_RECEIVED_REASON);
	private static final Features VISIT = new Features(ClinicalPackage.Literals.VISIT__DEFINITION,
			ClinicalPackage.Literals.VISIT__DATE, ClinicalPackage.Literals.VISIT__STATUS);
	private static final Features FORM = new Features(ClinicalPackage.Literals.FORM_RECORD__DEFINITION);
	private static final Features VALUE = new Features(ClinicalPackage.Literals.ITEM_VALUE__DEFINITION,
			ClinicalPackage.Literals.ITEM_VALUE__VALUE, ClinicalPackage.Literals.ITEM_VALUE__MISSING_CODE);
	private static final Features EVENT = new Features(ClinicalPackage.Literals.ADVERSE_EVENT__VERBATIM_TERM,
			ClinicalPackage.Literals.ADVERSE_EVENT__CTCAE_GRADE, ClinicalPackage.Literals.ADVERSE_EVENT__SERIOUS,
			ClinicalPackage.Literals.ADVERSE_EVENT__OUTCOME, ClinicalPackage.Literals.ADVERSE_EVENT__ONSET_DATE);
	private static final Features CODING = new Features(ClinicalPackage.Literals.MEDDRA_CODING__SOC_NAME,
			ClinicalPackage.Literals.MEDDRA_CODING__PT_NAME);

	/**
	 * Features of a class the analysis reads, with their names and their values when not set (read once here: EMF
	 * works a feature's default out when first asked, and the reads run on several threads).
	 */
	private record Features(List<EStructuralFeature> list, List<String> names, List<Optional<Object>> defaults) {
		Features(EStructuralFeature... features) {
			this(List.of(features), Arrays.stream(features).map(EStructuralFeature::getName).toList(),
					Arrays.stream(features).map(f -> Optional.ofNullable(f.getDefaultValue())).toList());
		}
	}

	/**
	 * The subject of a record's stored objects (see {@link org.trialbench.repository.TrialSession#readSubjectObjects}), as {@link #read(Subject)}
	 * derives it from the objects a store builds of the same texts: children hang in their parent's feature in
	 * stored order, a single child's last one wins, and references resolve against the protocol by OID and type.
	 * Only reads what it shares (may run on several threads at once).
	 *
	 * @param siteCodes the trial's site codes by site id
	 */
	Derived read(SubjectObjects record, Map<String, String> siteCodes) {
		// only objects reached from the subject count: one whose parent is not among them is never reached
		List<StoredObject> ordered = new ArrayList<>(record.objects());
		ordered.sort(Comparator.comparingInt(StoredObject::ordinal));
		Map<String, List<StoredObject>> children = new HashMap<>();
		StoredObject subject = null;
		for (StoredObject object : ordered) {
			if (object.id().equals(record.subjectId())) {
				subject = object;
			} else if (object.parentId() != null && object.containerFeature() != null) {
				children.computeIfAbsent(object.parentId(), k -> new ArrayList<>(4)).add(object);
			}
		}
		Object[] own = values(subject, SUBJECT);
		List<DoneVisit> visits = new ArrayList<>();
		for (StoredObject visit : children(children, subject, ClinicalPackage.Literals.SUBJECT__VISITS)) {
			Object[] features = values(visit, VISIT);
			if (features[2] != VisitStatus.DONE || !(features[0] instanceof VisitDefinition definition)) {
				continue;
			}
			Map<String, String> values = new HashMap<>();
			Set<String> arms = new TreeSet<>();
			for (StoredObject form : children(children, visit, ClinicalPackage.Literals.VISIT__FORMS)) {
				String arm = values(form, FORM)[0] instanceof FormDefinition formDefinition
						&& formDefinition.getArm() != null ? formDefinition.getArm().getCode() : null;
				for (StoredObject value : children(children, form, ClinicalPackage.Literals.FORM_RECORD__ITEM_VALUES)) {
					Object[] item = values(value, VALUE);
					if (recorded((String) item[1], (MissingCode) item[2])) {
						if (item[0] instanceof ItemDefinition itemDefinition) {
							values.putIfAbsent(itemDefinition.getOid(), (String) item[1]);
						}
						if (arm != null) {
							arms.add(arm);
						}
					}
				}
			}
			visits.add(new DoneVisit(definition.getOid(), (LocalDate) features[1],
					definition.getKind() == VisitKind.PROCEDURE, values, arms));
		}
		List<AnalysisEvent> events = new ArrayList<>();
		for (StoredObject ae : children(children, subject, ClinicalPackage.Literals.SUBJECT__ADVERSE_EVENTS)) {
			Object[] event = values(ae, EVENT);
			List<StoredObject> codings = children(children, ae, ClinicalPackage.Literals.ADVERSE_EVENT__CODING);
			Object[] coding = codings.isEmpty() ? new Object[2] : values(codings.get(codings.size() - 1), CODING);
			LocalDate onset = (LocalDate) event[4];
			// as AdverseEvent.isTreatmentEmergent: onset on or after the date of a procedure visit done
			boolean emergent = onset != null && visits.stream()
					.anyMatch(visit -> visit.procedure() && visit.date() != null && !onset.isBefore(visit.date()));
			events.add(event((String) coding[0], (String) coding[1], (String) event[0], (Integer) event[1],
					(Boolean) event[2], (AeOutcome) event[3], emergent, onset));
		}
		List<StoredObject> allocations = children(children, subject, ClinicalPackage.Literals.SUBJECT__ALLOCATION);
		Object[] allocation = allocations.isEmpty() ? null : values(allocations.get(allocations.size() - 1), ALLOCATION);
		return derive(new Facts(record.subjectId(), (String) own[0], siteCodes.get(record.siteId()),
				(SubjectStatus) own[1], (ScreenFailCategory) own[2], (String) own[3],
				own[4] instanceof Stratum stratum ? stratum.getCode() : null, (LocalDate) own[5], (String) own[6],
				allocation != null, allocation != null && allocation[0] instanceof Arm arm ? arm.getCode() : null,
				allocation == null ? null : (String) allocation[1], allocation == null ? null : (Boolean) allocation[2],
				allocation == null ? null : (String) allocation[3], visits, events));
	}

	/** The parent's children held in that feature, in stored order. */
	private static List<StoredObject> children(Map<String, List<StoredObject>> children, StoredObject parent,
			EReference feature) {
		List<StoredObject> result = new ArrayList<>();
		for (StoredObject child : children.getOrDefault(parent.id(), List.of())) {
			if (feature.getName().equals(child.containerFeature())) {
				result.add(child);
			}
		}
		return result;
	}

	/**
	 * The features' values as the store's objects would hold them: an attribute's text converted by its data type
	 * (its default when not set), a reference resolved to the protocol element of that OID and type (else null).
	 */
	private Object[] values(StoredObject object, Features features) {
		String[] texts = object.features(features.names());
		Object[] values = new Object[texts.length];
		for (int i = 0; i < values.length; i++) {
			EStructuralFeature feature = features.list().get(i);
			Object value = null;
			if (texts[i] != null) {
				value = feature instanceof EAttribute attribute
						? EcoreUtil.createFromString(attribute.getEAttributeType(), texts[i])
						: resolve((EReference) feature, texts[i]);
			}
			values[i] = value == null && feature instanceof EAttribute ? features.defaults().get(i).orElse(null) : value;
		}
		return values;
	}

	private EObject resolve(EReference reference, String oid) {
		EObject element = protocolIndex.get(oid);
		return element != null && reference.getEReferenceType().isInstance(element) ? element : null;
	}

	/** A value that counts: recorded, and not marked missing. */
	private static boolean recorded(String value, MissingCode missing) {
		return value != null && (missing == null || missing == MissingCode.NONE);
	}

	private static AnalysisEvent event(String socName, String ptName, String verbatim, Integer grade,
			boolean serious, AeOutcome outcome, boolean treatmentEmergent, LocalDate onset) {
		String soc = socName != null ? socName : "Not yet coded";
		String pt = ptName != null ? ptName : (verbatim == null ? "(no term)" : verbatim);
		return new AnalysisEvent(soc, pt, verbatim, grade, serious,
				outcome == AeOutcome.FATAL || Integer.valueOf(5).equals(grade), treatmentEmergent, onset);
	}

	/**
	 * A visit done whose definition is known: the first value recorded of each item, and the codes of the arms
	 * whose arm-specific forms (the POEM or the BTX procedure form) hold a value there.
	 */
	private record DoneVisit(String oid, LocalDate date, boolean procedure, Map<String, String> values,
			Set<String> arms) {
	}

	/** What the analysis reads of a subject's record, read from objects or from stored texts alike. */
	private record Facts(String id, String screeningNumber, String siteCode, SubjectStatus status,
			ScreenFailCategory screenFailCategory, String screenFailReason, String stratum, LocalDate withdrawalDate,
			String withdrawalReason, boolean allocated, String arm, String randomizationNumber,
			Boolean receivedAllocated, String notReceivedReason, List<DoneVisit> visits, List<AnalysisEvent> events) {
	}

	private Derived derive(Facts subject) {
		Map<String, Map<String, String>> visits = new HashMap<>();
		LocalDate firstRescue = null;
		String rescueType = null;
		LocalDate lastSeen = null;
		LocalDate procedureDate = null;
		boolean procedureDone = false;
		LocalDate primaryDate = null;
		Set<String> procedureArms = new TreeSet<>();
		for (DoneVisit visit : subject.visits()) {
			String oid = visit.oid();
			Map<String, String> values = visit.values();
			if ("true".equals(values.get(ITEM_RESCUE))) {
				LocalDate rescue = date(values.get(ITEM_RESCUE_DATE));
				rescue = rescue != null ? rescue : visit.date();
				if (rescue != null && (firstRescue == null || rescue.isBefore(firstRescue))) {
					firstRescue = rescue;
					rescueType = values.get(ITEM_RESCUE_TYPE);
				}
			}
			if (visit.date() != null && (lastSeen == null || visit.date().isAfter(lastSeen))) {
				lastSeen = visit.date();
			}
			if (oid.equals(VISIT_PROCEDURE)) {
				procedureDone = true;
				procedureDate = visit.date();
				// the procedure the subject actually received, whatever the allocation
				procedureArms.addAll(visit.arms());
			}
			if (oid.equals(primaryVisit) && primaryDate == null) {
				primaryDate = visit.date();
			}
			// scheduled visits once (the first done occurrence); unscheduled ones only count for rescues
			visits.putIfAbsent(oid, values);
		}
		Boolean success = primary(visits.get(primaryVisit), primaryDate, procedureDate, firstRescue);
		Map<String, String> end = visits.getOrDefault(VISIT_END_OF_STUDY, Map.of());
		TimeToRescue time = timeToRescue(end, procedureDate, firstRescue, rescueType, lastSeen);
		String treated = !procedureDone ? null
				: procedureArms.size() == 1 ? procedureArms.iterator().next()
						: Boolean.TRUE.equals(subject.receivedAllocated()) ? subject.arm() : null;
		return new Derived(new AnalysisSubject(subject.id(), subject.screeningNumber(), subject.siteCode(),
				subject.status(), subject.screenFailCategory(), subject.screenFailReason(), subject.arm(),
				subject.stratum(), subject.receivedAllocated(), subject.notReceivedReason(), procedureDone,
				subject.withdrawalDate(), end.get(ITEM_END_STATUS),
				end.getOrDefault(ITEM_END_REASON, subject.withdrawalReason()), Map.copyOf(visits), success,
				firstRescue, List.copyOf(subject.events()), subject.randomizationNumber(), time, treated),
				!subject.allocated() && SubjectStatuses.everRandomized(subject.status()));
	}

	/**
	 * The protocol's derived time (D.TTR and D.TTR.CENSORED on the end-of-study form) when the subject has ended
	 * the study; before that, the same rule applied to what is known: days from the procedure to the first
	 * re-intervention, else censored at the last visit done.
	 */
	private static TimeToRescue timeToRescue(Map<String, String> end, LocalDate procedure, LocalDate rescue,
			String rescueType, LocalDate lastSeen) {
		String rescueReason = "re-intervention" + (rescueType == null ? "" : " (" + rescueType + ")");
		Long derivedDays = whole(end.get(ITEM_DAYS_TO_RESCUE));
		String derivedCensored = end.get(ITEM_RESCUE_CENSORED);
		if (derivedDays != null && derivedDays >= 0 && derivedCensored != null) {
			boolean censored = Boolean.parseBoolean(derivedCensored.trim());
			return new TimeToRescue(derivedDays, !censored, censored
					? "end of study (" + end.getOrDefault(ITEM_END_STATUS, "status not recorded") + ")"
					: rescueReason);
		}
		if (procedure == null) {
			return null;
		}
		if (rescue != null && !rescue.isBefore(procedure)) {
			return new TimeToRescue(ChronoUnit.DAYS.between(procedure, rescue), true, rescueReason);
		}
		LocalDate censorAt = date(end.get(ITEM_END_DATE));
		String reason = "end of study (" + end.getOrDefault(ITEM_END_STATUS, "status not recorded") + ")";
		if (censorAt == null) {
			censorAt = lastSeen;
			reason = "in follow-up at the snapshot (last visit done)";
		}
		if (censorAt == null || censorAt.isBefore(procedure)) {
			return null;
		}
		return new TimeToRescue(ChronoUnit.DAYS.between(procedure, censorAt), false, reason);
	}

	private static Long whole(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Math.round(Double.parseDouble(text.trim()));
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private Boolean primary(Map<String, String> atTimePoint, LocalDate visitDate, LocalDate procedure,
			LocalDate rescue) {
		LocalDate cutoff = visitDate != null ? visitDate
				: procedure != null ? procedure.plusDays(primaryDays) : null;
		if (rescue != null && (cutoff == null || !rescue.isAfter(cutoff))) {
			return Boolean.FALSE;
		}
		String value = atTimePoint == null ? null : atTimePoint.get(primaryItem);
		if (value == null) {
			return null;
		}
		return Boolean.valueOf(value.trim());
	}

	private static LocalDate date(String text) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
