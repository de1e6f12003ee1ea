package org.trialbench.safety.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.clinical.MeddraCoding;
import org.trialbench.safety.meddra.CodingSuggestion;
import org.trialbench.safety.meddra.DictionaryException;
import org.trialbench.safety.meddra.MeddraDictionary;
import org.trialbench.safety.meddra.MeddraDistribution;
import org.trialbench.safety.meddra.MeddraPath;

/** Loading, coding and suggesting against the synthetic dictionary; bad and partial files named by file and line. */
class MeddraDictionaryTest {
	@TempDir
	Path dir;

	private MeddraDictionary load(SyntheticMeddra meddra) throws Exception {
		return MeddraDistribution.load(meddra.writeTo(dir.resolve("MedAscii")).getParent());
	}

	private DictionaryException refused(SyntheticMeddra meddra) throws Exception {
		Path folder = meddra.writeTo(dir.resolve("bad"));
		return assertThrows(DictionaryException.class, () -> MeddraDistribution.load(folder));
	}

	@Test
	void loadsTheDistributionFromItsMedAsciiFolderWithItsVersion() throws Exception {
		MeddraDictionary dictionary = load(new SyntheticMeddra());
		assertEquals("99.0", dictionary.version());
		assertEquals("English", dictionary.language());
		assertEquals(8, dictionary.lltCount());
		assertEquals(4, dictionary.ptCount());
	}

	@Test
	void anLltIsCodedWithItsPtAndThePrimarySocPath() throws Exception {
		MeddraPath path = load(new SyntheticMeddra()).path("99000006").orElseThrow();
		assertEquals("Retrosternal pain", path.llt().name());
		assertEquals("99100003", path.pt().code());
		// chest pain is linked to a cardiac HLT too, but its primary SOC is gastrointestinal
		assertEquals("99200002", path.hlt().code());
		assertEquals("99300001", path.hlgt().code());
		assertEquals("99400001", path.soc().code());
		MeddraCoding coding = path.toCoding();
		assertEquals("99.0", coding.getDictionaryVersion());
		assertEquals("Chest pain", coding.getPtName());
		assertEquals("Gastrointestinal disorders (synthetic)", coding.getSocName());
	}

	@Test
	void suggestsTheExactTermFirstThenTermsSharingWords() throws Exception {
		List<CodingSuggestion> suggestions = load(new SyntheticMeddra()).suggest("esophageal perforation", 5);
		assertEquals("Esophageal perforation", suggestions.get(0).path().llt().name());
		assertEquals(1.0, suggestions.get(0).score());
		// "Oesophageal perforation": 1 common word of 2+2 = Dice 0.5
		assertEquals("Oesophageal perforation", suggestions.get(1).path().llt().name());
		assertEquals(0.5, suggestions.get(1).score(), 1e-9);
		assertTrue(suggestions.stream().noneMatch(s -> s.path().llt().code().equals("99000008")),
				"non-current LLTs are never suggested");
	}

	@Test
	void aVerbatimWithCaseAndPunctuationAndAPrefixStillFindsTheTerm() throws Exception {
		MeddraDictionary dictionary = load(new SyntheticMeddra());
		assertEquals("Chest pain", dictionary.suggest("CHEST-PAIN!", 3).get(0).path().llt().name());
		// "pneumon" begins "pneumonia" (0.8) and "aspiration" matches: (1 + 0.8) * 2 / 4 = 0.9
		CodingSuggestion best = dictionary.suggest("aspiration pneumon", 3).get(0);
		assertEquals("Aspiration pneumonia", best.path().llt().name());
		assertEquals(0.9, best.score(), 1e-9);
		assertEquals("99000007", dictionary.suggest("99000007", 3).get(0).path().llt().code(), "a code finds its LLT");
		assertTrue(dictionary.suggest("headache", 3).isEmpty());
	}

	@Test
	void aMissingFileIsNamed() throws Exception {
		DictionaryException e = refused(new SyntheticMeddra().remove("hlt_pt.asc"));
		assertEquals("hlt_pt.asc", e.file());
		assertTrue(e.getMessage().contains("is missing"), e.getMessage());
	}

	@Test
	void aFileCutShortNamesItsLastLine() throws Exception {
		DictionaryException e = refused(new SyntheticMeddra().replace("llt.asc", """
				99000001$Oesophageal perforation$99100001$$$$$$$Y$$
				99000002$Esophageal perfor"""));
		assertEquals("llt.asc", e.file());
		assertEquals(2, e.line());
		assertTrue(e.getMessage().startsWith("llt.asc line 2: "), e.getMessage());
	}

	@Test
	void anLltPointingToAnUnknownPtIsRefusedWithItsLine() throws Exception {
		DictionaryException e = refused(new SyntheticMeddra().replace("llt.asc", """
				99000001$Oesophageal perforation$99100001$$$$$$$Y$$

				99000002$Esophageal perforation$99199999$$$$$$$Y$$
				"""));
		assertEquals(3, e.line(), "blank lines count");
		assertTrue(e.getMessage().contains("PT 99199999"), e.getMessage());
	}

	@Test
	void badCodesDuplicatesAndTooFewFieldsAreRefused() throws Exception {
		assertEquals("soc.asc line 2: the code 'X9940000' is not a MedDRA code (digits)",
				refused(new SyntheticMeddra().replace("soc.asc", "99400001$A$$\nX9940000$B$$\n")).getMessage());
		assertEquals("hlgt.asc line 2: code 99300001 appears twice",
				refused(new SyntheticMeddra().replace("hlgt.asc", "99300001$A$\n99300001$B$\n")).getMessage());
		assertEquals("pt.asc line 1: has 2 '$'-separated fields, expected at least 4",
				refused(new SyntheticMeddra().replace("pt.asc", "99100001$Oesophageal perforation$\n")).getMessage());
	}

	@Test
	void aPtWithoutAPathToItsPrimarySocIsRefused() throws Exception {
		DictionaryException e = refused(new SyntheticMeddra().replace("hlt_pt.asc", """
				99200001$99100001$
				99200001$99100002$
				99200003$99100003$
				99200004$99100004$
				"""));
		assertEquals("pt.asc", e.file());
		assertEquals(3, e.line());
		assertTrue(e.getMessage().contains("primary SOC 99400001"), e.getMessage());
	}

	@Test
	void aLinkToAnUnknownTermAndAnEmptyReleaseFileAreRefused() throws Exception {
		DictionaryException link = refused(new SyntheticMeddra().replace("hlgt_hlt.asc", "99300001$99200009$\n"));
		assertEquals("hlgt_hlt.asc line 1: code 99200009 is not in hlt.asc", link.getMessage());
		assertEquals("meddra_release.asc", refused(new SyntheticMeddra().replace("meddra_release.asc", "")).file());
	}
}
