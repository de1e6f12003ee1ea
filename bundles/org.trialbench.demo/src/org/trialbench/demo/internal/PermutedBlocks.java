package org.trialbench.demo.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

import org.trialbench.protocol.Arm;
import org.trialbench.protocol.RandomizationScheme;

/**
 * One randomization list of permuted blocks: each block has a size drawn from the scheme's block sizes and holds
 * every arm in proportion to its allocation ratio, in random order. Varying the block size keeps the next
 * allocation unpredictable at the end of a block.
 */
final class PermutedBlocks {
	private final List<Arm> arms;
	private final List<Integer> blockSizes;
	private final int ratioSum;
	private final Chance chance;
	private final Deque<Arm> block = new ArrayDeque<>();

	PermutedBlocks(List<Arm> arms, RandomizationScheme scheme, Chance chance) {
		this.arms = List.copyOf(arms);
		this.chance = chance;
		int sum = 0;
		for (Arm arm : arms) {
			sum += Math.max(1, arm.getAllocationRatio());
		}
		ratioSum = sum;
		List<Integer> sizes = new ArrayList<>();
		for (Integer size : scheme.getBlockSizes()) {
			if (size % ratioSum != 0) {
				throw new IllegalArgumentException("Block size " + size + " of " + scheme.getOid()
						+ " is not a multiple of the allocation ratios' sum " + ratioSum);
			}
			sizes.add(size);
		}
		blockSizes = sizes.isEmpty() ? List.of(ratioSum) : sizes;
	}

	Arm next() {
		if (block.isEmpty()) {
			fillBlock();
		}
		return block.poll();
	}

	private void fillBlock() {
		int size = chance.pick(blockSizes);
		List<Arm> arms = new ArrayList<>(size);
		for (Arm arm : this.arms) {
			int count = size / ratioSum * Math.max(1, arm.getAllocationRatio());
			arms.addAll(Collections.nCopies(count, arm));
		}
		for (int i = arms.size() - 1; i > 0; i--) { // Fisher-Yates with the list's own stream
			Collections.swap(arms, i, chance.nextInt(i + 1));
		}
		block.addAll(arms);
	}
}
