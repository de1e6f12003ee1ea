package org.trialbench.model.derivation;

import java.util.Optional;

import org.trialbench.protocol.ItemDefinition;

/**
 * The outcome of deriving one item value: a value in canonical text, no value because an input is missing, or an
 * invalid input. Missing and invalid are kept apart because a missing Eckardt item means "no total yet" while an item
 * of 4 is an error someone has to correct; neither may turn into a number.
 */
public sealed interface DerivationResult {

	/** A derived value in canonical text. */
	record Value(String text) implements DerivationResult {
		public Value {
			if (text == null) {
				throw new IllegalArgumentException("a derived value needs text; use Missing for no value");
			}
		}
	}

	/** No value can be derived yet, for example because an input has not been entered. */
	record Missing(String reason) implements DerivationResult {
	}

	/**
	 * An input makes the derivation impossible, for example an Eckardt item outside 0–3 or an event before its
	 * anchor date.
	 *
	 * @param item         the offending item, or null when the problem is not one item's (such as a bad parameter)
	 * @param enteredValue true when the input's own value is wrong (does not parse, an Eckardt grade outside 0–3), so
	 *                     that validation reports it on that value; false when the values are each fine but do not
	 *                     go together (consent before birth)
	 */
	record Invalid(String reason, ItemDefinition item, boolean enteredValue) implements DerivationResult {
	}

	static DerivationResult value(String text) {
		return new Value(text);
	}

	static DerivationResult missing(String reason) {
		return new Missing(reason);
	}

	static DerivationResult invalid(String reason, ItemDefinition item) {
		return new Invalid(reason, item, false);
	}

	static DerivationResult invalidEntry(String reason, ItemDefinition item) {
		return new Invalid(reason, item, true);
	}

	/** The derived value in canonical text, empty when there is none. */
	default Optional<String> value() {
		return this instanceof Value value ? Optional.of(value.text()) : Optional.empty();
	}

	/** Why there is no value, empty when there is one. */
	default Optional<String> problem() {
		return switch (this) {
		case Value value -> Optional.empty();
		case Missing missing -> Optional.of(missing.reason());
		case Invalid invalid -> Optional.of(invalid.reason());
		};
	}
}
