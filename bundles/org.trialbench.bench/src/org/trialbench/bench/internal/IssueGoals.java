package org.trialbench.bench.internal;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.trialbench.bench.BenchResult;
import org.trialbench.bench.Figures;
import org.trialbench.bench.Goal;

/**
 * The summary of issue 19 at the end of a run: every figure the issue names, in the order the run measures them,
 * with what this run measured, the goal and PASS or MISS; a figure this run did not measure says so and why.
 */
final class IssueGoals {
	static final String SIZE_LOAD = "store size after the load";
	static final String SIZE_ODM = "store size after the ODM import";
	static final String SIZE_COMMITS = "store size after the single commits";
	static final String SIZE_LOCK = "store size after the data lock";
	static final String SIZE_ODM_NEW = "store size after an ODM import into a new store";
	static final String LOAD = "demo load, embedded / PostgreSQL server";
	static final String ODM_NEW = "ODM import into a new store, embedded / server";
	static final String LOCK = "lock-data (in process)";
	static final String LOCK_RATIO = "lock-data, embedded / PostgreSQL server";
	static final String TABLES = "export-tables end to end (in process)";
	static final String TABLES_WALL = "export-tables command, wall clock";
	static final String LISTINGS = "export-listings end to end (in process)";
	static final String ODM_EXPORT = "export-odm end to end, throughput / floor";
	static final String ODM_IMPORT = "import-odm end to end, throughput / floor";
	static final String ODM_EXPORT_HEAP = "ODM export heap needed / floor's";
	static final String ODM_IMPORT_HEAP = "ODM import heap needed / floor's";
	static final double SIZE_GOAL = 1.5;
	static final double LOAD_GOAL = 1.5;
	static final double HEAP_GOAL = 2.0;

	/** One line of the table. */
	record Row(String figure, String measured, String goal, String verdict) {
	}

	private final Map<String, Row> rows = new LinkedHashMap<>();

	IssueGoals() {
		String size = "<= " + Figures.ratio(SIZE_GOAL);
		for (String figure : List.of(SIZE_LOAD, SIZE_COMMITS, SIZE_LOCK, SIZE_ODM)) {
			rows.put(figure, new Row(figure, "-", size, "not measured (store-size not run)"));
		}
		String odmNew = "not measured (odm-new not run)";
		rows.put(SIZE_ODM_NEW, new Row(SIZE_ODM_NEW, "-", size, odmNew));
		rows.put(LOAD, new Row(LOAD, "-", "<= " + Figures.ratio(LOAD_GOAL), "not measured (load not run)"));
		rows.put(ODM_NEW, new Row(ODM_NEW, "-", "<= " + Figures.ratio(LOAD_GOAL), odmNew));
		rows.put(LOCK, new Row(LOCK, "-", "< 5,000 ms", "not measured (lock not run)"));
		rows.put(LOCK_RATIO, new Row(LOCK_RATIO, "-", "<= " + Figures.ratio(LOAD_GOAL), "not measured (lock not run)"));
		rows.put(TABLES, new Row(TABLES, "-", "< 3,000 ms", "not measured (export not run)"));
		rows.put(TABLES_WALL, new Row(TABLES_WALL, "-", "< 6,000 ms", "not measured (export-wall not run)"));
		rows.put(LISTINGS, new Row(LISTINGS, "-", "< 30,000 ms", "not measured (export not run)"));
		for (String figure : List.of(ODM_EXPORT, ODM_IMPORT)) {
			rows.put(figure, new Row(figure, "-", ">= 0.50x", "not measured (odm not run)"));
		}
		for (String figure : List.of(ODM_EXPORT_HEAP, ODM_IMPORT_HEAP)) {
			rows.put(figure, new Row(figure, "-", "<= " + Figures.ratio(HEAP_GOAL), "not measured (odm-heap not run)"));
		}
	}

	/** A figure with its own name (the store-size checkpoints name their step). */
	void measured(String figure, String label, String measured, boolean met) {
		Row row = rows.get(figure);
		rows.put(figure, new Row(label, measured, row.goal(), met ? "PASS" : "MISS"));
	}

	void measured(String figure, String measured, boolean met) {
		measured(figure, rows.get(figure).figure(), measured, met);
	}

	/** Why a figure was not measured in this run. */
	void notMeasured(String figure, String why) {
		Row row = rows.get(figure);
		rows.put(figure, new Row(row.figure(), "-", row.goal(), "not measured (" + why + ")"));
	}

	/** A benchmark's own figure against its own goal (the median in ms, or its ratio to the floor). */
	void result(String figure, BenchResult result) {
		if (!result.ran()) {
			notMeasured(figure, result.skipped());
			return;
		}
		double value = result.figure();
		measured(figure, result.goal().kind() == Goal.Kind.MILLIS_BELOW ? Figures.millis(value) : Figures.ratio(value),
				result.met());
	}

	/**
	 * The heap the product command needs against its floor's ({@link OdmHeapNeed}): the ratio of the smallest
	 * maximum heaps each completes in. A product that did not complete at the search's ceiling misses.
	 */
	void heapNeed(String figure, OdmHeapNeed.Need product, OdmHeapNeed.Need floor) {
		if (!product.result().found() || !floor.result().found()) {
			measured(figure, (product.result().found() ? "floor" : "product") + " did not complete in the largest heap tried",
					false);
			return;
		}
		int needed = product.result().megabytes();
		int floorNeeded = floor.result().megabytes();
		double ratio = (double) needed / floorNeeded;
		measured(figure, Figures.ratio(ratio) + " (" + needed + " / " + floorNeeded + " MB)", ratio <= HEAP_GOAL);
	}

	List<Row> rows() {
		return List.copyOf(rows.values());
	}

	void print(int subjects, PrintStream out) {
		out.println();
		out.println(String.format(Locale.ROOT, "Issue 19 goals (%,d subjects; embedded store: PostgreSQL)", subjects));
		out.println(String.format(Locale.ROOT, "  %-52s %-28s %-12s %s", "figure", "measured", "goal", "verdict"));
		for (Row row : rows.values()) {
			out.println(String.format(Locale.ROOT, "  %-52s %-28s %-12s %s", row.figure(), row.measured(), row.goal(),
					row.verdict()));
		}
		long missed = rows.values().stream().filter(r -> r.verdict().equals("MISS")).count();
		long open = rows.values().stream().filter(r -> r.verdict().startsWith("not measured")).count();
		out.println("  " + (rows.size() - missed - open) + " PASS, " + missed + " MISS, " + open + " not measured");
		out.flush();
	}
}
