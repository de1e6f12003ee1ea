package org.trialbench.demo.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.trialbench.clinical.MissingCode;
import org.trialbench.protocol.CodeListItem;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDefinition;

/**
 * The answers of one form before they become item values: each item of the form gets a value in the canonical text
 * of its data type, or a missing code. Every value is checked against the item's type, range and code list, so a
 * generator mistake fails here instead of producing data the validator would reject.
 */
final class FormValues {
	record Entry(String value, MissingCode missing, String queryText) {
	}

	/** Canonical texts of small integers, shared because item values repeat them hundreds of thousands of times. */
	private static final String[] SMALL = new String[256];
	static {
		for (int i = 0; i < SMALL.length; i++) {
			SMALL[i] = Integer.toString(i).intern();
		}
	}

	private final FormDefinition form;
	private final Map<String, ItemDefinition> items = new LinkedHashMap<>();
	private final Map<String, Entry> entries = new LinkedHashMap<>();

	FormValues(FormDefinition form) {
		this.form = form;
		for (ItemDefinition item : form.getItems()) {
			items.put(item.getOid(), item);
		}
	}

	FormDefinition form() {
		return form;
	}

	static String canonical(int value) {
		return value >= 0 && value < SMALL.length ? SMALL[value] : Integer.toString(value);
	}

	FormValues integer(String oid, int value) {
		return put(oid, canonical(value));
	}

	/** Rounded half-up to the item's decimal places. */
	FormValues decimal(String oid, double value) {
		ItemDefinition item = item(oid);
		int places = item.getDecimalPlaces() == null ? 1 : item.getDecimalPlaces();
		return put(oid, BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString());
	}

	FormValues date(String oid, LocalDate value) {
		return put(oid, value.toString());
	}

	FormValues bool(String oid, boolean value) {
		return put(oid, value ? "true" : "false");
	}

	FormValues code(String oid, String code) {
		return put(oid, code);
	}

	FormValues text(String oid, String text) {
		return put(oid, text);
	}

	FormValues missing(String oid, MissingCode code) {
		item(oid);
		if (code == MissingCode.NONE) {
			throw new IllegalArgumentException(oid + ": a missing value needs a missing code");
		}
		entries.put(oid, new Entry(null, code, null));
		return this;
	}

	/** Asks for a query on the item's value, with the text a monitor would write. */
	FormValues query(String oid, String text) {
		Entry entry = entries.get(oid);
		if (entry == null) {
			throw new IllegalStateException(oid + " has no value to query yet");
		}
		entries.put(oid, new Entry(entry.value(), entry.missing(), text));
		return this;
	}

	FormValues put(String oid, String value) {
		ItemDefinition item = item(oid);
		check(item, value);
		entries.put(oid, new Entry(value, MissingCode.NONE, null));
		return this;
	}

	boolean has(String oid) {
		return entries.containsKey(oid);
	}

	/** The canonical value, or null when missing or not given. */
	String value(String oid) {
		Entry entry = entries.get(oid);
		return entry == null ? null : entry.value();
	}

	Entry entry(String oid) {
		return entries.get(oid);
	}

	ItemDefinition item(String oid) {
		ItemDefinition item = items.get(oid);
		if (item == null) {
			throw new IllegalArgumentException(oid + " is not an item of form " + form.getOid());
		}
		return item;
	}

	Iterable<ItemDefinition> items() {
		return items.values();
	}

	private static void check(ItemDefinition item, String value) {
		String oid = item.getOid();
		if (value == null) {
			throw new IllegalArgumentException(oid + ": use missing() for an absent value");
		}
		switch (item.getDataType()) {
		case INTEGER -> inRange(item, new BigDecimal(Integer.parseInt(value)));
		case DECIMAL -> inRange(item, new BigDecimal(value));
		case DATE -> LocalDate.parse(value);
		case BOOLEAN -> {
			if (!value.equals("true") && !value.equals("false")) {
				throw new IllegalArgumentException(oid + ": not a boolean: " + value);
			}
		}
		case CODE, TEXT, DATETIME -> {
			// checked against the code list below
		}
		}
		if (item.getCodeList() != null) {
			boolean known = false;
			for (CodeListItem code : item.getCodeList().getItems()) {
				known |= code.getCode().equals(value);
			}
			if (!known) {
				throw new IllegalArgumentException(oid + ": " + value + " is not in " + item.getCodeList().getOid());
			}
		}
	}

	private static void inRange(ItemDefinition item, BigDecimal number) {
		if (item.isSetMin() && number.compareTo(item.getMin()) < 0
				|| item.isSetMax() && number.compareTo(item.getMax()) > 0) {
			throw new IllegalArgumentException(item.getOid() + ": " + number + " is outside " + item.getMin() + ".."
					+ item.getMax());
		}
	}
}
