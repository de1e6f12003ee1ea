package org.trialbench.bench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.trialbench.protocol.CodeList;
import org.trialbench.protocol.CodeListItem;
import org.trialbench.protocol.ItemDataType;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.ProtocolFactory;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.bench.BenchResult;
import org.trialbench.bench.Figures;
import org.trialbench.bench.Repetitions;

/**
 * Every headless benchmark at a tiny size, once: figures are positive, each floor did the same work as its product
 * side, and the listing workbook the product wrote holds exactly the cells the floor counted. No timing is asserted.
 */
class BenchSmokeTest {

	@TempDir
	Path folder;

	@Test
	void eachBenchmarkRunsBesideItsFloorOverTheSameWork() throws Exception {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
		BenchRun run = new BenchRun(60, Set.of("commit", "worklist", "lock", "export", "tables", "listing", "odm",
				"store-size", "odm-new"), BenchRun.Postgres.OFF, new Repetitions(1, 2), new Repetitions(0, 1), 3000, folder, out);
		List<BenchResult> results = run.run();
		Map<String, BenchResult> byName = results.stream()
				.collect(Collectors.toMap(r -> r.name().replaceAll(" \\(.*", ""), Function.identity()));
		assertEquals(Set.of("CRF commit, 60 values with audit", "SDV worklist of site 01", "Data lock",
				"export-tables end to end", "export-listings end to end", "All publication tables",
				"Listings to .xlsx", "ODM export", "ODM import"), byName.keySet(),
				printed.toString(StandardCharsets.UTF_8));
		for (BenchResult result : results) {
			assertTrue(result.ran(), result.name());
			assertTrue(result.product().samples().medianMillis() > 0, result.name());
			assertTrue(result.product().work() > 0, result.name());
			if (result.floor() != null) {
				assertTrue(result.floor().samples().medianMillis() > 0, result.name());
				assertEquals(result.product().work(), result.floor().work(), result.name() + ": the same work");
				assertTrue(result.figure() > 0, result.name());
			}
		}
		assertEquals(60, byName.get("CRF commit, 60 values with audit").product().work());
		assertTrue(byName.get("SDV worklist of site 01").product().work() > 0);
		assertEquals(60, byName.get("Data lock").product().work(), "every subject frozen");
		assertEquals(byName.get("All publication tables").product().work(),
				byName.get("export-tables end to end").product().work(), "every table, from the lock");
		assertTrue(Files.size(folder.resolve("export-tables.xlsx")) > 0);
		assertTrue(Files.size(folder.resolve("export-listings.xlsx")) > 0);
		String text = printed.toString(StandardCharsets.UTF_8);
		assertTrue(text.contains("snapshot LOCK-1"), text);
		// the store-size checkpoints, each a positive ratio of the embedded PostgreSQL store to its compacted copy
		java.util.regex.Matcher size = java.util.regex.Pattern
				.compile("Embedded store size after (.*?): database ([0-9,]+) MB, a copy after VACUUM FULL ([0-9,]+) MB: "
						+ "([0-9.]+)x")
				.matcher(text);
		List<String> checkpoints = new java.util.ArrayList<>();
		while (size.find()) {
			checkpoints.add(size.group(1));
			assertTrue(Double.parseDouble(size.group(4)) > 0, text);
		}
		assertEquals(List.of("the load of 60 subjects", "120 single commits", "the data lock",
				"the ODM re-import (commits nothing)", "an ODM import into a new store"), checkpoints, text);
		// the import that writes: every subject of the exported file into a new store
		assertTrue(text.contains("  embedded store: 60 subjects, "), text);
		assertTrue(text.contains("120 single commits (one corrected value each"), text);
		// the summary names every figure of issue 19; what ran has a verdict, the rest says why not
		assertTrue(text.contains("Issue 19 goals (60 subjects"), text);
		Map<String, IssueGoals.Row> rows = new java.util.HashMap<>();
		for (IssueGoals.Row row : run.goals().rows()) {
			rows.put(row.figure(), row);
		}
		assertEquals(16, rows.size(), text);
		for (String measured : List.of("store size after the load of 60 subjects", "store size after the data lock",
				"store size after an ODM import into a new store",
				IssueGoals.LOCK, IssueGoals.TABLES, IssueGoals.LISTINGS, IssueGoals.ODM_EXPORT, IssueGoals.ODM_IMPORT)) {
			assertTrue(rows.containsKey(measured), measured + " in\n" + text);
			assertTrue(Set.of("PASS", "MISS").contains(rows.get(measured).verdict()), measured + " in\n" + text);
			assertTrue(text.contains(rows.get(measured).measured()), text);
		}
		assertEquals(Figures.millis(byName.get("Data lock").figure()), rows.get(IssueGoals.LOCK).measured());
		assertTrue(rows.get(IssueGoals.LOAD).verdict().startsWith("not measured"), text);
		// the lock beside a PostgreSQL server store's needs the server, which this run leaves out
		assertEquals("not measured (--no-postgres)", rows.get(IssueGoals.LOCK_RATIO).verdict(), text);
		assertEquals("not measured (--no-postgres)", rows.get(IssueGoals.ODM_NEW).verdict(), text);
		assertTrue(rows.get(IssueGoals.TABLES_WALL).verdict().startsWith("not measured"), text);
		// the heap the ODM commands need is found by running them as commands (odm-heap; the smoke test of the
		// product runs it)
		assertEquals("not measured (odm-heap not run)", rows.get(IssueGoals.ODM_EXPORT_HEAP).verdict(), text);
		assertEquals("not measured (odm-heap not run)", rows.get(IssueGoals.ODM_IMPORT_HEAP).verdict(), text);
		assertTrue(text.contains("goal <= 2.00x time"), text);
		assertTrue(text.contains("goal >= 0.70x throughput"), text);

		// the product's listing workbook holds the cells the floor counted (About sheet and headers included)
		long cells = 0;
		try (InputStream in = Files.newInputStream(folder.resolve("listings.xlsx"));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					cells += row.getPhysicalNumberOfCells();
				}
			}
		}
		assertEquals(byName.get("Listings to .xlsx").floor().work(), cells);
		assertTrue(PublicationBench.listingRows(PublicationBench.repeated(
				org.trialbench.publication.AnalysisDatasets.of(BenchTrial.generate(2, 60).trial(),
						new org.eclipse.core.runtime.NullProgressMonitor()), 3000)) >= 3000);
	}

	@Test
	void aCorrectionIsAnotherValueTheProtocolAllows() {
		ProtocolFactory factory = ProtocolFactory.eINSTANCE;
		ItemDefinition score = factory.createItemDefinition();
		score.setDataType(ItemDataType.INTEGER);
		score.setMax(new BigDecimal("3"));
		assertEquals("2", CrfCommitBench.corrected(score, "1"));
		assertEquals("2", CrfCommitBench.corrected(score, "3")); // one down at the top of the range
		ItemDefinition length = factory.createItemDefinition();
		length.setDataType(ItemDataType.DECIMAL);
		assertEquals("12.5", CrfCommitBench.corrected(length, "11.5"));
		ItemDefinition sex = factory.createItemDefinition();
		sex.setDataType(ItemDataType.CODE);
		CodeList codes = factory.createCodeList();
		for (String code : List.of("M", "F")) {
			CodeListItem entry = factory.createCodeListItem();
			entry.setCode(code);
			codes.getItems().add(entry);
		}
		sex.setCodeList(codes);
		assertEquals("F", CrfCommitBench.corrected(sex, "M"));
		assertEquals("M", CrfCommitBench.corrected(sex, "F"));
		ItemDefinition date = factory.createItemDefinition();
		date.setDataType(ItemDataType.DATE);
		assertNull(CrfCommitBench.corrected(date, "2026-01-15"));
	}
}
