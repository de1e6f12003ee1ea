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
 * A representation of the literals of the enumeration '<em><b>Grading Scale</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.trialbench.protocol.ProtocolPackage#getGradingScale()
 * @model
 * @generated
 */
public enum GradingScale implements Enumerator {
	/**
	 * The '<em><b>Ctcae V5</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CTCAE_V5_VALUE
	 * @generated
	 * @ordered
	 */
	CTCAE_V5(0, "ctcaeV5", "ctcaeV5"),

	/**
	 * The '<em><b>Asge</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASGE_VALUE
	 * @generated
	 * @ordered
	 */
	ASGE(1, "asge", "asge"),

	/**
	 * The '<em><b>Agree</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGREE_VALUE
	 * @generated
	 * @ordered
	 */
	AGREE(2, "agree", "agree");

	/**
	 * The '<em><b>Ctcae V5</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CTCAE_V5
	 * @model name="ctcaeV5"
	 * @generated
	 * @ordered
	 */
	public static final int CTCAE_V5_VALUE = 0;

	/**
	 * The '<em><b>Asge</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASGE
	 * @model name="asge"
	 * @generated
	 * @ordered
	 */
	public static final int ASGE_VALUE = 1;

	/**
	 * The '<em><b>Agree</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGREE
	 * @model name="agree"
	 * @generated
	 * @ordered
	 */
	public static final int AGREE_VALUE = 2;

	/**
	 * An array of all the '<em><b>Grading Scale</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final GradingScale[] VALUES_ARRAY =
		new GradingScale[] {
			CTCAE_V5,
			ASGE,
			AGREE,
		};

	/**
	 * A public read-only list of all the '<em><b>Grading Scale</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<GradingScale> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Grading Scale</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GradingScale get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GradingScale result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Grading Scale</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GradingScale getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GradingScale result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Grading Scale</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GradingScale get(int value) {
		switch (value) {
			case CTCAE_V5_VALUE: return CTCAE_V5;
			case ASGE_VALUE: return ASGE;
			case AGREE_VALUE: return AGREE;
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
	private GradingScale(int value, String name, String literal) {
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
	
} //GradingScale
