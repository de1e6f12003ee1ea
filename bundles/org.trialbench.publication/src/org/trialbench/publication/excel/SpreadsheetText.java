package org.trialbench.publication.excel;

/**
 * Defends exported text against spreadsheet formula injection (CSV injection, OWASP): a text that a spreadsheet
 * program would read as a formula or a command (starting with =, +, -, @, tab or carriage return) is marked as
 * text. In .xlsx the cell is a string with the quote-prefix style, so the text shows unchanged; in CSV it gets a
 * leading apostrophe, the convention spreadsheet programs honour.
 */
public final class SpreadsheetText {

	private SpreadsheetText() {
	}

	public static boolean dangerous(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				|| first == '\n' || first == '|' || first == '%';
	}

	/** The text as a CSV field: neutralised when dangerous, quoted when it holds a separator, quote or newline. */
	public static String csvField(String text) {
		if (text == null) {
			return "";
		}
		String safe = dangerous(text) ? "'" + text : text;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
				|| safe.contains(";")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}
}
