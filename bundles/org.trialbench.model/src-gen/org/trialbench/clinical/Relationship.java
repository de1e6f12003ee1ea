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
 * A representation of the literals of the enumeration '<em><b>Relationship</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.trialbench.clinical.ClinicalPackage#getRelationship()
 * @model
 * @generated
 */
public enum Relationship implements Enumerator {
	/**
	 * The '<em><b>Not Related</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_RELATED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_RELATED(0, "notRelated", "notRelated"),

	/**
	 * The '<em><b>Unlikely Related</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNLIKELY_RELATED_VALUE
	 * @generated
	 * @ordered
	 */
	UNLIKELY_RELATED(1, "unlikelyRelated", "unlikelyRelated"),

	/**
	 * The '<em><b>Possibly Related</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POSSIBLY_RELATED_VALUE
	 * @generated
	 * @ordered
	 */
	POSSIBLY_RELATED(2, "possiblyRelated", "possiblyRelated"),

	/**
	 * The '<em><b>Probably Related</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROBABLY_RELATED_VALUE
	 * @generated
	 * @ordered
	 */
	PROBABLY_RELATED(3, "probablyRelated", "probablyRelated"),

	/**
	 * The '<em><b>Definitely Related</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEFINITELY_RELATED_VALUE
	 * @generated
	 * @ordered
	 */
	DEFINITELY_RELATED(4, "definitelyRelated", "definitelyRelated");

	/**
	 * The '<em><b>Not Related</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_RELATED
	 * @model name="notRelated"
	 * @generated
	 * @ordered
	 */
	public static final int NOT_RELATED_VALUE = 0;

	/**
	 * The '<em><b>Unlikely Related</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNLIKELY_RELATED
	 * @model name="unlikelyRelated"
	 * @generated
	 * @ordered
	 */
	public static final int UNLIKELY_RELATED_VALUE = 1;

	/**
	 * The '<em><b>Possibly Related</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POSSIBLY_RELATED
	 * @model name="possiblyRelated"
	 * @generated
	 * @ordered
	 */
	public static final int POSSIBLY_RELATED_VALUE = 2;

	/**
	 * The '<em><b>Probably Related</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROBABLY_RELATED
	 * @model name="probablyRelated"
	 * @generated
	 * @ordered
	 */
	public static final int PROBABLY_RELATED_VALUE = 3;

	/**
	 * The '<em><b>Definitely Related</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEFINITELY_RELATED
	 * @model name="definitelyRelated"
	 * @generated
	 * @ordered
	 */
	public static final int DEFINITELY_RELATED_VALUE = 4;

	/**
	 * An array of all the '<em><b>Relationship</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Relationship[] VALUES_ARRAY =
		new Relationship[] {
			NOT_RELATED,
			UNLIKELY_RELATED,
			POSSIBLY_RELATED,
			PROBABLY_RELATED,
			DEFINITELY_RELATED,
		};

	/**
	 * A public read-only list of all the '<em><b>Relationship</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Relationship> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Relationship</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Relationship get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Relationship result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relationship</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Relationship getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Relationship result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relationship</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Relationship get(int value) {
		switch (value) {
			case NOT_RELATED_VALUE: return NOT_RELATED;
			case UNLIKELY_RELATED_VALUE: return UNLIKELY_RELATED;
			case POSSIBLY_RELATED_VALUE: return POSSIBLY_RELATED;
			case PROBABLY_RELATED_VALUE: return PROBABLY_RELATED;
			case DEFINITELY_RELATED_VALUE: return DEFINITELY_RELATED;
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
	private Relationship(int value, String name, String literal) {
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
	
} //Relationship
