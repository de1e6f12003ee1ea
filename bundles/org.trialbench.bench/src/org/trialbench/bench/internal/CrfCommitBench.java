package org.trialbench.bench.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import org.trialbench.bench.BenchResult;
import org.trialbench.bench.Goal;
import org.trialbench.bench.Repetitions;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.MissingCode;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Visit;
import org.trialbench.protocol.CodeList;
import org.trialbench.protocol.CodeListItem;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;

/**
 * A CRF commit with its audit trail: an investigator corrects {@value #VALUES} item values of one subject's record
 * in one commit with a reason (each repetition another subject of the site, so that every commit is a first
 * correction). The floor batch-inserts, by plain JDBC in the same database, exactly the rows that commit wrote, into
 * copies of the store's tables (see {@link CommitRows}). As at a site, the signatures of the subject's signed forms
 * are withdrawn first by the site's principal investigator, in a commit of its own before the clock starts (the
 * store refuses a change under a standing signature).
 */
final class CrfCommitBench {
	static final int VALUES = 60;

	/** A connection to the store's database that the floor may write twin tables into. */
	interface RawDatabase {
		Connection connect() throws Exception;
	}

	/** A session of another user of the same store. */
	interface Login {
		TrialSession as(String username) throws Exception;
	}

	private CrfCommitBench() {
	}

	static BenchResult run(String name, TrialSession investigator, Login login, RawDatabase database,
			Repetitions repetitions) throws Exception {
		List<String> candidates = new ArrayList<>();
		org.trialbench.clinical.Site site = investigator.trial().getSites().get(0);
		for (SubjectHeader header : investigator.subjects(SubjectFilter.site(site.getId()))) {
			candidates.add(header.id());
		}
		int needed = repetitions.warmups() + repetitions.measured();
		List<Long> commits = new ArrayList<>();
		if (site.getPrincipalInvestigator() == null) {
			throw new StoreException("site " + site.getCode() + " has no principal investigator to withdraw the "
					+ "signatures of the forms the benchmark corrects");
		}
		try (TrialSession principal = login.as(site.getPrincipalInvestigator().getUsername());
				Connection connection = database.connect()) {
			connection.setAutoCommit(false);
			CommitRows.createTwins(connection);
			int[] rows = new int[1];
			// the record is loaded and corrected before the clock starts (as a form is open before Save); timed
			// is the commit alone, in the product as in the floor
			Repetitions.Pair pair = repetitions.measurePair("values", repetition -> {
				for (;;) {
					if (candidates.isEmpty()) {
						throw new StoreException("the site has fewer than " + needed + " subjects with " + VALUES
								+ " item values; run with more subjects");
					}
					String subjectId = candidates.remove(0);
					TrialTransaction first = investigator.begin();
					Subject subject = first.editSubject(subjectId);
					if (correct(subject) < VALUES) {
						first.close(); // a subject screened recently has fewer values
						continue;
					}
					TrialTransaction transaction = first;
					if (withdrawSignatures(principal, subject)) {
						first.close();
						transaction = investigator.begin();
						correct(transaction.editSubject(subjectId));
					}
					TrialTransaction timed = transaction;
					return () -> {
						try (timed) {
							commits.add(timed.commit("benchmark: correction of " + VALUES + " values").commitId());
						}
						return VALUES;
					};
				}
			}, repetition -> {
				CommitRows written = CommitRows.of(connection, commits.get(repetition));
				rows[0] += written.count();
				return () -> {
					written.insert(connection, repetition);
					return VALUES;
				};
			});
			CommitRows.dropTwins(connection);
			long rowsPerCommit = Math.round(rows[0] / (double) commits.size());
			return BenchResult.of(name, pair.product(), pair.floor(), Goal.timeRatioAtMost(2.0),
					"timed: the commit alone; each wrote about " + rowsPerCommit + " rows (changed objects, audit "
							+ "entries, commit log); the floor inserts those same rows in one JDBC batch transaction into copies of "
							+ "the store's tables");
		}
	}

	/**
	 * Withdraws, as the site's principal investigator and in a commit of its own, the signatures of the subject's
	 * forms (as the working copy shows them) that stand; whether there were any.
	 */
	private static boolean withdrawSignatures(TrialSession principal, Subject subject) throws StoreException {
		boolean signed = subject.getVisits().stream().flatMap(v -> v.getForms().stream())
				.anyMatch(f -> f.getSignature() != null);
		if (!signed) {
			return false;
		}
		try (TrialTransaction withdrawal = principal.begin()) {
			for (Visit visit : withdrawal.editSubject(subject.getId()).getVisits()) {
				for (FormRecord form : visit.getForms()) {
					if (form.getSignature() != null) {
						form.setSignature(null);
						form.setStatus(org.trialbench.clinical.FormStatus.COMPLETE);
					}
				}
			}
			withdrawal.commit("Signature withdrawn: benchmark correction of " + VALUES + " values follows");
		}
		return true;
	}

	/** Changes up to {@value #VALUES} entered values of the record to another valid value of the same item. */
	static int correct(Subject subject) {
		int changed = 0;
		for (Visit visit : subject.getVisits()) {
			for (FormRecord form : visit.getForms()) {
				for (ItemValue value : form.getItemValues()) {
					if (changed == VALUES) {
						return changed;
					}
					ItemDefinition item = value.getDefinition();
					if (item == null || item.isDerived() || value.getValue() == null
							|| value.getMissingCode() != MissingCode.NONE) {
						continue;
					}
					String corrected = corrected(item, value.getValue());
					if (corrected != null && !corrected.equals(value.getValue())) {
						value.setValue(corrected);
						changed++;
					}
				}
			}
		}
		return changed;
	}

	/**
	 * Another value the protocol allows for the item, as a site's correction would be: the next code of its code
	 * list, a number one up (or down, at the top of its range), the other truth value, text with a correction mark;
	 * null for dates and times, which are left alone.
	 */
	static String corrected(ItemDefinition item, String value) {
		CodeList codes = item.getCodeList();
		if (codes != null) {
			List<CodeListItem> entries = codes.getItems();
			for (int i = 0; i < entries.size(); i++) {
				if (entries.get(i).getCode().equals(value) && entries.size() > 1) {
					return entries.get((i + 1) % entries.size()).getCode();
				}
			}
			return null;
		}
		return switch (item.getDataType()) {
		case INTEGER, DECIMAL -> {
			try {
				BigDecimal number = new BigDecimal(value);
				BigDecimal up = number.add(BigDecimal.ONE);
				yield (item.isSetMax() && up.compareTo(item.getMax()) > 0 ? number.subtract(BigDecimal.ONE) : up)
						.toPlainString();
			} catch (NumberFormatException e) {
				yield null;
			}
		}
		case BOOLEAN -> "true".equals(value) ? "false" : "true";
		case DATE, DATETIME -> null;
		default -> value + " (corrected)";
		};
	}
}
