package org.trialbench.interchange.odm.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.trialbench.protocol.CodeList;
import org.trialbench.protocol.CodeListItem;
import org.trialbench.protocol.ItemDataType;
import org.trialbench.protocol.ItemDefinition;

/**
 * An ODM value as Trialbench's canonical text for the item's data type (see ItemDataType), or why it is not one.
 * ODM datetimes without an offset are taken as UTC, the store's time scale.
 */
public final class ValueCheck {

	public record Result(String canonical, String error, String warning) {
	}

	private ValueCheck() {
	}

	public static Result check(ItemDefinition item, String raw) {
		String value = raw.strip();
		ItemDataType type = item.getDataType();
		String canonical;
		try {
			canonical = switch (type) {
			case INTEGER -> new BigInteger(value).toString();
			case DECIMAL -> {
				new BigDecimal(value);
				yield value;
			}
			case DATE -> LocalDate.parse(value).toString();
			case DATETIME -> datetime(value);
			case BOOLEAN -> switch (value) {
				case "true", "1", "Yes", "Y" -> "true";
				case "false", "0", "No", "N" -> "false";
				default -> throw new IllegalArgumentException();
			};
			case CODE -> value;
			default -> raw;
			};
		} catch (NumberFormatException | DateTimeParseException e) {
			return new Result(null, "'" + ExtensionCodec.shorten(value) + "' is not a valid " + type.getLiteral()
					+ " for " + item.getOid(), null);
		} catch (IllegalArgumentException e) {
			return new Result(null, "'" + ExtensionCodec.shorten(value) + "' is not a boolean (true/false) for "
					+ item.getOid(), null);
		}
		CodeList codeList = item.getCodeList();
		if (codeList != null && !canonical.equals(value) && inCodeList(codeList, value)) {
			// the code list names the stored values: a REDCap check box is a boolean coded 1/0, kept as coded
			canonical = value;
		}
		if (codeList != null && !inCodeList(codeList, canonical)) {
			return new Result(null, "'" + ExtensionCodec.shorten(value) + "' is not in the code list "
					+ codeList.getOid() + " of " + item.getOid(), null);
		}
		String warning = null;
		if ((type == ItemDataType.INTEGER || type == ItemDataType.DECIMAL)) {
			BigDecimal number = new BigDecimal(canonical);
			if (item.isSetMin() && number.compareTo(item.getMin()) < 0
					|| item.isSetMax() && number.compareTo(item.getMax()) > 0) {
				warning = canonical + " is outside the range " + text(item) + " of " + item.getOid();
			}
		}
		return new Result(canonical, null, warning);
	}

	private static String text(ItemDefinition item) {
		return (item.isSetMin() ? item.getMin().toPlainString() : "") + ".."
				+ (item.isSetMax() ? item.getMax().toPlainString() : "");
	}

	private static boolean inCodeList(CodeList codeList, String value) {
		for (CodeListItem entry : codeList.getItems()) {
			if (entry.getCode().equals(value)) {
				return true;
			}
		}
		return false;
	}

	private static String datetime(String value) {
		try {
			return OffsetDateTime.parse(value).toInstant().toString();
		} catch (DateTimeParseException e) {
			try {
				return Instant.parse(value).toString();
			} catch (DateTimeParseException e2) {
				return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC).toString();
			}
		}
	}
}
