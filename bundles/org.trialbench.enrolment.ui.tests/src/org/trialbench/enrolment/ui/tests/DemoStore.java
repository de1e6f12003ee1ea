package org.trialbench.enrolment.ui.tests;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.trialbench.clinical.Sex;
import org.trialbench.clinical.Site;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.enrolment.Enrolment;
import org.trialbench.protocol.EligibilityCriterion;
import org.trialbench.protocol.Stratum;
import org.trialbench.protocol.CriterionKind;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * A real embedded store holding the demo trial's sites and users on the shipped POEM vs BTX protocol, with no
 * subjects: site 01's investigator is inv01, the statistician is statistician, the data manager datamanager.
 */
final class DemoStore implements AutoCloseable {

	final JdbcTrialRepository repository;
	private final java.util.List<TrialSession> sessions = new java.util.ArrayList<>();

	DemoStore(Path directory) throws Exception {
		repository = JdbcTrialRepository.embedded(directory.resolve("store"));
		DemoTrial demo = new DemoTrialGenerator(2, 0, 7).generate(new NullProgressMonitor());
		repository.initialize(demo.trial(), demo.credentials(), demo.reason(), new NullProgressMonitor());
	}

	TrialSession as(String username) throws Exception {
		TrialSession session = repository.localSession(username);
		sessions.add(session);
		return session;
	}

	static Site site(TrialSession session, String code) {
		return session.trial().getSites().stream().filter(s -> s.getCode().equals(code)).findFirst().orElseThrow();
	}

	static Stratum stratum(TrialSession session, String code) {
		return session.protocol().getStratificationFactors().get(0).getStrata().stream()
				.filter(s -> s.getCode().equals(code)).findFirst().orElseThrow();
	}

	/** Every criterion answered so that the subject is eligible: inclusions met, exclusions not. */
	static Map<String, Boolean> allPass(TrialSession session) {
		Map<String, Boolean> answers = new LinkedHashMap<>();
		for (EligibilityCriterion criterion : session.protocol().getEligibilityCriteria()) {
			answers.put(criterion.getCode(), criterion.getKind() != CriterionKind.EXCLUSION);
		}
		return answers;
	}

	/** Screens an eligible subject at site 01 in the stratum; returns its id. */
	static String eligibleSubject(TrialSession investigator, String number, String stratum) throws Exception {
		Enrolment enrolment = new Enrolment(investigator);
		String id = enrolment.screen(new Enrolment.Screening(site(investigator, "01"), number,
				LocalDate.now().minusDays(3), "2.0", LocalDate.of(1968, 4, 2), Sex.FEMALE)).getId();
		enrolment.assess(id, allPass(investigator), stratum(investigator, stratum), null);
		return id;
	}

	@Override
	public void close() {
		sessions.forEach(TrialSession::close);
		repository.close();
	}
}
