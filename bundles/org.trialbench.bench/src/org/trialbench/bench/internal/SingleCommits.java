package org.trialbench.bench.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.MissingCode;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Visit;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.SubjectFilter;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.TrialTransaction;

/**
 * Many small commits, as a site enters data day after day: the site's investigator corrects one item value of one
 * unsigned form per commit, going round the site's subjects (on the next round the next value of each subject).
 * Each commit is a transaction of its own with its audit entry, so the store sees as many commits as the count.
 */
final class SingleCommits {

	private SingleCommits() {
	}

	/** Makes {@code count} commits; returns how long they took in all (ms). */
	static long run(TrialSession investigator, int count, PrintStream out) throws StoreException {
		org.trialbench.clinical.Site site = investigator.trial().getSites().get(0);
		List<String> subjects = new ArrayList<>();
		for (SubjectHeader header : investigator.subjects(SubjectFilter.site(site.getId()))) {
			subjects.add(header.id());
		}
		long start = System.nanoTime();
		int made = 0;
		int round = 0;
		while (made < count) {
			int madeThisRound = 0;
			for (String subjectId : subjects) {
				if (made == count) {
					break;
				}
				try (TrialTransaction transaction = investigator.begin()) {
					if (!correctOne(transaction.editSubject(subjectId), round)) {
						continue;
					}
					transaction.commit("benchmark: single correction " + (made + 1));
				}
				made++;
				madeThisRound++;
			}
			if (madeThisRound == 0) {
				throw new StoreException("site " + site.getCode() + " has no more unsigned values to correct after "
						+ made + " single commits; run with more subjects");
			}
			round++;
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		out.println(String.format(Locale.ROOT,
				"%,d single commits (one corrected value each, site %s's investigator) in %,d ms, %.1f ms a commit",
				made, site.getCode(), millis, (double) millis / made));
		out.flush();
		return millis;
	}

	/** Corrects the {@code index}-th correctable value of the subject's unsigned forms; whether there was one. */
	private static boolean correctOne(Subject subject, int index) {
		int seen = 0;
		for (Visit visit : subject.getVisits()) {
			for (FormRecord form : visit.getForms()) {
				if (form.getSignature() != null) {
					continue;
				}
				for (ItemValue value : form.getItemValues()) {
					ItemDefinition item = value.getDefinition();
					if (item == null || item.isDerived() || value.getValue() == null
							|| value.getMissingCode() != MissingCode.NONE) {
						continue;
					}
					String corrected = CrfCommitBench.corrected(item, value.getValue());
					if (corrected == null || corrected.equals(value.getValue())) {
						continue;
					}
					if (seen++ == index) {
						value.setValue(corrected);
						return true;
					}
				}
			}
		}
		return false;
	}
}
