/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Derivation Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.trialbench.protocol.ProtocolPackage#getDerivationKind()
 * @model
 * @generated
 */
public enum DerivationKind implements Enumerator {
	/**
	 * The '<em><b>Eckardt Total</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECKARDT_TOTAL_VALUE
	 * @generated
	 * @ordered
	 */
	ECKARDT_TOTAL(0, "eckardtTotal", "eckardtTotal"),

	/**
	 * The '<em><b>Eckardt Success</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECKARDT_SUCCESS_VALUE
	 * @generated
	 * @ordered
	 */
	ECKARDT_SUCCESS(1, "eckardtSuccess", "eckardtSuccess"),

	/**
	 * The '<em><b>Sum</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUM_VALUE
	 * @generated
	 * @ordered
	 */
	SUM(2, "sum", "sum"),

	/**
	 * The '<em><b>Age At Consent</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGE_AT_CONSENT_VALUE
	 * @generated
	 * @ordered
	 */
	AGE_AT_CONSENT(3, "ageAtConsent", "ageAtConsent"),

	/**
	 * The '<em><b>Time To Event</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIME_TO_EVENT_VALUE
	 * @generated
	 * @ordered
	 */
	TIME_TO_EVENT(4, "timeToEvent", "timeToEvent"),

	/**
	 * The '<em><b>Bmi</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BMI_VALUE
	 * @generated
	 * @ordered
	 */
	BMI(5, "bmi", "bmi"),

	/**
	 * The '<em><b>Change From Baseline</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHANGE_FROM_BASELINE_VALUE
	 * @generated
	 * @ordered
	 */
	CHANGE_FROM_BASELINE(6, "changeFromBaseline", "changeFromBaseline"),

	/**
	 * The '<em><b>Days Between</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DAYS_BETWEEN_VALUE
	 * @generated
	 * @ordered
	 */
	DAYS_BETWEEN(7, "daysBetween", "daysBetween");

	/**
	 * The '<em><b>Eckardt Total</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECKARDT_TOTAL
	 * @model name="eckardtTotal"
	 * @generated
	 * @ordered
	 */
	public static final int ECKARDT_TOTAL_VALUE = 0;

	/**
	 * The '<em><b>Eckardt Success</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECKARDT_SUCCESS
	 * @model name="eckardtSuccess"
	 * @generated
	 * @ordered
	 */
	public static final int ECKARDT_SUCCESS_VALUE = 1;

	/**
	 * The '<em><b>Sum</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUM
	 * @model name="sum"
	 * @generated
	 * @ordered
	 */
	public static final int SUM_VALUE = 2;

	/**
	 * The '<em><b>Age At Consent</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGE_AT_CONSENT
	 * @model name="ageAtConsent"
	 * @generated
	 * @ordered
	 */
	public static final int AGE_AT_CONSENT_VALUE = 3;

	/**
	 * The '<em><b>Time To Event</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIME_TO_EVENT
	 * @model name="timeToEvent"
	 * @generated
	 * @ordered
	 */
	public static final int TIME_TO_EVENT_VALUE = 4;

	/**
	 * The '<em><b>Bmi</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BMI
	 * @model name="bmi"
	 * @generated
	 * @ordered
	 */
	public static final int BMI_VALUE = 5;

	/**
	 * The '<em><b>Change From Baseline</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHANGE_FROM_BASELINE
	 * @model name="changeFromBaseline"
	 * @generated
	 * @ordered
	 */
	public static final int CHANGE_FROM_BASELINE_VALUE = 6;

	/**
	 * The '<em><b>Days Between</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DAYS_BETWEEN
	 * @model name="daysBetween"
	 * @generated
	 * @ordered
	 */
	public static final int DAYS_BETWEEN_VALUE = 7;

	/**
	 * An array of all the '<em><b>Derivation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DerivationKind[] VALUES_ARRAY =
		new DerivationKind[] {
			ECKARDT_TOTAL,
			ECKARDT_SUCCESS,
			SUM,
			AGE_AT_CONSENT,
			TIME_TO_EVENT,
			BMI,
			CHANGE_FROM_BASELINE,
			DAYS_BETWEEN,
		};

	/**
	 * A public read-only list of all the '<em><b>Derivation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DerivationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Derivation Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DerivationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DerivationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Derivation Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DerivationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DerivationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Derivation Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DerivationKind get(int value) {
		switch (value) {
			case ECKARDT_TOTAL_VALUE: return ECKARDT_TOTAL;
			case ECKARDT_SUCCESS_VALUE: return ECKARDT_SUCCESS;
			case SUM_VALUE: return SUM;
			case AGE_AT_CONSENT_VALUE: return AGE_AT_CONSENT;
			case TIME_TO_EVENT_VALUE: return TIME_TO_EVENT;
			case BMI_VALUE: return BMI;
			case CHANGE_FROM_BASELINE_VALUE: return CHANGE_FROM_BASELINE;
			case DAYS_BETWEEN_VALUE: return DAYS_BETWEEN;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private DerivationKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //DerivationKind
