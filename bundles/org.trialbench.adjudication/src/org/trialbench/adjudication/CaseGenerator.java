package org.trialbench.adjudication;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.trialbench.clinical.AdjudicationCase;
import org.trialbench.clinical.AdjudicationStatus;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.clinical.Visit;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.protocol.AdjudicationSettings;
import org.trialbench.protocol.Derivation;
import org.trialbench.protocol.DerivationKind;
import org.trialbench.protocol.Endpoint;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.Study;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;

/**
 * Opens adjudication cases from the protocol's adjudication settings: for every adjudicated endpoint with a time
 * point, one case per randomized subject whose time-point visit is done, and one per suspected treatment failure
 * (a re-intervention before the time point, or before the subject reached it). A case that already exists for the
 * same subject, endpoint and visit is not opened again, so running it twice changes nothing.
 */
public final class CaseGenerator {

	/** What a run did. */
	public record Result(int subjectsChecked, int created, int alreadyOpen) {
	}

	private static final Set<SubjectStatus> NOT_TREATED = Set.of(SubjectStatus.SCREENING, SubjectStatus.SCREEN_FAILED);

	public Result generate(TrialSession session, IProgressMonitor monitor) throws StoreException {
		Study study = session.protocol();
		AdjudicationSettings settings = study.getAdjudicationSettings();
		if (settings == null || settings.getEndpoints().isEmpty()) {
			throw new StoreException("The protocol " + study.getOid() + " names no adjudicated endpoint "
					+ "(adjudicationSettings); no case was opened");
		}
		ItemDefinition[] rescue = rescueItems(study);
		Set<String> existing = new HashSet<>();
		for (AdjudicationCase known : session.adjudicationCases()) {
			existing.add(key(known.getSubject() == null ? null : known.getSubject().getId(),
					known.getEndpoint() == null ? null : known.getEndpoint().getOid(),
					known.getVisit() == null ? null : known.getVisit().getId()));
		}
		List<SubjectHeader> subjects = session.subjects(SubjectFilter.all()).stream()
				.filter(h -> !NOT_TREATED.contains(h.status())).toList();
		SubMonitor progress = SubMonitor.convert(monitor, "Opening adjudication cases", subjects.size() + 1);
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		int created = 0;
		int already = 0;
		try (TrialTransaction tx = session.begin()) {
			for (SubjectHeader header : subjects) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				Optional<Subject> loaded = session.subject(header.id());
				progress.worked(1);
				if (loaded.isEmpty()) {
					continue;
				}
				Subject subject = loaded.get();
				for (Endpoint endpoint : settings.getEndpoints()) {
					for (Visit visit : caseVisits(subject, endpoint, rescue)) {
						String key = key(subject.getId(), endpoint.getOid(), visit.getId());
						if (!existing.add(key)) {
							already++;
							continue;
						}
						AdjudicationCase opened = ClinicalFactory.eINSTANCE.createAdjudicationCase();
						opened.setSubject(subject);
						opened.setEndpoint(endpoint);
						opened.setVisit(visit);
						opened.setStatus(AdjudicationStatus.PENDING);
						opened.setCreatedAt(now);
						tx.addCase(opened);
						created++;
					}
				}
			}
			if (created > 0) {
				tx.commit("Adjudication cases opened from the protocol's adjudication settings");
			}
		}
		progress.done();
		return new Result(subjects.size(), created, already);
	}

	private static String key(String subjectId, String endpointOid, String visitId) {
		return subjectId + "|" + endpointOid + "|" + visitId;
	}

	/** The time-point visit when done, and every visit recording a re-intervention before it. */
	static List<Visit> caseVisits(Subject subject, Endpoint endpoint, ItemDefinition[] rescue) {
		Visit timePoint = null;
		for (Visit visit : subject.getVisits()) {
			if (endpoint.getTimePointVisit() != null && visit.getDefinition() == endpoint.getTimePointVisit()
					&& visit.getStatus() == VisitStatus.DONE) {
				timePoint = visit;
			}
		}
		LocalDate limit = timePoint == null ? null : timePoint.getDate();
		List<Visit> result = new java.util.ArrayList<>();
		for (Visit visit : subject.getVisits()) {
			LocalDate rescued = rescueDate(visit, rescue);
			if (rescued != null && (limit == null || rescued.isBefore(limit)) && visit != timePoint) {
				result.add(visit);
			}
		}
		if (timePoint != null) {
			result.add(timePoint);
		}
		return result;
	}

	private static LocalDate rescueDate(Visit visit, ItemDefinition[] rescue) {
		if (rescue == null) {
			return null;
		}
		for (FormRecord form : visit.getForms()) {
			boolean rescued = false;
			LocalDate date = null;
			for (ItemValue value : form.getItemValues()) {
				if (value.getDefinition() == rescue[0] && "true".equals(value.getValue())) {
					rescued = true;
				} else if (value.getDefinition() == rescue[1] && value.getValue() != null) {
					date = LocalDate.parse(value.getValue());
				}
			}
			if (rescued) {
				return date != null ? date : visit.getDate() != null ? visit.getDate() : LocalDate.MIN;
			}
		}
		return null;
	}

	/** The re-intervention flag and date: the first two inputs of the protocol's time-to-event derivation. */
	static ItemDefinition[] rescueItems(Study study) {
		for (Derivation derivation : study.getDerivations()) {
			if (derivation.getKind() == DerivationKind.TIME_TO_EVENT && derivation.getInputs().size() >= 2) {
				return new ItemDefinition[] { derivation.getInputs().get(0), derivation.getInputs().get(1) };
			}
		}
		return null;
	}
}
