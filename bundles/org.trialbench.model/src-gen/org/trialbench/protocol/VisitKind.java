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
 * A representation of the literals of the enumeration '<em><b>Visit Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.trialbench.protocol.ProtocolPackage#getVisitKind()
 * @model
 * @generated
 */
public enum VisitKind implements Enumerator {
	/**
	 * The '<em><b>Screening</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCREENING_VALUE
	 * @generated
	 * @ordered
	 */
	SCREENING(0, "screening", "screening"),

	/**
	 * The '<em><b>Randomization</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RANDOMIZATION_VALUE
	 * @generated
	 * @ordered
	 */
	RANDOMIZATION(1, "randomization", "randomization"),

	/**
	 * The '<em><b>Procedure</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCEDURE_VALUE
	 * @generated
	 * @ordered
	 */
	PROCEDURE(2, "procedure", "procedure"),

	/**
	 * The '<em><b>Follow Up</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOLLOW_UP_VALUE
	 * @generated
	 * @ordered
	 */
	FOLLOW_UP(3, "followUp", "followUp"),

	/**
	 * The '<em><b>End Of Study</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #END_OF_STUDY_VALUE
	 * @generated
	 * @ordered
	 */
	END_OF_STUDY(4, "endOfStudy", "endOfStudy"),

	/**
	 * The '<em><b>Unscheduled</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSCHEDULED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSCHEDULED(5, "unscheduled", "unscheduled");

	/**
	 * The '<em><b>Screening</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCREENING
	 * @model name="screening"
	 * @generated
	 * @ordered
	 */
	public static final int SCREENING_VALUE = 0;

	/**
	 * The '<em><b>Randomization</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RANDOMIZATION
	 * @model name="randomization"
	 * @generated
	 * @ordered
	 */
	public static final int RANDOMIZATION_VALUE = 1;

	/**
	 * The '<em><b>Procedure</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCEDURE
	 * @model name="procedure"
	 * @generated
	 * @ordered
	 */
	public static final int PROCEDURE_VALUE = 2;

	/**
	 * The '<em><b>Follow Up</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOLLOW_UP
	 * @model name="followUp"
	 * @generated
	 * @ordered
	 */
	public static final int FOLLOW_UP_VALUE = 3;

	/**
	 * The '<em><b>End Of Study</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #END_OF_STUDY
	 * @model name="endOfStudy"
	 * @generated
	 * @ordered
	 */
	public static final int END_OF_STUDY_VALUE = 4;

	/**
	 * The '<em><b>Unscheduled</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSCHEDULED
	 * @model name="unscheduled"
	 * @generated
	 * @ordered
	 */
	public static final int UNSCHEDULED_VALUE = 5;

	/**
	 * An array of all the '<em><b>Visit Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final VisitKind[] VALUES_ARRAY =
		new VisitKind[] {
			SCREENING,
			RANDOMIZATION,
			PROCEDURE,
			FOLLOW_UP,
			END_OF_STUDY,
			UNSCHEDULED,
		};

	/**
	 * A public read-only list of all the '<em><b>Visit Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<VisitKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Visit Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VisitKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VisitKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Visit Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VisitKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VisitKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Visit Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VisitKind get(int value) {
		switch (value) {
			case SCREENING_VALUE: return SCREENING;
			case RANDOMIZATION_VALUE: return RANDOMIZATION;
			case PROCEDURE_VALUE: return PROCEDURE;
			case FOLLOW_UP_VALUE: return FOLLOW_UP;
			case END_OF_STUDY_VALUE: return END_OF_STUDY;
			case UNSCHEDULED_VALUE: return UNSCHEDULED;
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
	private VisitKind(int value, String name, String literal) {
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
	
} //VisitKind
