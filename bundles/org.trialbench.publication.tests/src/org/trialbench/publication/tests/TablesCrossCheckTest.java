package org.trialbench.publication.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialbench.demo.DemoTrialGenerator;
import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisDatasets;
import org.trialbench.publication.AnalysisEvent;
import org.trialbench.publication.AnalysisSubject;
import org.trialbench.publication.Population;
import org.trialbench.publication.excel.TablesWorkbook;
import org.trialbench.publication.excel.WorkbookProvenance;
import org.trialbench.publication.statistics.Summary;
import org.trialbench.publication.tables.BaselineTable;
import org.trialbench.publication.tables.BaselineVariable;
import org.trialbench.publication.tables.Formats;
import org.trialbench.publication.tables.HarmsTable;
import org.trialbench.publication.tables.PublicationTable;
import org.trialbench.publication.tables.PublicationTables;
import org.trialbench.publication.tables.Row;

/**
 * The tables of a generated 400-subject trial against counts made here the plain way (one scan of the subjects for
 * every cell), so that counting in one pass gives the numbers a reader would count by hand; and the pictures of
 * the workbook sit where POI's own sizing from the decoded image puts them.
 */
class TablesCrossCheckTest {
	static AnalysisDataset data;

	@TempDir
	Path directory;

	@BeforeAll
	static void generate() {
		data = AnalysisDatasets.of(new DemoTrialGenerator(4, 400, 2026).generate(new NullProgressMonitor()).trial(),
				new NullProgressMonitor());
	}

	@Test
	void harmsRowsMatchAScanPerRow() {
		PublicationTable table = HarmsTable.of(data);
		List<List<AnalysisSubject>> arms = data.arms().stream().map(a -> data.in(Population.SAFETY, a)).toList();
		int checked = 0;
		boolean inTerms = false;
		String soc = null;
		for (Row row : table.rows()) {
			if (row.heading()) {
				inTerms = row.label().startsWith("By system organ class");
				continue;
			}
			if (!inTerms) {
				continue;
			}
			String label = row.label();
			if (row.indent() == 0) {
				soc = label;
			}
			String organ = soc;
			for (int a = 0; a < arms.size(); a++) {
				int subjects = 0;
				int events = 0;
				for (AnalysisSubject s : arms.get(a)) {
					int n = 0;
					for (AnalysisEvent e : s.adverseEvents()) {
						if (e.treatmentEmergent() && e.soc().equals(organ) && (row.indent() == 0 || e.pt().equals(label))) {
							n++;
						}
					}
					subjects += n > 0 ? 1 : 0;
					events += n;
				}
				assertEquals(Formats.count(subjects, arms.get(a).size()), row.cells().get(2 * a).text(), label);
				assertEquals(String.valueOf(events), row.cells().get(2 * a + 1).text(), label);
				checked++;
			}
		}
		assertTrue(checked > 10, "the generated trial has terms to check: " + checked);
		for (int grade = 1; grade <= 5; grade++) {
			for (int a = 0; a < arms.size(); a++) {
				int subjects = 0;
				int events = 0;
				for (AnalysisSubject s : arms.get(a)) {
					int max = 0;
					for (AnalysisEvent e : s.adverseEvents()) {
						if (e.treatmentEmergent() && e.grade() != null) {
							max = Math.max(max, e.grade());
							events += e.grade() == grade ? 1 : 0;
						}
					}
					subjects += max == grade ? 1 : 0;
				}
				Row row = table.row("Grade " + grade);
				assertEquals(Formats.count(subjects, arms.get(a).size()), row.cells().get(2 * a).text());
				assertEquals(String.valueOf(events), row.cells().get(2 * a + 1).text());
			}
		}
	}

	@Test
	void baselineSummariesMatchEachGroupSummarisedAlone() {
		List<BaselineVariable> variables = BaselineVariable.poemBtx();
		PublicationTable table = BaselineTable.of(data, Population.ITT, variables);
		List<List<AnalysisSubject>> groups = new ArrayList<>();
		data.arms().forEach(a -> groups.add(data.in(Population.ITT, a)));
		groups.add(data.in(Population.ITT));
		for (BaselineVariable v : variables) {
			if (v.kind() == BaselineVariable.Kind.MEAN_SD || v.kind() == BaselineVariable.Kind.MEDIAN_IQR) {
				boolean mean = v.kind() == BaselineVariable.Kind.MEAN_SD;
				Row row = table.row(v.label() + (mean ? ", mean (SD)" : ", median (IQR)"));
				for (int g = 0; g < groups.size(); g++) {
					List<Double> values = new ArrayList<>();
					groups.get(g).forEach(s -> {
						if (s.number(v.visitOid(), v.itemOid()) != null) {
							values.add(s.number(v.visitOid(), v.itemOid()));
						}
					});
					Summary summary = Summary.of(values);
					assertEquals(mean ? Formats.meanSd(summary, v.decimals()) : Formats.medianIqr(summary, v.decimals()),
							row.cells().get(g).text(), v.label());
				}
			} else if (v.kind() == BaselineVariable.Kind.YES_NO) {
				Row row = table.row(v.label() + ", n (%)");
				for (int g = 0; g < groups.size(); g++) {
					long known = groups.get(g).stream().filter(s -> s.value(v.visitOid(), v.itemOid()) != null).count();
					long yes = groups.get(g).stream().filter(s -> "true".equals(s.value(v.visitOid(), v.itemOid()))).count();
					assertEquals(Formats.count((int) yes, (int) known), row.cells().get(g).text(), v.label());
				}
			}
		}
	}

	@Test
	void picturesSitWherePoiSizesThemFromTheImage() throws Exception {
		Path file = directory.resolve("tables.xlsx");
		TablesWorkbook.write(PublicationTables.of(data, Population.ITT, new NullProgressMonitor()),
				new WorkbookProvenance("POEM-SPASM", data.snapshot(), Population.ITT, "test", Instant.now(), null), file,
				new NullProgressMonitor());
		int pictures = 0;
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				XSSFSheet sheet = workbook.getSheetAt(i);
				XSSFDrawing drawing = sheet.getDrawingPatriarch();
				if (drawing == null) {
					continue;
				}
				for (XSSFShape shape : drawing.getShapes()) {
					XSSFPicture picture = (XSSFPicture) shape;
					XSSFClientAnchor written = picture.getClientAnchor();
					int[] placed = { written.getCol1(), written.getRow1(), written.getCol2(), written.getDx2(),
							written.getRow2(), written.getDy2() };
					java.awt.Dimension size = picture.getImageDimension();
					picture.resize(); // POI decodes the PNG and sizes the anchor from it
					XSSFClientAnchor expected = picture.getClientAnchor();
					String name = sheet.getSheetName() + " " + size;
					assertEquals(expected.getCol1(), placed[0], name);
					assertEquals(expected.getRow1(), placed[1], name);
					assertEquals(expected.getCol2(), placed[2], name);
					assertEquals(expected.getDx2(), placed[3], 1, name);
					assertEquals(expected.getRow2(), placed[4], name);
					assertEquals(expected.getDy2(), placed[5], 1, name);
					pictures++;
				}
			}
		}
		assertEquals(4, pictures, "CONSORT diagram, Eckardt over time, forest plot, Kaplan–Meier curves");
	}
}
