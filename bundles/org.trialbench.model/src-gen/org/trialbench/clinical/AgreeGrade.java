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
 * A representation of the literals of the enumeration '<em><b>Agree Grade</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.trialbench.clinical.ClinicalPackage#getAgreeGrade()
 * @model
 * @generated
 */
public enum AgreeGrade implements Enumerator {
	/**
	 * The '<em><b>Grade I</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRADE_I_VALUE
	 * @generated
	 * @ordered
	 */
	GRADE_I(0, "gradeI", "I"),

	/**
	 * The '<em><b>Grade II</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRADE_II_VALUE
	 * @generated
	 * @ordered
	 */
	GRADE_II(1, "gradeII", "II"),

	/**
	 * The '<em><b>Grade II Ia</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRADE_II_IA_VALUE
	 * @generated
	 * @ordered
	 */
	GRADE_II_IA(2, "gradeIIIa", "IIIa"),

	/**
	 * The '<em><b>Grade II Ib</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRADE_II_IB_VALUE
	 * @generated
	 * @ordered
	 */
	GRADE_II_IB(3, "gradeIIIb", "IIIb"),

	/**
	 * The '<em><b>Grade IVa</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRADE_IVA_VALUE
	 * @generated
	 * @ordered
	 */
	GRADE_IVA(4, "gradeIVa", "IVa"),

	/**
	 * The '<em><b>Grade IVb</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRADE_IVB_VALUE
	 * @generated
	 * @ordered
	 */
	GRADE_IVB(5, "gradeIVb", "IVb"),

	/**
	 * The '<em><b>Grade V</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRADE_V_VALUE
	 * @generated
	 * @ordered
	 */
	GRADE_V(6, "gradeV", "V");

	/**
	 * The '<em><b>Grade I</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRADE_I
	 * @model name="gradeI" literal="I"
	 * @generated
	 * @ordered
	 */
	public static final int GRADE_I_VALUE = 0;

	/**
	 * The '<em><b>Grade II</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRADE_II
	 * @model name="gradeII" literal="II"
	 * @generated
	 * @ordered
	 */
	public static final int GRADE_II_VALUE = 1;

	/**
	 * The '<em><b>Grade II Ia</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRADE_II_IA
	 * @model name="gradeIIIa" literal="IIIa"
	 * @generated
	 * @ordered
	 */
	public static final int GRADE_II_IA_VALUE = 2;

	/**
	 * The '<em><b>Grade II Ib</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRADE_II_IB
	 * @model name="gradeIIIb" literal="IIIb"
	 * @generated
	 * @ordered
	 */
	public static final int GRADE_II_IB_VALUE = 3;

	/**
	 * The '<em><b>Grade IVa</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRADE_IVA
	 * @model name="gradeIVa" literal="IVa"
	 * @generated
	 * @ordered
	 */
	public static final int GRADE_IVA_VALUE = 4;

	/**
	 * The '<em><b>Grade IVb</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRADE_IVB
	 * @model name="gradeIVb" literal="IVb"
	 * @generated
	 * @ordered
	 */
	public static final int GRADE_IVB_VALUE = 5;

	/**
	 * The '<em><b>Grade V</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRADE_V
	 * @model name="gradeV" literal="V"
	 * @generated
	 * @ordered
	 */
	public static final int GRADE_V_VALUE = 6;

	/**
	 * An array of all the '<em><b>Agree Grade</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AgreeGrade[] VALUES_ARRAY =
		new AgreeGrade[] {
			GRADE_I,
			GRADE_II,
			GRADE_II_IA,
			GRADE_II_IB,
			GRADE_IVA,
			GRADE_IVB,
			GRADE_V,
		};

	/**
	 * A public read-only list of all the '<em><b>Agree Grade</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AgreeGrade> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Agree Grade</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AgreeGrade get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AgreeGrade result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Agree Grade</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AgreeGrade getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AgreeGrade result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Agree Grade</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AgreeGrade get(int value) {
		switch (value) {
			case GRADE_I_VALUE: return GRADE_I;
			case GRADE_II_VALUE: return GRADE_II;
			case GRADE_II_IA_VALUE: return GRADE_II_IA;
			case GRADE_II_IB_VALUE: return GRADE_II_IB;
			case GRADE_IVA_VALUE: return GRADE_IVA;
			case GRADE_IVB_VALUE: return GRADE_IVB;
			case GRADE_V_VALUE: return GRADE_V;
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
	private AgreeGrade(int value, String name, String literal) {
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
	
} //AgreeGrade
