/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stratification Factor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.StratificationFactor#getItem <em>Item</em>}</li>
 *   <li>{@link org.trialbench.protocol.StratificationFactor#getStrata <em>Strata</em>}</li>
 * </ul>
 *
 * @see org.trialbench.protocol.ProtocolPackage#getStratificationFactor()
 * @model
 * @generated
 */
public interface StratificationFactor extends ProtocolElement {
	/**
	 * Returns the value of the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The item whose value decides the stratum (e.g. the manometric diagnosis).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Item</em>' reference.
	 * @see #setItem(ItemDefinition)
	 * @see org.trialbench.protocol.ProtocolPackage#getStratificationFactor_Item()
	 * @model
	 * @generated
	 */
	ItemDefinition getItem();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.StratificationFactor#getItem <em>Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item</em>' reference.
	 * @see #getItem()
	 * @generated
	 */
	void setItem(ItemDefinition value);

	/**
	 * Returns the value of the '<em><b>Strata</b></em>' containment reference list.
	 * The list contents are of type {@link org.trialbench.protocol.Stratum}.
	 * It is bidirectional and its opposite is '{@link org.trialbench.protocol.Stratum#getFactor <em>Factor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strata</em>' containment reference list.
	 * @see org.trialbench.protocol.ProtocolPackage#getStratificationFactor_Strata()
	 * @see org.trialbench.protocol.Stratum#getFactor
	 * @model opposite="factor" containment="true"
	 * @generated
	 */
	EList<Stratum> getStrata();

} // StratificationFactor
