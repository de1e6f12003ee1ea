package org.trialbench.safety.meddra;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a MedDRA ASCII distribution from a folder the user supplies (the {@code MedAscii} folder of the licensed
 * download, or the folder that holds it). Trialbench never ships MedDRA content; it reads the user's files each
 * time they are needed and keeps only codes, names and the version in coded events.
 *
 * <p>Files read ('$'-separated fields, each line ending with '$'): {@code meddra_release.asc} (version, language),
 * {@code soc.asc}, {@code hlgt.asc}, {@code hlt.asc} (code, name, ...), {@code pt.asc} (code, name, -, primary SOC
 * code, ...), {@code llt.asc} (code, name, PT code, ..., currency in field 10), and the hierarchy links
 * {@code soc_hlgt.asc}, {@code hlgt_hlt.asc}, {@code hlt_pt.asc}. Anything malformed, cut short or inconsistent is
 * refused with the file and line.</p>
 */
public final class MeddraDistribution {
	public static final String RELEASE = "meddra_release.asc";
	public static final String SOC = "soc.asc";
	public static final String HLGT = "hlgt.asc";
	public static final String HLT = "hlt.asc";
	public static final String PT = "pt.asc";
	public static final String LLT = "llt.asc";
	public static final String SOC_HLGT = "soc_hlgt.asc";
	public static final String HLGT_HLT = "hlgt_hlt.asc";
	public static final String HLT_PT = "hlt_pt.asc";
	/** Every file the loader needs, in the order it reads them. */
	public static final List<String> FILES = List.of(RELEASE, SOC, HLGT, HLT, PT, LLT, SOC_HLGT, HLGT_HLT, HLT_PT);

	private static final Pattern CODE = Pattern.compile("\\d{1,10}");

	/** One line of a file: its 1-based number and its fields. */
	private record Row(int line, String[] fields) {
		String get(int i) {
			return fields[i];
		}
	}

	private MeddraDistribution() {
	}

	/** Reads and checks the whole distribution in the folder (or its {@code MedAscii} subfolder). */
	public static MeddraDictionary load(Path folder) throws DictionaryException {
		Path dir = folder;
		if (!Files.isRegularFile(dir.resolve(LLT)) && Files.isDirectory(dir.resolve("MedAscii"))) {
			dir = dir.resolve("MedAscii");
		}
		if (!Files.isDirectory(dir)) {
			throw new DictionaryException(folder.toString(), 0, "no such folder; name the folder that holds "
					+ LLT + " and the other MedDRA ASCII files");
		}
		List<Row> release = read(dir, RELEASE, 1);
		if (release.size() != 1 || release.get(0).get(0).isBlank()) {
			throw new DictionaryException(RELEASE, release.isEmpty() ? 0 : release.get(release.size() - 1).line(),
					"expected one line starting with the MedDRA version (e.g. 27.0$English$$$)");
		}
		String version = release.get(0).get(0).trim();
		String language = release.get(0).fields().length > 1 ? release.get(0).get(1).trim() : "";

		Map<String, MeddraTerm> socs = terms(dir, SOC);
		Map<String, MeddraTerm> hlgts = terms(dir, HLGT);
		Map<String, MeddraTerm> hlts = terms(dir, HLT);
		Map<String, MeddraTerm> pts = new LinkedHashMap<>();
		Map<String, String> primarySoc = new HashMap<>();
		Map<String, Integer> ptLine = new HashMap<>();
		List<Row> ptRows = read(dir, PT, 4);
		for (int i = 0; i < ptRows.size(); i++) {
			Row row = ptRows.get(i);
			MeddraTerm term = term(PT, row, pts);
			String soc = code(PT, row.line(), row.get(3), "primary SOC code");
			if (!socs.containsKey(soc)) {
				throw new DictionaryException(PT, row.line(), "PT " + term.code() + " names primary SOC " + soc
						+ ", which is not in " + SOC);
			}
			pts.put(term.code(), term);
			primarySoc.put(term.code(), soc);
			ptLine.put(term.code(), row.line());
		}
		Map<String, List<String>> hlgtsOfSoc = links(dir, SOC_HLGT, socs, SOC, hlgts, HLGT);
		Map<String, List<String>> hltsOfHlgt = links(dir, HLGT_HLT, hlgts, HLGT, hlts, HLT);
		Map<String, List<String>> ptsOfHlt = links(dir, HLT_PT, hlts, HLT, pts, PT);

		// the primary path of a PT: the HLT and HLGT that lead from it to its primary SOC
		Map<String, MeddraPath> paths = new HashMap<>();
		for (String soc : hlgtsOfSoc.keySet()) {
			for (String hlgt : hlgtsOfSoc.get(soc)) {
				for (String hlt : hltsOfHlgt.getOrDefault(hlgt, List.of())) {
					for (String pt : ptsOfHlt.getOrDefault(hlt, List.of())) {
						if (soc.equals(primarySoc.get(pt))) {
							MeddraPath known = paths.get(pt);
							// the same PT under two HLTs of its primary SOC: keep the lowest codes, for repeatable coding
							if (known == null || (hlgt + hlt).compareTo(known.hlgt().code() + known.hlt().code()) < 0) {
								paths.put(pt, new MeddraPath(version, null, pts.get(pt), hlts.get(hlt), hlgts.get(hlgt),
										socs.get(soc)));
							}
						}
					}
				}
			}
		}
		for (String pt : pts.keySet()) {
			if (!paths.containsKey(pt)) {
				throw new DictionaryException(PT, ptLine.get(pt), "PT " + pt + " has no path through " + HLT_PT + ", "
						+ HLGT_HLT + " and " + SOC_HLGT + " to its primary SOC " + primarySoc.get(pt));
			}
		}

		Map<String, MeddraDictionary.Llt> llts = new LinkedHashMap<>();
		Map<String, MeddraTerm> lltTerms = new HashMap<>();
		List<Row> lltRows = read(dir, LLT, 3);
		for (int i = 0; i < lltRows.size(); i++) {
			Row row = lltRows.get(i);
			MeddraTerm term = term(LLT, row, lltTerms);
			String pt = code(LLT, row.line(), row.get(2), "PT code");
			if (!pts.containsKey(pt)) {
				throw new DictionaryException(LLT, row.line(), "LLT " + term.code() + " refers to PT " + pt
						+ ", which is not in " + PT);
			}
			boolean current = row.fields().length <= 9 || !"N".equalsIgnoreCase(row.get(9).trim());
			lltTerms.put(term.code(), term);
			llts.put(term.code(), new MeddraDictionary.Llt(term, pt, current));
		}
		if (llts.isEmpty()) {
			throw new DictionaryException(LLT, 0, "holds no terms");
		}
		return new MeddraDictionary(dir, version, language, llts, paths);
	}

	private static Map<String, MeddraTerm> terms(Path dir, String file) throws DictionaryException {
		Map<String, MeddraTerm> terms = new LinkedHashMap<>();
		List<Row> rows = read(dir, file, 2);
		for (int i = 0; i < rows.size(); i++) {
			MeddraTerm term = term(file, rows.get(i), terms);
			terms.put(term.code(), term);
		}
		if (terms.isEmpty()) {
			throw new DictionaryException(file, 0, "holds no terms");
		}
		return terms;
	}

	private static MeddraTerm term(String file, Row row, Map<String, MeddraTerm> known) throws DictionaryException {
		int line = row.line();
		String code = code(file, line, row.get(0), "code");
		String name = row.get(1).trim();
		if (name.isEmpty()) {
			throw new DictionaryException(file, line, "term " + code + " has no name");
		}
		if (known.containsKey(code)) {
			throw new DictionaryException(file, line, "code " + code + " appears twice");
		}
		return new MeddraTerm(code, name);
	}

	private static Map<String, List<String>> links(Path dir, String file, Map<String, MeddraTerm> parents,
			String parentFile, Map<String, MeddraTerm> children, String childFile) throws DictionaryException {
		Map<String, List<String>> links = new LinkedHashMap<>();
		List<Row> rows = read(dir, file, 2);
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			String parent = code(file, row.line(), row.get(0), "first code");
			String child = code(file, row.line(), row.get(1), "second code");
			if (!parents.containsKey(parent)) {
				throw new DictionaryException(file, row.line(), "code " + parent + " is not in " + parentFile);
			}
			if (!children.containsKey(child)) {
				throw new DictionaryException(file, row.line(), "code " + child + " is not in " + childFile);
			}
			links.computeIfAbsent(parent, p -> new ArrayList<>()).add(child);
		}
		return links;
	}

	private static String code(String file, int line, String text, String what) throws DictionaryException {
		String code = text.trim();
		if (!CODE.matcher(code).matches()) {
			throw new DictionaryException(file, line, "the " + what + " '" + text + "' is not a MedDRA code (digits)");
		}
		return code;
	}

	/** The file's lines split at '$', each with at least the given number of fields; blank lines are skipped. */
	private static List<Row> read(Path dir, String file, int minimumFields) throws DictionaryException {
		Path path = dir.resolve(file);
		if (!Files.isRegularFile(path)) {
			throw new DictionaryException(file, 0, "is missing from " + dir
					+ "; a MedDRA ASCII distribution holds " + String.join(", ", FILES));
		}
		String text;
		try {
			text = decode(Files.readAllBytes(path));
		} catch (IOException e) {
			throw new DictionaryException(file, 0, "cannot be read: " + e.getMessage());
		}
		List<Row> rows = new ArrayList<>();
		String[] lines = text.split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (line.isBlank()) {
				continue;
			}
			if (!line.endsWith("$")) {
				throw new DictionaryException(file, i + 1, "does not end with '$'; the file looks cut short or is "
						+ "not a MedDRA ASCII file");
			}
			String[] fields = line.substring(0, line.length() - 1).split("\\$", -1);
			if (fields.length < minimumFields) {
				throw new DictionaryException(file, i + 1, "has " + fields.length + " '$'-separated fields, expected at "
						+ "least " + minimumFields);
			}
			rows.add(new Row(i + 1, fields));
		}
		return rows;
	}

	/** Recent distributions are UTF-8, older ones Latin-1. */
	private static String decode(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			return new String(bytes, StandardCharsets.ISO_8859_1);
		}
	}
}
