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
 * A representation of the literals of the enumeration '<em><b>Action Taken</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.trialbench.clinical.ClinicalPackage#getActionTaken()
 * @model
 * @generated
 */
public enum ActionTaken implements Enumerator {
	/**
	 * The '<em><b>None</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "none", "none"),

	/**
	 * The '<em><b>Medical Therapy</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEDICAL_THERAPY_VALUE
	 * @generated
	 * @ordered
	 */
	MEDICAL_THERAPY(1, "medicalTherapy", "medicalTherapy"),

	/**
	 * The '<em><b>Endoscopic Intervention</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENDOSCOPIC_INTERVENTION_VALUE
	 * @generated
	 * @ordered
	 */
	ENDOSCOPIC_INTERVENTION(2, "endoscopicIntervention", "endoscopicIntervention"),

	/**
	 * The '<em><b>Surgical Intervention</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SURGICAL_INTERVENTION_VALUE
	 * @generated
	 * @ordered
	 */
	SURGICAL_INTERVENTION(3, "surgicalIntervention", "surgicalIntervention"),

	/**
	 * The '<em><b>Radiologic Intervention</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RADIOLOGIC_INTERVENTION_VALUE
	 * @generated
	 * @ordered
	 */
	RADIOLOGIC_INTERVENTION(4, "radiologicIntervention", "radiologicIntervention"),

	/**
	 * The '<em><b>Other Intervention</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_INTERVENTION_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER_INTERVENTION(5, "otherIntervention", "otherIntervention"),

	/**
	 * The '<em><b>Not Applicable</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_APPLICABLE_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_APPLICABLE(6, "notApplicable", "notApplicable"),

	/**
	 * The '<em><b>Unknown</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN_VALUE
	 * @generated
	 * @ordered
	 */
	UNKNOWN(7, "unknown", "unknown");

	/**
	 * The '<em><b>None</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE
	 * @model name="none"
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 0;

	/**
	 * The '<em><b>Medical Therapy</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEDICAL_THERAPY
	 * @model name="medicalTherapy"
	 * @generated
	 * @ordered
	 */
	public static final int MEDICAL_THERAPY_VALUE = 1;

	/**
	 * The '<em><b>Endoscopic Intervention</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENDOSCOPIC_INTERVENTION
	 * @model name="endoscopicIntervention"
	 * @generated
	 * @ordered
	 */
	public static final int ENDOSCOPIC_INTERVENTION_VALUE = 2;

	/**
	 * The '<em><b>Surgical Intervention</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SURGICAL_INTERVENTION
	 * @model name="surgicalIntervention"
	 * @generated
	 * @ordered
	 */
	public static final int SURGICAL_INTERVENTION_VALUE = 3;

	/**
	 * The '<em><b>Radiologic Intervention</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RADIOLOGIC_INTERVENTION
	 * @model name="radiologicIntervention"
	 * @generated
	 * @ordered
	 */
	public static final int RADIOLOGIC_INTERVENTION_VALUE = 4;

	/**
	 * The '<em><b>Other Intervention</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_INTERVENTION
	 * @model name="otherIntervention"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_INTERVENTION_VALUE = 5;

	/**
	 * The '<em><b>Not Applicable</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_APPLICABLE
	 * @model name="notApplicable"
	 * @generated
	 * @ordered
	 */
	public static final int NOT_APPLICABLE_VALUE = 6;

	/**
	 * The '<em><b>Unknown</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN
	 * @model name="unknown"
	 * @generated
	 * @ordered
	 */
	public static final int UNKNOWN_VALUE = 7;

	/**
	 * An array of all the '<em><b>Action Taken</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ActionTaken[] VALUES_ARRAY =
		new ActionTaken[] {
			NONE,
			MEDICAL_THERAPY,
			ENDOSCOPIC_INTERVENTION,
			SURGICAL_INTERVENTION,
			RADIOLOGIC_INTERVENTION,
			OTHER_INTERVENTION,
			NOT_APPLICABLE,
			UNKNOWN,
		};

	/**
	 * A public read-only list of all the '<em><b>Action Taken</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ActionTaken> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Action Taken</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActionTaken get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ActionTaken result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Action Taken</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActionTaken getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ActionTaken result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Action Taken</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActionTaken get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case MEDICAL_THERAPY_VALUE: return MEDICAL_THERAPY;
			case ENDOSCOPIC_INTERVENTION_VALUE: return ENDOSCOPIC_INTERVENTION;
			case SURGICAL_INTERVENTION_VALUE: return SURGICAL_INTERVENTION;
			case RADIOLOGIC_INTERVENTION_VALUE: return RADIOLOGIC_INTERVENTION;
			case OTHER_INTERVENTION_VALUE: return OTHER_INTERVENTION;
			case NOT_APPLICABLE_VALUE: return NOT_APPLICABLE;
			case UNKNOWN_VALUE: return UNKNOWN;
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
	private ActionTaken(int value, String name, String literal) {
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
	
} //ActionTaken
