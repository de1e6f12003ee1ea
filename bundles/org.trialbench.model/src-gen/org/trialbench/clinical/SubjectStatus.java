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
 * A representation of the literals of the enumeration '<em><b>Subject Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.trialbench.clinical.ClinicalPackage#getSubjectStatus()
 * @model
 * @generated
 */
public enum SubjectStatus implements Enumerator {
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
	 * The '<em><b>Screen Failed</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCREEN_FAILED_VALUE
	 * @generated
	 * @ordered
	 */
	SCREEN_FAILED(1, "screenFailed", "screenFailed"),

	/**
	 * The '<em><b>Randomized</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RANDOMIZED_VALUE
	 * @generated
	 * @ordered
	 */
	RANDOMIZED(2, "randomized", "randomized"),

	/**
	 * The '<em><b>Withdrawn</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WITHDRAWN_VALUE
	 * @generated
	 * @ordered
	 */
	WITHDRAWN(3, "withdrawn", "withdrawn"),

	/**
	 * The '<em><b>Completed</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPLETED_VALUE
	 * @generated
	 * @ordered
	 */
	COMPLETED(4, "completed", "completed"),

	/**
	 * The '<em><b>Lost To Follow Up</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOST_TO_FOLLOW_UP_VALUE
	 * @generated
	 * @ordered
	 */
	LOST_TO_FOLLOW_UP(5, "lostToFollowUp", "lostToFollowUp");

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
	 * The '<em><b>Screen Failed</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCREEN_FAILED
	 * @model name="screenFailed"
	 * @generated
	 * @ordered
	 */
	public static final int SCREEN_FAILED_VALUE = 1;

	/**
	 * The '<em><b>Randomized</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RANDOMIZED
	 * @model name="randomized"
	 * @generated
	 * @ordered
	 */
	public static final int RANDOMIZED_VALUE = 2;

	/**
	 * The '<em><b>Withdrawn</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WITHDRAWN
	 * @model name="withdrawn"
	 * @generated
	 * @ordered
	 */
	public static final int WITHDRAWN_VALUE = 3;

	/**
	 * The '<em><b>Completed</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPLETED
	 * @model name="completed"
	 * @generated
	 * @ordered
	 */
	public static final int COMPLETED_VALUE = 4;

	/**
	 * The '<em><b>Lost To Follow Up</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOST_TO_FOLLOW_UP
	 * @model name="lostToFollowUp"
	 * @generated
	 * @ordered
	 */
	public static final int LOST_TO_FOLLOW_UP_VALUE = 5;

	/**
	 * An array of all the '<em><b>Subject Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SubjectStatus[] VALUES_ARRAY =
		new SubjectStatus[] {
			SCREENING,
			SCREEN_FAILED,
			RANDOMIZED,
			WITHDRAWN,
			COMPLETED,
			LOST_TO_FOLLOW_UP,
		};

	/**
	 * A public read-only list of all the '<em><b>Subject Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SubjectStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Subject Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SubjectStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SubjectStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Subject Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SubjectStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SubjectStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Subject Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SubjectStatus get(int value) {
		switch (value) {
			case SCREENING_VALUE: return SCREENING;
			case SCREEN_FAILED_VALUE: return SCREEN_FAILED;
			case RANDOMIZED_VALUE: return RANDOMIZED;
			case WITHDRAWN_VALUE: return WITHDRAWN;
			case COMPLETED_VALUE: return COMPLETED;
			case LOST_TO_FOLLOW_UP_VALUE: return LOST_TO_FOLLOW_UP;
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
	private SubjectStatus(int value, String name, String literal) {
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
	
} //SubjectStatus
