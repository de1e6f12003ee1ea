/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Derivation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A rule that computes derived item values; evaluated by hand-written Java chosen by kind, with the ordered inputs and named parameters (e.g. threshold=3 for Eckardt success).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.Derivation#getKind <em>Kind</em>}</li>
 *   <li>{@link org.trialbench.protocol.Derivation#getInputs <em>Inputs</em>}</li>
 *   <li>{@link org.trialbench.protocol.Derivation#getParameters <em>Parameters</em>}</li>
 * </ul>
 *
 * @see org.trialbench.protocol.ProtocolPackage#getDerivation()
 * @model
 * @generated
 */
public interface Derivation extends ProtocolElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.trialbench.protocol.DerivationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.trialbench.protocol.DerivationKind
	 * @see #setKind(DerivationKind)
	 * @see org.trialbench.protocol.ProtocolPackage#getDerivation_Kind()
	 * @model
	 * @generated
	 */
	DerivationKind getKind();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.Derivation#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.trialbench.protocol.DerivationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DerivationKind value);

	/**
	 * Returns the value of the '<em><b>Inputs</b></em>' reference list.
	 * The list contents are of type {@link org.trialbench.protocol.ItemDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inputs</em>' reference list.
	 * @see org.trialbench.protocol.ProtocolPackage#getDerivation_Inputs()
	 * @model
	 * @generated
	 */
	EList<ItemDefinition> getInputs();

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' map.
	 * @see org.trialbench.protocol.ProtocolPackage#getDerivation_Parameters()
	 * @model mapType="org.trialbench.protocol.DerivationParameter&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getParameters();

} // Derivation
