package org.trialbench.monitoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.trialbench.clinical.MissingCode;
import org.trialbench.clinical.SdvState;
import org.trialbench.monitoring.SdvRequirement;
import org.trialbench.monitoring.SdvSelection;
import org.trialbench.protocol.CriticalCategory;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.poembtx.PoemBtxProtocol;
import org.trialbench.repository.ItemValueHeader;

/** The shipped protocol's SDV plan (20% sample, seed 20240902; consent, eligibility, randomization, primary endpoint, SAEs). */
class SdvSelectionTest {

	private final Study protocol = PoemBtxProtocol.load();
	private final SdvSelection plan = new SdvSelection(protocol);

	private static List<String> formIds(int count) {
		return IntStream.range(0, count).mapToObj(i -> "form-" + i).toList();
	}

	@Test
	void criticalDataAreRequiredInFullWithTheirCategory() {
		assertEquals(SdvRequirement.critical(CriticalCategory.ELIGIBILITY),
				plan.requirement("SE.SCREENING", "F.ELIGIBILITY", "IT.IE.MEDFAIL", "f1"));
		assertEquals(SdvRequirement.critical(CriticalCategory.RANDOMIZATION),
				plan.requirement("SE.RANDOMIZATION", "F.RANDOMIZATION", "IT.DIAGNOSIS", "f2"));
		// the primary endpoint is the Eckardt form at month 6
		assertEquals(SdvRequirement.critical(CriticalCategory.PRIMARY_ENDPOINT),
				plan.requirement("SE.M6", "F.ECKARDT", "IT.ECK.DYSPHAGIA", "f3"));
		// at month 3 the same item is still critical, because the protocol marks it so, but not as the endpoint
		assertEquals(SdvRequirement.critical(null), plan.requirement("SE.M3", "F.ECKARDT", "IT.ECK.DYSPHAGIA", "f4"));
		assertEquals(SdvRequirement.DERIVED, plan.requirement("SE.M6", "F.ECKARDT", "IT.ECK.TOTAL", "f3"));
	}

	@Test
	void otherFormsAreDrawnWholeAtThePlansRate() {
		long drawn = formIds(10_000).stream().filter(plan::drawn).count();
		// binomial(10,000, 0.2): mean 2,000, sd sqrt(10,000 * 0.2 * 0.8) = 40; four sd either side
		assertTrue(drawn >= 1840 && drawn <= 2160, "drawn " + drawn);
		for (String form : formIds(200)) {
			SdvRequirement height = plan.requirement("SE.SCREENING", "F.DEMOG", "IT.DM.HEIGHT", form);
			SdvRequirement weight = plan.requirement("SE.SCREENING", "F.DEMOG", "IT.DM.WEIGHT", form);
			assertEquals(height, weight, "a form is verified whole or not at all");
			assertEquals(plan.drawn(form) ? SdvRequirement.SAMPLED : SdvRequirement.NOT_SAMPLED, height);
		}
	}

	@Test
	void theSampleIsTheSameEveryTimeInAnyOrder() {
		List<String> ids = new ArrayList<>(formIds(5_000));
		Set<String> first = ids.stream().filter(plan::drawn).collect(Collectors.toSet());
		Collections.shuffle(ids, new Random(7));
		SdvSelection again = new SdvSelection(PoemBtxProtocol.load());
		Set<String> second = ids.stream().filter(again::drawn).collect(Collectors.toSet());
		assertEquals(first, second);
	}

	@Test
	void aFormsItemsOneAfterAnotherShareItsDrawFromAnyThread() throws Exception {
		// the plan remembers the form record drawn last; asking again, or for another form, or from several
		// threads at once, always gives the form's own draw
		List<String> ids = formIds(2_000);
		for (String id : ids) {
			boolean expected = SdvSelection.draw(20240902L, id) < 0.2;
			assertEquals(expected, plan.drawn(id));
			assertEquals(expected, plan.drawn(id), "asked again for the same form");
			assertEquals(expected, plan.drawn(id), "and again");
		}
		List<String> interleaved = IntStream.range(0, 20_000).mapToObj(i -> ids.get((i * 7 + i / 3) % ids.size()))
				.toList();
		List<Boolean> expected = interleaved.stream().map(id -> SdvSelection.draw(20240902L, id) < 0.2).toList();
		SdvSelection shared = new SdvSelection(protocol);
		List<java.util.concurrent.Future<List<Boolean>>> results = new ArrayList<>();
		java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			for (int t = 0; t < 4; t++) {
				results.add(threads.submit(() -> interleaved.stream().map(shared::drawn).toList()));
			}
			for (java.util.concurrent.Future<List<Boolean>> result : results) {
				assertEquals(expected, result.get());
			}
		} finally {
			threads.shutdown();
		}
	}

	@Test
	void theShownStateFollowsTheRequirementUnlessVerificationIsDone() {
		for (SdvRequirement requirement : List.of(SdvRequirement.critical(null), SdvRequirement.SAMPLED,
				SdvRequirement.NOT_SAMPLED, SdvRequirement.DERIVED)) {
			SdvState open = requirement.required() ? SdvState.PENDING : SdvState.NOT_REQUIRED;
			assertEquals(open, SdvSelection.effectiveState(SdvState.PENDING, requirement));
			assertEquals(open, SdvSelection.effectiveState(SdvState.NOT_REQUIRED, requirement));
			assertEquals(SdvState.VERIFIED, SdvSelection.effectiveState(SdvState.VERIFIED, requirement));
			assertEquals(SdvState.CHANGED_SINCE_VERIFICATION,
					SdvSelection.effectiveState(SdvState.CHANGED_SINCE_VERIFICATION, requirement));
		}
	}

	@Test
	void theDrawIsTheDocumentedHashSoAnyoneCanRedrawIt() throws Exception {
		// SHA-256("20240902:form-42"), first 8 bytes as unsigned, top 53 bits over 2^53
		byte[] digest = MessageDigest.getInstance("SHA-256").digest("20240902:form-42".getBytes(StandardCharsets.UTF_8));
		double expected = (ByteBuffer.wrap(digest).getLong() >>> 11) / Math.pow(2, 53);
		assertEquals(expected, SdvSelection.draw(20240902L, "form-42"), 0.0);
		assertEquals(expected < 0.2, plan.drawn("form-42"));
	}

	@Test
	void aHigherRateKeepsEveryFormALowerRateDrewAndAnotherSeedDrawsOthers() {
		SdvSelection tenPercent = new SdvSelection(protocol, 0.1);
		List<String> ids = formIds(3_000);
		assertTrue(ids.stream().filter(tenPercent::drawn).allMatch(plan::drawn));
		assertTrue(ids.stream().noneMatch(new SdvSelection(protocol, 0)::drawn));
		assertTrue(ids.stream().allMatch(new SdvSelection(protocol, 1)::drawn));
		Study reseeded = PoemBtxProtocol.load();
		reseeded.getSdvPlan().setSeed(1);
		SdvSelection other = new SdvSelection(reseeded);
		assertNotEquals(ids.stream().filter(plan::drawn).toList(), ids.stream().filter(other::drawn).toList());
		assertThrows(IllegalArgumentException.class, () -> new SdvSelection(protocol, 1.5));
	}

	@Test
	void whatIsVerifiedStaysVerifiedAndThePlanDecidesTheRest() {
		ItemValueHeader critical = header("SE.M6", "F.ECKARDT", "IT.ECK.DYSPHAGIA", SdvState.NOT_REQUIRED);
		assertEquals(SdvState.PENDING, plan.effectiveState(critical));
		ItemValueHeader verified = header("SE.M6", "F.ECKARDT", "IT.ECK.DYSPHAGIA", SdvState.VERIFIED);
		assertEquals(SdvState.VERIFIED, plan.effectiveState(verified));
		ItemValueHeader changed = header("SE.M6", "F.ECKARDT", "IT.ECK.DYSPHAGIA", SdvState.CHANGED_SINCE_VERIFICATION);
		assertEquals(SdvState.CHANGED_SINCE_VERIFICATION, plan.effectiveState(changed));
		ItemValueHeader derived = header("SE.M6", "F.ECKARDT", "IT.ECK.TOTAL", SdvState.PENDING);
		assertEquals(SdvState.NOT_REQUIRED, plan.effectiveState(derived));
		assertFalse(plan.categories().contains(CriticalCategory.WITHDRAWAL));
		assertNull(plan.requirement(derived).category());
		// the shipped plan's categories, as a person reads them (the literals are camel case)
		assertEquals("consent, eligibility, randomization, primary endpoint, serious adverse events",
				plan.categoriesInWords());
	}

	private static ItemValueHeader header(String visit, String form, String item, SdvState state) {
		return new ItemValueHeader("v", "s", "01-001", "site", "01", "visit", visit, 1, null, "form-1", form, item, "1",
				MissingCode.NONE, state, null, null, 0);
	}
}
