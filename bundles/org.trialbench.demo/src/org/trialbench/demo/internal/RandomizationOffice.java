package org.trialbench.demo.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.trialbench.clinical.Allocation;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.User;
import org.trialbench.protocol.Stratum;
import org.trialbench.protocol.Study;

/**
 * Allocates subjects as the protocol's scheme says: one permuted-block list per site and stratum (stratifying by
 * site too, as multicentre trials do, keeps each site's arms balanced), numbered per site in order of
 * randomization.
 */
final class RandomizationOffice {
	private final Study study;
	private final Chance chance;
	private final Ids ids;
	private final Map<String, PermutedBlocks> lists = new HashMap<>();
	private final Map<Site, Integer> numbers = new HashMap<>();

	RandomizationOffice(Study study, Chance chance, Ids ids) {
		this.study = study;
		this.chance = chance;
		this.ids = ids;
	}

	Allocation allocate(Site site, Stratum stratum, LocalDate date, User by, Chance timing) {
		PermutedBlocks list = lists.computeIfAbsent(site.getCode() + "/" + stratum.getCode(),
				key -> new PermutedBlocks(study.getArms(), study.getRandomizationScheme(), chance.split()));
		int number = numbers.merge(site, 1, Integer::sum);
		Allocation allocation = ids.assign(ClinicalFactory.eINSTANCE.createAllocation());
		allocation.setArm(list.next());
		allocation.setRandomizationNumber(String.format("R%s-%04d", site.getCode(), number));
		allocation.setAllocatedAt(DemoCalendar.during(date, timing));
		allocation.setAllocatedBy(by);
		return allocation;
	}
}
