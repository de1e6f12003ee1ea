package org.trialbench.repository.jdbc.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.SdvState;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.clinical.Visit;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.VisitDefinition;
import org.trialbench.repository.ConflictException;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialRepository;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;
import org.trialbench.repository.jdbc.JdbcTrialRepository;

/**
 * The main class of a child process in the multi-process tests: a second workbench on the same store, outside
 * OSGi. It reports on standard output, one line per event, what it did (READY, COMMIT n, CONFLICT, COMMITTING,
 * COMMITTED n, DONE, FAILED ...).
 *
 * <pre>
 * STORE     h2:FILE, pg:JDBC-URL or epg:FOLDER|BIN (embedded PostgreSQL, with the binaries' bin folder)
 * increment STORE USER SUBJECT ITEM THREADS TIMES   each thread adds 1 to the item TIMES times, retrying conflicts
 * big       STORE USER SITE-CODE SUBJECTS          adds that many subjects in one commit
 * </pre>
 */
public final class StoreProcess {

	private StoreProcess() {
	}

	public static void main(String[] args) {
		try {
			TrialRepository repository;
			if (args[1].startsWith("h2:")) {
				repository = JdbcTrialRepository.embedded(Path.of(args[1].substring(3)));
			} else if (args[1].startsWith("epg:")) {
				String[] folderAndBin = args[1].substring(4).split("\\|");
				repository = JdbcTrialRepository.embeddedPostgres(Path.of(folderAndBin[0]), Path.of(folderAndBin[1]));
			} else {
				repository = JdbcTrialRepository.server(args[1].substring(3), null, null);
			}
			switch (args[0]) {
			case "increment" -> increment(repository, args[2], args[3], args[4], Integer.parseInt(args[5]),
					Integer.parseInt(args[6]));
			case "big" -> big(repository, args[2], args[3], Integer.parseInt(args[4]));
			default -> throw new IllegalArgumentException("unknown mode " + args[0]);
			}
			repository.close(); // the last process on an embedded PostgreSQL store stops its server
			say("DONE");
			System.exit(0);
		} catch (Throwable e) {
			say("FAILED " + e);
			e.printStackTrace(System.out);
			System.exit(1);
		}
	}

	private static synchronized void say(String line) {
		System.out.println(line);
		System.out.flush();
	}

	static TrialSession session(TrialRepository repository, String user) throws Exception {
		return repository.description().kind() == org.trialbench.repository.StoreDescription.Kind.EMBEDDED
				? repository.localSession(user) : repository.login(user, ("secret-" + user).toCharArray());
	}

	/** Read, add one, write: a lost update would show as a final count below the number of commits. */
	static int incrementOnce(TrialSession session, String subjectId, String itemOid, AtomicInteger conflicts)
			throws Exception {
		while (true) {
			try (TrialTransaction tx = session.begin()) {
				ItemValue value = tx.editSubject(subjectId).getVisits().get(0).getForms().stream()
						.flatMap(f -> f.getItemValues().stream())
						.filter(v -> v.getDefinition().getOid().equals(itemOid)).findFirst().orElseThrow();
				value.setValue(Integer.toString(Integer.parseInt(value.getValue()) + 1));
				try {
					return (int) tx.commit("count " + value.getValue()).commitId();
				} catch (ConflictException e) {
					conflicts.incrementAndGet();
				} catch (StoreException e) {
					// another writer stored the very value this one meant to write: the store accepts that as no
					// conflict but saves nothing and says so; for a counter that is a refused increment, so retry
					if (!e.getMessage().startsWith("Nothing to save: the store already holds")) {
						throw e;
					}
					conflicts.incrementAndGet();
				}
			}
		}
	}

	private static void increment(TrialRepository repository, String user, String subjectId, String itemOid,
			int threads, int times) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<?>> futures = new ArrayList<>();
		AtomicInteger conflicts = new AtomicInteger();
		say("READY");
		for (int t = 0; t < threads; t++) {
			TrialSession session = session(repository, user);
			futures.add(pool.submit(() -> {
				for (int i = 0; i < times; i++) {
					say("COMMIT " + incrementOnce(session, subjectId, itemOid, conflicts));
				}
				session.close();
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		pool.shutdown();
		say("CONFLICTS " + conflicts.get());
	}

	private static void big(TrialRepository repository, String user, String siteCode, int count) throws Exception {
		TrialSession session = session(repository, user);
		Site site = session.trial().getSites().stream().filter(s -> s.getCode().equals(siteCode)).findFirst()
				.orElseThrow();
		VisitDefinition month3 = session.protocol().getVisits().get(0);
		FormDefinition eckardt = month3.getForms().get(0);
		try (TrialTransaction tx = session.begin()) {
			for (int n = 0; n < count; n++) {
				Subject subject = ClinicalFactory.eINSTANCE.createSubject();
				subject.setScreeningNumber("BIG-" + n);
				subject.setStatus(SubjectStatus.SCREENING);
				Visit visit = ClinicalFactory.eINSTANCE.createVisit();
				visit.setDefinition(month3);
				visit.setOccurrence(1);
				FormRecord form = ClinicalFactory.eINSTANCE.createFormRecord();
				form.setDefinition(eckardt);
				form.setOccurrence(1);
				for (int i = 0; i < eckardt.getItems().size(); i++) {
					ItemValue value = ClinicalFactory.eINSTANCE.createItemValue();
					value.setDefinition(eckardt.getItems().get(i));
					value.setValue("0");
					value.setSdvState(SdvState.PENDING);
					form.getItemValues().add(value);
				}
				visit.getForms().add(form);
				subject.getVisits().add(visit);
				tx.addSubject(site, subject);
			}
			say("COMMITTING");
			say("COMMITTED " + tx.commit("bulk screening import").commitId());
		}
	}
}
