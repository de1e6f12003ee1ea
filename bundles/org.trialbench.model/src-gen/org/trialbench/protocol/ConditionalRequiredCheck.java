/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conditional Required Check</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Fires when the condition holds and a required item has neither a value nor a missing code (e.g. serious = true requires the seriousness criteria).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.ConditionalRequiredCheck#getWhen <em>When</em>}</li>
 *   <li>{@link org.trialbench.protocol.ConditionalRequiredCheck#getRequiredItems <em>Required Items</em>}</li>
 * </ul>
 *
 * @see org.trialbench.protocol.ProtocolPackage#getConditionalRequiredCheck()
 * @model
 * @generated
 */
public interface ConditionalRequiredCheck extends EditCheck {
	/**
	 * Returns the value of the '<em><b>When</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>When</em>' containment reference.
	 * @see #setWhen(Comparison)
	 * @see org.trialbench.protocol.ProtocolPackage#getConditionalRequiredCheck_When()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Comparison getWhen();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.ConditionalRequiredCheck#getWhen <em>When</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>When</em>' containment reference.
	 * @see #getWhen()
	 * @generated
	 */
	void setWhen(Comparison value);

	/**
	 * Returns the value of the '<em><b>Required Items</b></em>' reference list.
	 * The list contents are of type {@link org.trialbench.protocol.ItemDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required Items</em>' reference list.
	 * @see org.trialbench.protocol.ProtocolPackage#getConditionalRequiredCheck_RequiredItems()
	 * @model required="true"
	 * @generated
	 */
	EList<ItemDefinition> getRequiredItems();

} // ConditionalRequiredCheck
