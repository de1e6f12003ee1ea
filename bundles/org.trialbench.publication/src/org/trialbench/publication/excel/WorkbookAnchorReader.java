package org.trialbench.publication.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.osgi.service.component.annotations.Component;
import org.trialbench.repository.AuditAnchor;
import org.trialbench.repository.AuditAnchorReader;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The audit anchor of a tables or listings workbook, from its About sheet ({@link WorkbookProvenance#AUDIT_ENTRY},
 * {@link WorkbookProvenance#AUDIT_HASH}), or of CSV listings, from their {@code -about.csv}. Reads only the About
 * sheet, streaming, so that a large listings workbook is not loaded whole.
 */
@Component(service = AuditAnchorReader.class)
public class WorkbookAnchorReader implements AuditAnchorReader {

	private static final String ABOUT = "About";

	@Override
	public Optional<AuditAnchor> read(Path file) throws IOException {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		Map<String, String> about;
		if (name.endsWith(".xlsx")) {
			about = aboutSheet(file);
			if (about == null) {
				throw new IOException("the workbook has no About sheet, so it is not a Trialbench export");
			}
		} else if (name.endsWith(".csv")) {
			about = aboutCsv(file);
		} else {
			return Optional.empty();
		}
		String sequence = about.get(WorkbookProvenance.AUDIT_ENTRY);
		String hash = about.get(WorkbookProvenance.AUDIT_HASH);
		if (sequence == null || hash == null || hash.isBlank()) {
			throw new IOException((name.endsWith(".csv") ? "it records no audit anchor (CSV listings keep theirs "
					+ "in the file NAME-about.csv; " : "its About sheet records no audit anchor (")
					+ "an export made before Trialbench recorded anchors, or from a data lock made before locks did)");
		}
		try {
			return Optional.of(AuditAnchor.parse(sequence, hash));
		} catch (IllegalArgumentException e) {
			throw new IOException("its audit anchor cannot be read: " + e.getMessage(), e);
		}
	}

	/** The About sheet's lines (label in column A, value in column B), or null when there is no About sheet. */
	private static Map<String, String> aboutSheet(Path file) throws IOException {
		try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(workbook);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream sheet = sheets.next()) {
					if (ABOUT.equals(sheets.getSheetName())) {
						Lines lines = new Lines();
						XMLReader parser = XMLHelper.newXMLReader();
						parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, lines,
								new DataFormatter(), false));
						parser.parse(new InputSource(sheet));
						return lines.values;
					}
				}
			}
			return null;
		} catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
			throw new IOException("it cannot be read as an .xlsx workbook: " + e.getMessage(), e);
		}
	}

	/**
	 * The lines of CSV listings' About file ({@code NAME-about.csv}, label and value per line). Other CSV files hold
	 * no such lines, and the caller names what is missing.
	 */
	private static Map<String, String> aboutCsv(Path file) throws IOException {
		Map<String, String> lines = new HashMap<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			String text = line.startsWith("\uFEFF") ? line.substring(1) : line;
			for (String label : new String[] { WorkbookProvenance.AUDIT_ENTRY, WorkbookProvenance.AUDIT_HASH }) {
				if (text.startsWith(label + ",")) {
					lines.putIfAbsent(label, text.substring(label.length() + 1).strip());
				}
			}
		}
		return lines;
	}

	/** Collects label and value of each row of the About sheet. */
	private static final class Lines implements XSSFSheetXMLHandler.SheetContentsHandler {
		final Map<String, String> values = new HashMap<>();
		private String label;

		@Override
		public void startRow(int rowNum) {
			label = null;
		}

		@Override
		public void endRow(int rowNum) {
			label = null;
		}

		@Override
		public void cell(String reference, String formattedValue, XSSFComment comment) {
			int column = new CellReference(reference).getCol();
			if (column == 0) {
				label = formattedValue;
			} else if (column == 1 && label != null) {
				values.putIfAbsent(label, formattedValue);
			}
		}
	}
}
