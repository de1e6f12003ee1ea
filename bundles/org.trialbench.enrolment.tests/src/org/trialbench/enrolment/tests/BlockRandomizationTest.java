package org.trialbench.enrolment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.trialbench.enrolment.BlockRandomization;
import org.trialbench.protocol.Arm;
import org.trialbench.protocol.ProtocolFactory;
import org.trialbench.protocol.RandomizationScheme;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.poembtx.PoemBtxProtocol;
import org.trialbench.repository.RandomizationList;
import org.trialbench.repository.RandomizationSlot;

/**
 * The list the statistician generates: balanced at the end of every block in every stratum, never further from
 * the protocol's ratio within a block than half the largest block, block sizes drawn from the protocol's, and the
 * same list for the same seed.
 */
class BlockRandomizationTest {

	private static final List<String> STRATA = List.of("ACH3", "DES", "JH");

	@Test
	void everyStratumIsBalancedAtTheEndOfEveryBlockOfThePoemProtocol() {
		Study study = PoemBtxProtocol.load();
		RandomizationList list = new BlockRandomization(study).generate(STRATA, 60, 2026, "statistician");
		for (String stratum : STRATA) {
			assertBalanced(list.stratum(stratum), Map.of("POEM", 1, "BTX", 1));
		}
	}

	@Test
	void aTwoToOneRatioFromTheProtocolGivesTwoToOneBlocks() {
		Study study = ProtocolFactory.eINSTANCE.createStudy();
		study.setOid("S.RATIO");
		study.getArms().add(arm("A", 2));
		study.getArms().add(arm("B", 1));
		RandomizationScheme scheme = ProtocolFactory.eINSTANCE.createRandomizationScheme();
		scheme.getBlockSizes().addAll(List.of(3, 6));
		study.setRandomizationScheme(scheme);
		RandomizationList list = new BlockRandomization(study).generate(List.of("X", "Y"), 90, 5, "s");
		assertBalanced(list.stratum("X"), Map.of("A", 2, "B", 1));
		assertBalanced(list.stratum("Y"), Map.of("A", 2, "B", 1));
	}

	@Test
	void blockSizesVaryAtRandomAmongTheProtocolsSizes() {
		RandomizationList list = new BlockRandomization(PoemBtxProtocol.load()).generate(STRATA, 60, 11, "s");
		for (String stratum : STRATA) {
			Set<Integer> sizes = new HashSet<>();
			list.stratum(stratum).forEach(slot -> sizes.add(slot.blockSize()));
			assertTrue(Set.of(2, 4, 6).containsAll(sizes), sizes.toString());
			// 60 slots take at least 10 blocks; all of one size has chance 3 * (1/3)^10, about 5e-5 per stratum
			assertTrue(sizes.size() >= 2, "block sizes vary in stratum " + stratum + ": " + sizes);
		}
	}

	@Test
	void theSameSeedGivesTheSameListAndAnotherSeedAnother() {
		BlockRandomization randomization = new BlockRandomization(PoemBtxProtocol.load());
		List<String> first = arms(randomization.generate(STRATA, 30, 99, "s"));
		assertEquals(first, arms(randomization.generate(STRATA, 30, 99, "s")));
		assertNotEquals(first, arms(randomization.generate(STRATA, 30, 100, "s")));
	}

	@Test
	void aBlockSizeThatCannotHoldTheRatioIsRefused() {
		Study study = PoemBtxProtocol.load();
		study.getRandomizationScheme().getBlockSizes().add(3);
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> new BlockRandomization(study));
		assertTrue(refused.getMessage().contains("Block size 3"), refused.getMessage());
	}

	/**
	 * Walks the stratum's slots: every block holds each arm exactly size / ratio-sum * ratio times (computed from
	 * the ratio, not written down), so the running counts match the ratio at every block end; and within a block
	 * no arm runs ahead of its share by more than the block allows.
	 */
	static void assertBalanced(List<RandomizationSlot> slots, Map<String, Integer> ratio) {
		int ratioSum = ratio.values().stream().mapToInt(Integer::intValue).sum();
		Map<String, Integer> total = new HashMap<>();
		Map<Integer, Map<String, Integer>> perBlock = new HashMap<>();
		Map<Integer, Integer> blockSize = new HashMap<>();
		int expectedSequence = 1;
		for (RandomizationSlot slot : slots) {
			assertEquals(expectedSequence++, slot.sequence(), "sequences run without gaps");
			total.merge(slot.armCode(), 1, Integer::sum);
			perBlock.computeIfAbsent(slot.block(), b -> new HashMap<>()).merge(slot.armCode(), 1, Integer::sum);
			blockSize.put(slot.block(), slot.blockSize());
		}
		int slotsSoFar = 0;
		for (int block = 1; block <= perBlock.size(); block++) {
			int size = blockSize.get(block);
			slotsSoFar += size;
			for (Map.Entry<String, Integer> arm : ratio.entrySet()) {
				int expected = size / ratioSum * arm.getValue();
				assertEquals(expected, perBlock.get(block).getOrDefault(arm.getKey(), 0),
						"arm " + arm.getKey() + " in block " + block + " of size " + size);
			}
		}
		assertEquals(slots.size(), slotsSoFar, "the list ends at a block end");
		for (Map.Entry<String, Integer> arm : ratio.entrySet()) {
			assertEquals(slots.size() / ratioSum * arm.getValue(), total.getOrDefault(arm.getKey(), 0),
					"arm " + arm.getKey() + " over the stratum");
		}
	}

	private static List<String> arms(RandomizationList list) {
		return list.slots().stream().map(s -> s.stratum() + s.armCode() + s.blockSize()).toList();
	}

	private static Arm arm(String code, int ratio) {
		Arm arm = ProtocolFactory.eINSTANCE.createArm();
		arm.setOid("ARM." + code);
		arm.setCode(code);
		arm.setAllocationRatio(ratio);
		return arm;
	}
}
