package org.trialbench.enrolment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.trialbench.protocol.Arm;
import org.trialbench.protocol.RandomizationScheme;
import org.trialbench.protocol.Study;
import org.trialbench.repository.RandomizationList;
import org.trialbench.repository.RandomizationSlot;

/**
 * Generates a stratified permuted-block list from the protocol: the arms in the ratio the protocol gives
 * ({@link Arm#getAllocationRatio()}), blocks whose size is drawn at random from the scheme's block sizes, each
 * block shuffled. The same protocol, strata, length and seed always give the same list, so the statistician can
 * regenerate and check it. {@link java.util.Random} is used because its sequence is specified by the Java
 * platform and stays the same across versions.
 */
public final class BlockRandomization {

	private final List<Arm> arms;
	private final List<Integer> blockSizes;
	private final int ratioSum;

	public BlockRandomization(Study study) {
		this.arms = List.copyOf(study.getArms());
		if (arms.size() < 2) {
			throw new IllegalArgumentException("The protocol " + study.getOid() + " has " + arms.size()
					+ " arm(s); randomization needs at least two");
		}
		this.ratioSum = arms.stream().mapToInt(BlockRandomization::ratio).sum();
		RandomizationScheme scheme = study.getRandomizationScheme();
		List<Integer> sizes = scheme == null ? List.of() : List.copyOf(scheme.getBlockSizes());
		for (int size : sizes) {
			if (size <= 0 || size % ratioSum != 0) {
				throw new IllegalArgumentException("Block size " + size + " of the protocol's randomization scheme is "
						+ "not a multiple of the allocation ratio's sum " + ratioSum + "; the blocks could not be balanced");
			}
		}
		this.blockSizes = sizes.isEmpty() ? List.of(ratioSum) : sizes;
	}

	/** An arm's ratio; an unset ratio counts as 1. */
	static int ratio(Arm arm) {
		return Math.max(1, arm.getAllocationRatio());
	}

	public List<Integer> blockSizes() {
		return blockSizes;
	}

	/**
	 * At least {@code slotsPerStratum} slots for each stratum code (whole blocks, so a stratum's list may be a few
	 * slots longer), strata in the given order.
	 */
	public RandomizationList generate(List<String> strata, int slotsPerStratum, long seed, String generatedBy) {
		if (strata.isEmpty()) {
			throw new IllegalArgumentException("No strata given: name at least one stratum code");
		}
		if (slotsPerStratum < 1) {
			throw new IllegalArgumentException("A stratum needs at least one slot, not " + slotsPerStratum);
		}
		Random random = new Random(seed);
		List<RandomizationSlot> slots = new ArrayList<>();
		for (String stratum : strata) {
			int sequence = 0;
			int block = 0;
			while (sequence < slotsPerStratum) {
				block++;
				int size = blockSizes.get(random.nextInt(blockSizes.size()));
				List<String> codes = new ArrayList<>(size);
				for (Arm arm : arms) {
					codes.addAll(Collections.nCopies(size / ratioSum * ratio(arm), arm.getCode()));
				}
				Collections.shuffle(codes, random);
				for (String code : codes) {
					slots.add(new RandomizationSlot(stratum, ++sequence, block, size, code, null, null, null));
				}
			}
		}
		return new RandomizationList(seed, generatedBy, Instant.now(), method(), slots);
	}

	/** How the list was made, stored with it. */
	public String method() {
		StringBuilder ratio = new StringBuilder();
		for (Arm arm : arms) {
			ratio.append(ratio.length() == 0 ? "" : ":").append(ratio(arm));
		}
		return "permuted blocks, ratio " + ratio + ", block sizes " + blockSizes + " drawn at random";
	}
}
