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
 * A representation of the literals of the enumeration '<em><b>Seriousness Criterion</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.trialbench.protocol.ProtocolPackage#getSeriousnessCriterion()
 * @model
 * @generated
 */
public enum SeriousnessCriterion implements Enumerator {
	/**
	 * The '<em><b>Death</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEATH_VALUE
	 * @generated
	 * @ordered
	 */
	DEATH(0, "death", "death"),

	/**
	 * The '<em><b>Life Threatening</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIFE_THREATENING_VALUE
	 * @generated
	 * @ordered
	 */
	LIFE_THREATENING(1, "lifeThreatening", "lifeThreatening"),

	/**
	 * The '<em><b>Hospitalization</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOSPITALIZATION_VALUE
	 * @generated
	 * @ordered
	 */
	HOSPITALIZATION(2, "hospitalization", "hospitalization"),

	/**
	 * The '<em><b>Disability</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISABILITY_VALUE
	 * @generated
	 * @ordered
	 */
	DISABILITY(3, "disability", "disability"),

	/**
	 * The '<em><b>Congenital Anomaly</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONGENITAL_ANOMALY_VALUE
	 * @generated
	 * @ordered
	 */
	CONGENITAL_ANOMALY(4, "congenitalAnomaly", "congenitalAnomaly"),

	/**
	 * The '<em><b>Important Medical Event</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPORTANT_MEDICAL_EVENT_VALUE
	 * @generated
	 * @ordered
	 */
	IMPORTANT_MEDICAL_EVENT(5, "importantMedicalEvent", "importantMedicalEvent");

	/**
	 * The '<em><b>Death</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEATH
	 * @model name="death"
	 * @generated
	 * @ordered
	 */
	public static final int DEATH_VALUE = 0;

	/**
	 * The '<em><b>Life Threatening</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIFE_THREATENING
	 * @model name="lifeThreatening"
	 * @generated
	 * @ordered
	 */
	public static final int LIFE_THREATENING_VALUE = 1;

	/**
	 * The '<em><b>Hospitalization</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOSPITALIZATION
	 * @model name="hospitalization"
	 * @generated
	 * @ordered
	 */
	public static final int HOSPITALIZATION_VALUE = 2;

	/**
	 * The '<em><b>Disability</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISABILITY
	 * @model name="disability"
	 * @generated
	 * @ordered
	 */
	public static final int DISABILITY_VALUE = 3;

	/**
	 * The '<em><b>Congenital Anomaly</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONGENITAL_ANOMALY
	 * @model name="congenitalAnomaly"
	 * @generated
	 * @ordered
	 */
	public static final int CONGENITAL_ANOMALY_VALUE = 4;

	/**
	 * The '<em><b>Important Medical Event</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPORTANT_MEDICAL_EVENT
	 * @model name="importantMedicalEvent"
	 * @generated
	 * @ordered
	 */
	public static final int IMPORTANT_MEDICAL_EVENT_VALUE = 5;

	/**
	 * An array of all the '<em><b>Seriousness Criterion</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SeriousnessCriterion[] VALUES_ARRAY =
		new SeriousnessCriterion[] {
			DEATH,
			LIFE_THREATENING,
			HOSPITALIZATION,
			DISABILITY,
			CONGENITAL_ANOMALY,
			IMPORTANT_MEDICAL_EVENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Seriousness Criterion</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SeriousnessCriterion> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Seriousness Criterion</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SeriousnessCriterion get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SeriousnessCriterion result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Seriousness Criterion</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SeriousnessCriterion getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SeriousnessCriterion result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Seriousness Criterion</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SeriousnessCriterion get(int value) {
		switch (value) {
			case DEATH_VALUE: return DEATH;
			case LIFE_THREATENING_VALUE: return LIFE_THREATENING;
			case HOSPITALIZATION_VALUE: return HOSPITALIZATION;
			case DISABILITY_VALUE: return DISABILITY;
			case CONGENITAL_ANOMALY_VALUE: return CONGENITAL_ANOMALY;
			case IMPORTANT_MEDICAL_EVENT_VALUE: return IMPORTANT_MEDICAL_EVENT;
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
	private SeriousnessCriterion(int value, String name, String literal) {
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
	
} //SeriousnessCriterion
