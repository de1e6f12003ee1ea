package org.trialbench.interchange.odm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.trialbench.interchange.odm.internal.PackedStrings;

/** The packed key set the ODM import keeps its stored subjects' ids and numbers in answers as a hash set would. */
class PackedStringsTest {

	private static final String ALPHABET = "0123456789-abcdefABCDEF \u00e9\u00fc\u00df\u4e2d\u6587\uD83D\uDE00";

	@Test
	void findsEveryStringItHoldsAndNoOther() {
		Random random = new Random(19);
		List<String> given = new ArrayList<>();
		for (int i = 0; i < 5_000; i++) {
			given.add(randomString(random));
		}
		given.addAll(given.subList(0, 300)); // repeated strings are kept once
		given.add("");
		given.add(null); // not a string: left out
		Set<String> reference = new HashSet<>(given);
		reference.remove(null);

		PackedStrings packed = PackedStrings.of(given);

		assertEquals(reference.size(), packed.size());
		for (String string : reference) {
			int index = packed.indexOf(string);
			assertTrue(index >= 0, string);
			assertEquals(string, packed.get(index));
		}
		for (int i = 0; i < 5_000; i++) {
			String other = randomString(random);
			assertEquals(reference.contains(other), packed.contains(other), other);
		}
		assertFalse(packed.contains(null));
		assertFalse(packed.contains("019b76da-a800-7090-b602-3c396ccf8620")); // longer than any held
	}

	@Test
	void keepsTheOrderOfTheBytesSoThatTheSearchHoldsForAnyText() {
		PackedStrings packed = PackedStrings.of(List.of("b", "a\uD83D\uDE00", "a", "\u00e9", "a\u00e9", "\uFFFD", "A"));
		for (int i = 1; i < packed.size(); i++) {
			byte[] before = packed.get(i - 1).getBytes(StandardCharsets.UTF_8);
			byte[] after = packed.get(i).getBytes(StandardCharsets.UTF_8);
			assertTrue(Arrays.compareUnsigned(before, after) < 0, packed.get(i - 1) + " before " + packed.get(i));
		}
		List<String> inOrder = new ArrayList<>();
		for (int i = 0; i < packed.size(); i++) {
			inOrder.add(packed.get(i));
		}
		assertEquals(List.of("A", "a", "a\u00e9", "a\uD83D\uDE00", "b", "\u00e9", "\uFFFD"), inOrder);
	}

	@Test
	void anEmptySetHoldsNothing() {
		assertEquals(0, PackedStrings.EMPTY.size());
		assertFalse(PackedStrings.EMPTY.contains(""));
		assertEquals(-1, PackedStrings.of(List.of()).indexOf("01-0001"));
		assertThrows(IndexOutOfBoundsException.class, () -> PackedStrings.EMPTY.get(0));
	}

	private static String randomString(Random random) {
		int length = random.nextInt(12);
		StringBuilder text = new StringBuilder();
		while (text.length() < length) {
			int at = random.nextInt(ALPHABET.length());
			char c = ALPHABET.charAt(at);
			if (Character.isHighSurrogate(c)) {
				text.append(c).append(ALPHABET.charAt(at + 1));
			} else if (!Character.isLowSurrogate(c)) {
				text.append(c);
			}
		}
		return text.toString();
	}
}
