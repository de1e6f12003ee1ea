package org.trialbench.ui.labels;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Properties;

import org.eclipse.core.runtime.ILog;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.protocol.CodeList;
import org.trialbench.protocol.CodeListItem;
import org.trialbench.protocol.ItemDataType;
import org.trialbench.protocol.ItemDefinition;

/**
 * Shows an item's canonical value text (see ItemDataType) the way a reader expects it: dates in the configured
 * format, decimals to the item's decimal places, booleans as yes/no, codes with their decode. A value that does
 * not parse as its type is shown as stored; the validator reports it.
 */
public final class ValueText {
	private final DateTimeFormatter dates;
	private final DateTimeFormatter times;

	public ValueText(String datePattern, ZoneId zone) {
		this.dates = DateTimeFormatter.ofPattern(datePattern);
		this.times = DateTimeFormatter.ofPattern(datePattern + " HH:mm").withZone(zone);
	}

	/** The default date format in this machine's time zone. */
	public static ValueText defaults() {
		return new ValueText(WorkbenchSettings.DEFAULT_DATE_FORMAT, ZoneId.systemDefault());
	}

	/**
	 * The date format of the workbench settings ({@link WorkbenchSettings#DATE_FORMAT}); a pattern that is not a
	 * date pattern falls back to the default, and the problem is logged.
	 */
	public static ValueText of(Properties settings) {
		String pattern = settings.getProperty(WorkbenchSettings.DATE_FORMAT, WorkbenchSettings.DEFAULT_DATE_FORMAT);
		try {
			return new ValueText(pattern, ZoneId.systemDefault());
		} catch (IllegalArgumentException e) {
			ILog.of(ValueText.class).warn("The date format '" + pattern + "' in " + WorkbenchSettings.FILE_NAME
					+ " is not a date pattern; showing dates as " + WorkbenchSettings.DEFAULT_DATE_FORMAT, e);
			return defaults();
		}
	}

	/** Empty for a null value. */
	public String format(ItemDefinition item, String value) {
		if (value == null) {
			return "";
		}
		ItemDataType type = item == null ? null : item.getDataType();
		if (item != null && item.getCodeList() != null) {
			return decode(item.getCodeList(), value);
		}
		if (type == null) {
			return value;
		}
		try {
			return switch (type) {
			case DATE -> dates.format(LocalDate.parse(value));
			case DATETIME -> times.format(Instant.parse(value));
			case DECIMAL -> decimal(item, value);
			case BOOLEAN -> bool(value);
			case CODE, INTEGER, TEXT -> value;
			};
		} catch (DateTimeException | NumberFormatException | ArithmeticException e) {
			return value;
		}
	}

	private static String decode(CodeList codeList, String code) {
		for (CodeListItem entry : codeList.getItems()) {
			if (code.equals(entry.getCode())) {
				String decode = entry.getDecode();
				return decode == null || decode.isBlank() ? code : decode + " (" + code + ")";
			}
		}
		return code;
	}

	private static String decimal(ItemDefinition item, String value) {
		BigDecimal number = new BigDecimal(value);
		Integer places = item.getDecimalPlaces();
		if (places != null && places >= 0 && number.scale() <= places) {
			number = number.setScale(places, RoundingMode.UNNECESSARY);
		}
		return number.toPlainString();
	}

	private static String bool(String value) {
		return switch (value) {
		case "true" -> "yes";
		case "false" -> "no";
		default -> value;
		};
	}
}
