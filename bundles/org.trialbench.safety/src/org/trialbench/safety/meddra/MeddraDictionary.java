package org.trialbench.safety.meddra;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A loaded MedDRA distribution (the user's licensed copy, read by {@link MeddraDistribution}): finds a lowest level
 * term's primary path and suggests codes for a verbatim term. Immutable; safe to share between threads.
 */
public final class MeddraDictionary {
	/** A lowest level term: its preferred term and whether it is current (non-current LLTs are not suggested). */
	record Llt(MeddraTerm term, String ptCode, boolean current) {
	}

	private final Path directory;
	private final String version;
	private final String language;
	private final Map<String, Llt> llts;
	private final Map<String, MeddraPath> primaryPathOfPt;

	MeddraDictionary(Path directory, String version, String language, Map<String, Llt> llts,
			Map<String, MeddraPath> primaryPathOfPt) {
		this.directory = directory;
		this.version = version;
		this.language = language;
		this.llts = Map.copyOf(llts);
		this.primaryPathOfPt = Map.copyOf(primaryPathOfPt);
	}

	public Path directory() {
		return directory;
	}

	/** The MedDRA version from {@code meddra_release.asc}, e.g. "27.0". */
	public String version() {
		return version;
	}

	public String language() {
		return language;
	}

	public int lltCount() {
		return llts.size();
	}

	public int ptCount() {
		return primaryPathOfPt.size();
	}

	/** The LLT with its PT and the PT's primary HLT, HLGT and SOC. */
	public Optional<MeddraPath> path(String lltCode) {
		Llt llt = llts.get(lltCode == null ? null : lltCode.trim());
		if (llt == null) {
			return Optional.empty();
		}
		MeddraPath pt = primaryPathOfPt.get(llt.ptCode());
		return Optional.of(new MeddraPath(version, llt.term(), pt.pt(), pt.hlt(), pt.hlgt(), pt.soc()));
	}

	/**
	 * Current LLTs whose names share words with the verbatim term, best first: the same words score 1, then the
	 * share of words in common (Dice coefficient; a word matches another it begins, from four letters on, at 0.8).
	 * A verbatim term that is an LLT code suggests that LLT.
	 */
	public List<CodingSuggestion> suggest(String verbatim, int limit) {
		if (verbatim == null || verbatim.isBlank() || limit <= 0) {
			return List.of();
		}
		Optional<MeddraPath> byCode = path(verbatim.trim());
		if (byCode.isPresent()) {
			return List.of(new CodingSuggestion(byCode.get(), 1));
		}
		List<String> wanted = words(verbatim);
		if (wanted.isEmpty()) {
			return List.of();
		}
		List<CodingSuggestion> found = new ArrayList<>();
		for (Llt llt : llts.values()) {
			if (!llt.current()) {
				continue;
			}
			double score = score(wanted, words(llt.term().name()));
			if (score > 0) {
				found.add(new CodingSuggestion(path(llt.term().code()).orElseThrow(), score));
			}
		}
		found.sort(Comparator.comparingDouble(CodingSuggestion::score).reversed()
				.thenComparing(s -> s.path().llt().name()));
		return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
	}

	static List<String> words(String text) {
		String normal = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
		return normal.isEmpty() ? List.of() : Arrays.asList(normal.split(" "));
	}

	private static double score(List<String> wanted, List<String> name) {
		if (wanted.equals(name)) {
			return 1;
		}
		double common = 0;
		Set<Integer> used = new HashSet<>();
		for (String word : wanted) {
			double best = 0;
			int bestIndex = -1;
			for (int i = 0; i < name.size(); i++) {
				if (used.contains(i)) {
					continue;
				}
				double match = match(word, name.get(i));
				if (match > best) {
					best = match;
					bestIndex = i;
				}
			}
			if (bestIndex >= 0) {
				used.add(bestIndex);
				common += best;
			}
		}
		// never 1 unless the words are the same: the exact term always ranks first
		return Math.min(0.99, 2 * common / (wanted.size() + name.size()));
	}

	private static double match(String a, String b) {
		if (a.equals(b)) {
			return 1;
		}
		String shorter = a.length() <= b.length() ? a : b;
		String longer = shorter == a ? b : a;
		return shorter.length() >= 4 && longer.startsWith(shorter) ? 0.8 : 0;
	}
}
