package org.trialbench.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.trialbench.protocol.Arm;
import org.trialbench.protocol.ProtocolFactory;
import org.trialbench.protocol.RandomizationScheme;

/** Permuted blocks: balanced at the end of every block, never predictable from the block size alone. */
class PermutedBlocksTest {

	private static Arm arm(String code, int ratio) {
		Arm arm = ProtocolFactory.eINSTANCE.createArm();
		arm.setOid("ARM." + code);
		arm.setCode(code);
		arm.setAllocationRatio(ratio);
		return arm;
	}

	private static RandomizationScheme scheme(Integer... sizes) {
		RandomizationScheme scheme = ProtocolFactory.eINSTANCE.createRandomizationScheme();
		scheme.setOid("RS.TEST");
		scheme.getBlockSizes().addAll(List.of(sizes));
		return scheme;
	}

	@Test
	void oneToOneNeverMoreThanHalfTheLargestBlockAhead() {
		Arm poem = arm("POEM", 1);
		Arm btx = arm("BTX", 1);
		PermutedBlocks list = new PermutedBlocks(List.of(poem, btx), scheme(2, 4, 6), new Chance(42));
		int difference = 0;
		int balancedPoints = 0;
		for (int i = 0; i < 600; i++) {
			difference += list.next() == poem ? 1 : -1;
			assertTrue(Math.abs(difference) <= 3, "difference " + difference + " after " + (i + 1));
			balancedPoints += difference == 0 ? 1 : 0;
		}
		// blocks average four subjects, and every block ends balanced
		assertTrue(balancedPoints >= 600 / 6, "balanced " + balancedPoints + " times");
	}

	@Test
	void theImbalanceWithinABlockShowsItsSize() {
		// every block ends balanced, so the running difference is the imbalance inside the current block
		assertEquals(3, largestImbalance(scheme(2, 4, 6)), "blocks of 6 occur");
		assertEquals(1, largestImbalance(scheme(2)), "blocks of 2 only");
	}

	private static int largestImbalance(RandomizationScheme scheme) {
		Arm a = arm("A", 1);
		PermutedBlocks list = new PermutedBlocks(List.of(a, arm("B", 1)), scheme, new Chance(3));
		int difference = 0;
		int largest = 0;
		for (int i = 0; i < 400; i++) {
			difference += list.next() == a ? 1 : -1;
			largest = Math.max(largest, Math.abs(difference));
		}
		return largest;
	}

	@Test
	void unequalRatiosKeepTheirProportionInEveryBlock() {
		Arm a = arm("A", 2);
		Arm b = arm("B", 1);
		PermutedBlocks list = new PermutedBlocks(List.of(a, b), scheme(3, 6), new Chance(9));
		int as = 0;
		for (int i = 1; i <= 600; i++) {
			as += list.next() == a ? 1 : 0;
		}
		assertEquals(400, as, 3, "two thirds in A");
	}

	@Test
	void rejectsBlockSizesThatCannotHoldTheRatio() {
		assertThrows(IllegalArgumentException.class,
				() -> new PermutedBlocks(List.of(arm("A", 1), arm("B", 1)), scheme(3), new Chance(1)));
	}
}
