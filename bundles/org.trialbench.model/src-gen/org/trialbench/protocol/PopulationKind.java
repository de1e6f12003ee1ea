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
 * A representation of the literals of the enumeration '<em><b>Population Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.trialbench.protocol.ProtocolPackage#getPopulationKind()
 * @model
 * @generated
 */
public enum PopulationKind implements Enumerator {
	/**
	 * The '<em><b>Intention To Treat</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTENTION_TO_TREAT_VALUE
	 * @generated
	 * @ordered
	 */
	INTENTION_TO_TREAT(0, "intentionToTreat", "ITT"),

	/**
	 * The '<em><b>Modified Intention To Treat</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MODIFIED_INTENTION_TO_TREAT_VALUE
	 * @generated
	 * @ordered
	 */
	MODIFIED_INTENTION_TO_TREAT(1, "modifiedIntentionToTreat", "mITT"),

	/**
	 * The '<em><b>Per Protocol</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PER_PROTOCOL_VALUE
	 * @generated
	 * @ordered
	 */
	PER_PROTOCOL(2, "perProtocol", "PP"),

	/**
	 * The '<em><b>Safety</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAFETY_VALUE
	 * @generated
	 * @ordered
	 */
	SAFETY(3, "safety", "SAFETY");

	/**
	 * The '<em><b>Intention To Treat</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTENTION_TO_TREAT
	 * @model name="intentionToTreat" literal="ITT"
	 * @generated
	 * @ordered
	 */
	public static final int INTENTION_TO_TREAT_VALUE = 0;

	/**
	 * The '<em><b>Modified Intention To Treat</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MODIFIED_INTENTION_TO_TREAT
	 * @model name="modifiedIntentionToTreat" literal="mITT"
	 * @generated
	 * @ordered
	 */
	public static final int MODIFIED_INTENTION_TO_TREAT_VALUE = 1;

	/**
	 * The '<em><b>Per Protocol</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PER_PROTOCOL
	 * @model name="perProtocol" literal="PP"
	 * @generated
	 * @ordered
	 */
	public static final int PER_PROTOCOL_VALUE = 2;

	/**
	 * The '<em><b>Safety</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAFETY
	 * @model name="safety" literal="SAFETY"
	 * @generated
	 * @ordered
	 */
	public static final int SAFETY_VALUE = 3;

	/**
	 * An array of all the '<em><b>Population Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PopulationKind[] VALUES_ARRAY =
		new PopulationKind[] {
			INTENTION_TO_TREAT,
			MODIFIED_INTENTION_TO_TREAT,
			PER_PROTOCOL,
			SAFETY,
		};

	/**
	 * A public read-only list of all the '<em><b>Population Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PopulationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Population Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PopulationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PopulationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Population Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PopulationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PopulationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Population Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PopulationKind get(int value) {
		switch (value) {
			case INTENTION_TO_TREAT_VALUE: return INTENTION_TO_TREAT;
			case MODIFIED_INTENTION_TO_TREAT_VALUE: return MODIFIED_INTENTION_TO_TREAT;
			case PER_PROTOCOL_VALUE: return PER_PROTOCOL;
			case SAFETY_VALUE: return SAFETY;
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
	private PopulationKind(int value, String name, String literal) {
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
	
} //PopulationKind
