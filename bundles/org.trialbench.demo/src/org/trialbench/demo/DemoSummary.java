package org.trialbench.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Query;
import org.trialbench.clinical.QueryStatus;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.clinical.Trial;
import org.trialbench.clinical.Visit;
import org.trialbench.protocol.Arm;

/**
 * What a trial holds, counted: the figures {@code ./trialbench demo} prints. Counts subjects by status, randomized
 * subjects by arm (in protocol order), adverse events, queries by status and the records underneath.
 */
public record DemoSummary(int sites, int users, int subjects, Map<SubjectStatus, Integer> subjectsByStatus,
		int randomized, Map<String, Integer> randomizedByArm, int adverseEvents, int seriousAdverseEvents,
		Map<QueryStatus, Integer> queriesByStatus, int adjudicationCases, int visits, int forms, int itemValues) {

	public static DemoSummary of(Trial trial) {
		Map<SubjectStatus, Integer> byStatus = new EnumMap<>(SubjectStatus.class);
		Map<String, Integer> byArm = new LinkedHashMap<>();
		for (Arm arm : trial.getProtocol().getArms()) {
			byArm.put(arm.getCode(), 0);
		}
		Map<QueryStatus, Integer> queries = new EnumMap<>(QueryStatus.class);
		int subjects = 0, randomized = 0, events = 0, serious = 0, visits = 0, forms = 0, values = 0;
		for (Site site : trial.getSites()) {
			for (Subject subject : site.getSubjects()) {
				subjects++;
				byStatus.merge(subject.getStatus(), 1, Integer::sum);
				if (subject.getAllocation() != null) {
					randomized++;
					byArm.merge(subject.getAllocation().getArm().getCode(), 1, Integer::sum);
				}
				for (AdverseEvent event : subject.getAdverseEvents()) {
					events++;
					serious += event.isSerious() ? 1 : 0;
					count(event.getQueries(), queries);
				}
				for (Visit visit : subject.getVisits()) {
					visits++;
					for (FormRecord form : visit.getForms()) {
						forms++;
						for (ItemValue value : form.getItemValues()) {
							values++;
							count(value.getQueries(), queries);
						}
					}
				}
			}
		}
		return new DemoSummary(trial.getSites().size(), trial.getUsers().size(), subjects,
				Collections.unmodifiableMap(byStatus), randomized, Collections.unmodifiableMap(byArm), events,
				serious, Collections.unmodifiableMap(queries), trial.getAdjudicationCases().size(), visits, forms,
				values);
	}

	private static void count(List<Query> list, Map<QueryStatus, Integer> queries) {
		for (Query query : list) {
			queries.merge(query.getStatus(), 1, Integer::sum);
		}
	}

	public int subjects(SubjectStatus status) {
		return subjectsByStatus.getOrDefault(status, 0);
	}

	public int queries() {
		return queriesByStatus.values().stream().mapToInt(Integer::intValue).sum();
	}

	public int queries(QueryStatus status) {
		return queriesByStatus.getOrDefault(status, 0);
	}

	/** The summary as printed, one figure per line. */
	public List<String> lines() {
		List<String> lines = new ArrayList<>();
		lines.add("sites: " + sites);
		lines.add("users: " + users);
		lines.add("subjects screened: " + subjects + " (screen failures " + subjects(SubjectStatus.SCREEN_FAILED)
				+ ", still in screening " + subjects(SubjectStatus.SCREENING) + ")");
		StringBuilder arms = new StringBuilder();
		randomizedByArm.forEach((arm, count) -> arms.append(arms.isEmpty() ? "" : ", ").append(arm).append(' ')
				.append(count));
		lines.add("randomized: " + randomized + " (" + arms + ")");
		lines.add("follow-up: " + subjects(SubjectStatus.RANDOMIZED) + " ongoing, " + subjects(SubjectStatus.COMPLETED)
				+ " completed, " + subjects(SubjectStatus.WITHDRAWN) + " withdrawn, "
				+ subjects(SubjectStatus.LOST_TO_FOLLOW_UP) + " lost to follow-up");
		lines.add("adverse events: " + adverseEvents + " (serious " + seriousAdverseEvents + ")");
		lines.add("queries: " + queries() + " (open " + queries(QueryStatus.OPEN) + ", answered "
				+ queries(QueryStatus.ANSWERED) + ", reopened " + queries(QueryStatus.REOPENED) + ", closed "
				+ queries(QueryStatus.CLOSED) + ")");
		lines.add("adjudication cases: " + adjudicationCases);
		lines.add("records: " + visits + " visits, " + forms + " forms, " + itemValues + " item values");
		return lines;
	}
}
