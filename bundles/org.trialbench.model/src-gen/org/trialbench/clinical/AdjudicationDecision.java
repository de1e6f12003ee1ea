/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.clinical;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Adjudication Decision</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.trialbench.clinical.ClinicalPackage#getAdjudicationDecision()
 * @model
 * @generated
 */
public enum AdjudicationDecision implements Enumerator {
	/**
	 * The '<em><b>Endpoint Met</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENDPOINT_MET_VALUE
	 * @generated
	 * @ordered
	 */
	ENDPOINT_MET(0, "endpointMet", "endpointMet"),

	/**
	 * The '<em><b>Endpoint Not Met</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENDPOINT_NOT_MET_VALUE
	 * @generated
	 * @ordered
	 */
	ENDPOINT_NOT_MET(1, "endpointNotMet", "endpointNotMet"),

	/**
	 * The '<em><b>Indeterminate</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDETERMINATE_VALUE
	 * @generated
	 * @ordered
	 */
	INDETERMINATE(2, "indeterminate", "indeterminate");

	/**
	 * The '<em><b>Endpoint Met</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENDPOINT_MET
	 * @model name="endpointMet"
	 * @generated
	 * @ordered
	 */
	public static final int ENDPOINT_MET_VALUE = 0;

	/**
	 * The '<em><b>Endpoint Not Met</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENDPOINT_NOT_MET
	 * @model name="endpointNotMet"
	 * @generated
	 * @ordered
	 */
	public static final int ENDPOINT_NOT_MET_VALUE = 1;

	/**
	 * The '<em><b>Indeterminate</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDETERMINATE
	 * @model name="indeterminate"
	 * @generated
	 * @ordered
	 */
	public static final int INDETERMINATE_VALUE = 2;

	/**
	 * An array of all the '<em><b>Adjudication Decision</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AdjudicationDecision[] VALUES_ARRAY =
		new AdjudicationDecision[] {
			ENDPOINT_MET,
			ENDPOINT_NOT_MET,
			INDETERMINATE,
		};

	/**
	 * A public read-only list of all the '<em><b>Adjudication Decision</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AdjudicationDecision> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Adjudication Decision</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AdjudicationDecision get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AdjudicationDecision result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Adjudication Decision</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AdjudicationDecision getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AdjudicationDecision result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Adjudication Decision</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AdjudicationDecision get(int value) {
		switch (value) {
			case ENDPOINT_MET_VALUE: return ENDPOINT_MET;
			case ENDPOINT_NOT_MET_VALUE: return ENDPOINT_NOT_MET;
			case INDETERMINATE_VALUE: return INDETERMINATE;
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
	private AdjudicationDecision(int value, String name, String literal) {
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
	
} //AdjudicationDecision
