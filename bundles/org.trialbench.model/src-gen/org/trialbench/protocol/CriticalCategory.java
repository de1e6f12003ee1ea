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
 * A representation of the literals of the enumeration '<em><b>Critical Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.trialbench.protocol.ProtocolPackage#getCriticalCategory()
 * @model
 * @generated
 */
public enum CriticalCategory implements Enumerator {
	/**
	 * The '<em><b>Consent</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSENT_VALUE
	 * @generated
	 * @ordered
	 */
	CONSENT(0, "consent", "consent"),

	/**
	 * The '<em><b>Eligibility</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELIGIBILITY_VALUE
	 * @generated
	 * @ordered
	 */
	ELIGIBILITY(1, "eligibility", "eligibility"),

	/**
	 * The '<em><b>Randomization</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RANDOMIZATION_VALUE
	 * @generated
	 * @ordered
	 */
	RANDOMIZATION(2, "randomization", "randomization"),

	/**
	 * The '<em><b>Primary Endpoint</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIMARY_ENDPOINT_VALUE
	 * @generated
	 * @ordered
	 */
	PRIMARY_ENDPOINT(3, "primaryEndpoint", "primaryEndpoint"),

	/**
	 * The '<em><b>Serious Adverse Events</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERIOUS_ADVERSE_EVENTS_VALUE
	 * @generated
	 * @ordered
	 */
	SERIOUS_ADVERSE_EVENTS(4, "seriousAdverseEvents", "seriousAdverseEvents"),

	/**
	 * The '<em><b>Adverse Events</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVERSE_EVENTS_VALUE
	 * @generated
	 * @ordered
	 */
	ADVERSE_EVENTS(5, "adverseEvents", "adverseEvents"),

	/**
	 * The '<em><b>Withdrawal</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WITHDRAWAL_VALUE
	 * @generated
	 * @ordered
	 */
	WITHDRAWAL(6, "withdrawal", "withdrawal");

	/**
	 * The '<em><b>Consent</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSENT
	 * @model name="consent"
	 * @generated
	 * @ordered
	 */
	public static final int CONSENT_VALUE = 0;

	/**
	 * The '<em><b>Eligibility</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELIGIBILITY
	 * @model name="eligibility"
	 * @generated
	 * @ordered
	 */
	public static final int ELIGIBILITY_VALUE = 1;

	/**
	 * The '<em><b>Randomization</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RANDOMIZATION
	 * @model name="randomization"
	 * @generated
	 * @ordered
	 */
	public static final int RANDOMIZATION_VALUE = 2;

	/**
	 * The '<em><b>Primary Endpoint</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIMARY_ENDPOINT
	 * @model name="primaryEndpoint"
	 * @generated
	 * @ordered
	 */
	public static final int PRIMARY_ENDPOINT_VALUE = 3;

	/**
	 * The '<em><b>Serious Adverse Events</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERIOUS_ADVERSE_EVENTS
	 * @model name="seriousAdverseEvents"
	 * @generated
	 * @ordered
	 */
	public static final int SERIOUS_ADVERSE_EVENTS_VALUE = 4;

	/**
	 * The '<em><b>Adverse Events</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVERSE_EVENTS
	 * @model name="adverseEvents"
	 * @generated
	 * @ordered
	 */
	public static final int ADVERSE_EVENTS_VALUE = 5;

	/**
	 * The '<em><b>Withdrawal</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WITHDRAWAL
	 * @model name="withdrawal"
	 * @generated
	 * @ordered
	 */
	public static final int WITHDRAWAL_VALUE = 6;

	/**
	 * An array of all the '<em><b>Critical Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CriticalCategory[] VALUES_ARRAY =
		new CriticalCategory[] {
			CONSENT,
			ELIGIBILITY,
			RANDOMIZATION,
			PRIMARY_ENDPOINT,
			SERIOUS_ADVERSE_EVENTS,
			ADVERSE_EVENTS,
			WITHDRAWAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Critical Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CriticalCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Critical Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CriticalCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CriticalCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Critical Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CriticalCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CriticalCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Critical Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CriticalCategory get(int value) {
		switch (value) {
			case CONSENT_VALUE: return CONSENT;
			case ELIGIBILITY_VALUE: return ELIGIBILITY;
			case RANDOMIZATION_VALUE: return RANDOMIZATION;
			case PRIMARY_ENDPOINT_VALUE: return PRIMARY_ENDPOINT;
			case SERIOUS_ADVERSE_EVENTS_VALUE: return SERIOUS_ADVERSE_EVENTS;
			case ADVERSE_EVENTS_VALUE: return ADVERSE_EVENTS;
			case WITHDRAWAL_VALUE: return WITHDRAWAL;
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
	private CriticalCategory(int value, String name, String literal) {
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
	
} //CriticalCategory
