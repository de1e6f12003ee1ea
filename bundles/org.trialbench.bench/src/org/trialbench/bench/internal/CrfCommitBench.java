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
 * copies of the store's tables (see {@link CommitRows}).
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
		try (Connection connection = database.connect()) {
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
					TrialTransaction transaction = investigator.begin();
					Subject subject = transaction.editSubject(candidates.remove(0));
					if (correct(subject) < VALUES) {
						transaction.close(); // a subject screened recently has fewer values
						continue;
					}
					return () -> {
						try (transaction) {
							commits.add(transaction.commit("benchmark: correction of " + VALUES + " values").commitId());
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
	 * Changes up to {@value #VALUES} entered values of the record to another valid value of the same item, on forms
	 * that are not signed (a site corrects a signed form only after withdrawing its signature, and the store refuses
	 * anything else).
	 */
	static int correct(Subject subject) {
		int changed = 0;
		for (Visit visit : subject.getVisits()) {
			for (FormRecord form : visit.getForms()) {
				if (form.getSignature() != null) {
					continue;
				}
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
