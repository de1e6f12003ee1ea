package org.trialbench.model.derivation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Body mass index in kg/m², from weight in kilograms and height in centimetres as the CRF collects them. */
public final class BodyMassIndex {
	/** Decimal places when the derived item does not say. */
	public static final int DEFAULT_DECIMAL_PLACES = 1;
	private static final BigDecimal SQUARE_CENTIMETRES_PER_SQUARE_METRE = BigDecimal.valueOf(10_000);

	private BodyMassIndex() {
	}

	/**
	 * weight / (height/100)², rounded half up to the given decimal places.
	 *
	 * @throws IllegalArgumentException when weight or height is not positive
	 */
	public static BigDecimal of(BigDecimal weightKg, BigDecimal heightCm, int decimalPlaces) {
		if (weightKg.signum() <= 0) {
			throw new IllegalArgumentException("weight " + weightKg.toPlainString() + " kg is not positive");
		}
		if (heightCm.signum() <= 0) {
			throw new IllegalArgumentException("height " + heightCm.toPlainString() + " cm is not positive");
		}
		// Dividing once with the final scale rounds the exact quotient, not an already rounded one
		return weightKg.multiply(SQUARE_CENTIMETRES_PER_SQUARE_METRE).divide(heightCm.multiply(heightCm), decimalPlaces,
				RoundingMode.HALF_UP);
	}
}
