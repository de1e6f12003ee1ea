package org.trialbench.bench.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import org.trialbench.bench.BenchResult;
import org.trialbench.bench.Goal;
import org.trialbench.bench.Repetitions;
import org.trialbench.bench.Side;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.MissingCode;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Visit;
import org.trialbench.repository.CommitInfo;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;

/**
 * A CRF commit with its audit trail: an investigator corrects {@value #VALUES} item values of one subject's record
 * in one commit with a reason (each repetition another subject of the site, so that every commit is a first
 * correction). The floor batch-inserts, by plain JDBC in the same database, exactly the rows that commit wrote.
 */
final class CrfCommitBench {
	static final int VALUES = 60;

	/** A connection to the store's database that the floor may write twin tables into. */
	interface RawDatabase {
		Connection connect() throws Exception;
	}

	private CrfCommitBench() {
	}

	static BenchResult run(String name, TrialSession investigator, RawDatabase database, Repetitions repetitions)
			throws Exception {
		List<String> candidates = new ArrayList<>();
		String site = investigator.trial().getSites().get(0).getId();
		for (SubjectHeader header : investigator.subjects(SubjectFilter.site(site))) {
			candidates.add(header.id());
		}
		int needed = repetitions.warmups() + repetitions.measured();
		List<Long> commits = new ArrayList<>();
		List<String> subjects = new ArrayList<>();
		Side product = repetitions.measure("product", "values", repetition -> {
			for (;;) {
				if (candidates.isEmpty()) {
					throw new StoreException("the site has fewer than " + needed + " subjects with " + VALUES
							+ " item values; run with more subjects");
				}
				String subjectId = candidates.remove(0);
				try (TrialTransaction transaction = investigator.begin()) {
					Subject subject = transaction.editSubject(subjectId);
					if (correct(subject) < VALUES) {
						continue; // a subject screened recently has fewer values
					}
					CommitInfo info = transaction.commit("benchmark: correction of " + VALUES + " values");
					commits.add(info.commitId());
					subjects.add(subjectId);
					return VALUES;
				}
			}
		});
		long rowsPerCommit;
		List<CommitRows> written = new ArrayList<>();
		try (Connection connection = database.connect()) {
			connection.setAutoCommit(false);
			for (long commit : commits) {
				written.add(CommitRows.of(connection, commit));
			}
			rowsPerCommit = Math.round(written.stream().mapToInt(CommitRows::count).average().orElse(0));
			CommitRows.createTwins(connection);
			Side floor = repetitions.measure("floor", "values", repetition -> {
				written.get(repetition).insert(connection, repetition);
				return VALUES;
			});
			return BenchResult.of(name, product, floor, Goal.timeRatioAtMost(2.0),
					"each commit wrote about " + rowsPerCommit + " rows (changed objects, audit entries, commit log); "
							+ "the floor inserts those same rows in one JDBC batch transaction");
		}
	}

	/** Changes up to {@value #VALUES} entered values of the record to another value of the same kind. */
	static int correct(Subject subject) {
		int changed = 0;
		for (Visit visit : subject.getVisits()) {
			for (FormRecord form : visit.getForms()) {
				for (ItemValue value : form.getItemValues()) {
					if (changed == VALUES) {
						return changed;
					}
					if (value.getDefinition() == null || value.getDefinition().isDerived() || value.getValue() == null
							|| value.getMissingCode() != MissingCode.NONE) {
						continue;
					}
					value.setValue(corrected(value.getValue()));
					changed++;
				}
			}
		}
		return changed;
	}

	/** A number moves by one (keeping its scale); any other text gets a mark. */
	static String corrected(String value) {
		try {
			return new BigDecimal(value).add(BigDecimal.ONE).toPlainString();
		} catch (NumberFormatException e) {
			return value + "*";
		}
	}
}
