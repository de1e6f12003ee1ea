package org.trialbench.demo.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Trial;
import org.trialbench.demo.DemoTrial;
import org.trialbench.demo.DemoUsers;
import org.trialbench.protocol.Study;

/**
 * Writes one demo trial. The order of the draws is part of the result: sites and staff first, then each site's
 * subjects in order of consent (each from a stream of its own), then adjudication.
 */
public final class DemoTrialWriter {
	/** Sites with at least this many subjects have their last one still in screening at the cutoff. */
	private static final int SCREENING_AT_CUTOFF_FROM = 8;

	private final Study protocol;
	private final int siteCount;
	private final int subjectCount;
	private final long seed;

	public DemoTrialWriter(Study protocol, int siteCount, int subjectCount, long seed) {
		this.protocol = protocol;
		this.siteCount = siteCount;
		this.subjectCount = subjectCount;
		this.seed = seed;
	}

	public DemoTrial write(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Generating the demo trial", subjectCount + 10);
		Chance chance = new Chance(seed);
		Ids ids = new Ids(seed);
		ProtocolIndex index = new ProtocolIndex(protocol);
		Trial trial = ids.assign(ClinicalFactory.eINSTANCE.createTrial());
		trial.setName(protocol.getAcronym() + " demo trial (seed " + seed + ")");
		trial.setProtocol(protocol);
		Staff staff = new Staff(trial, siteCount, ids, chance.split());
		RandomizationOffice randomization = new RandomizationOffice(protocol, chance.split(), ids);
		Map<Site, String> systems = new HashMap<>();
		for (Site site : staff.sites()) {
			systems.put(site, chance.weighted(new double[] { 50, 25, 15, 10 }, "MEDTRONIC", "LABORIE", "DIVERSATEK",
					"PERFUSED"));
		}
		double sampleRate = protocol.getSdvPlan() == null ? 0.2 : protocol.getSdvPlan().getDefaultSampleRate();
		TrialSetting setting = new TrialSetting(ids, index, staff, randomization, systems, sampleRate);
		progress.worked(5);

		int[] quotas = quotas(chance);
		for (int s = 0; s < staff.sites().size(); s++) {
			Site site = staff.sites().get(s);
			List<LocalDate> consents = consentDates(site, quotas[s], chance);
			for (int n = 0; n < consents.size(); n++) {
				boolean stillScreening = n == consents.size() - 1 && consents.size() >= SCREENING_AT_CUTOFF_FROM;
				String number = site.getCode() + "-" + String.format("%04d", n + 1);
				new SubjectStory(setting, site, chance.split()).write(number, consents.get(n), stillScreening);
				progress.split(1);
			}
		}
		new AdjudicationDesk(ids, chance.split(), index, staff).open(trial);
		// after everything else, so that the rest of the demo is the same with or without them
		new RecentSeriousEvents(ids, index).add(staff.sites());
		new RecordVerification(new org.trialbench.monitoring.SdvSelection(protocol), staff).apply(staff.sites());
		progress.worked(5);
		return new DemoTrial(trial, DemoUsers.credentials(trial), seed);
	}

	/** Subjects per site: uneven, as real sites recruit, and adding up to the total exactly. */
	private int[] quotas(Chance chance) {
		double[] weights = new double[siteCount];
		double sum = 0;
		for (int i = 0; i < siteCount; i++) {
			weights[i] = chance.uniform(0.6, 1.4);
			sum += weights[i];
		}
		int[] quotas = new int[siteCount];
		double[] remainders = new double[siteCount];
		int given = 0;
		for (int i = 0; i < siteCount; i++) {
			double exact = subjectCount * weights[i] / sum;
			quotas[i] = (int) Math.floor(exact);
			remainders[i] = exact - quotas[i];
			given += quotas[i];
		}
		while (given < subjectCount) { // largest remainder first
			int best = 0;
			for (int i = 1; i < siteCount; i++) {
				best = remainders[i] > remainders[best] ? i : best;
			}
			quotas[best]++;
			remainders[best] = -1;
			given++;
		}
		return quotas;
	}

	/**
	 * Consent dates in order: spread over the site's recruitment period, and for larger sites one more in the last
	 * two weeks before the cutoff (a subject still being screened).
	 */
	private static List<LocalDate> consentDates(Site site, int count, Chance chance) {
		boolean screeningAtCutoff = count >= SCREENING_AT_CUTOFF_FROM;
		int recruited = screeningAtCutoff ? count - 1 : count;
		long span = ChronoUnit.DAYS.between(site.getActivationDate(), DemoCalendar.RECRUITMENT_END);
		List<LocalDate> dates = new ArrayList<>(count);
		for (int i = 0; i < recruited; i++) {
			dates.add(site.getActivationDate().plusDays(chance.nextInt((int) span + 1)));
		}
		dates.sort(null);
		if (screeningAtCutoff) {
			dates.add(DemoCalendar.DATA_CUTOFF.minusDays(chance.between(1, 14)));
		}
		return dates;
	}
}
