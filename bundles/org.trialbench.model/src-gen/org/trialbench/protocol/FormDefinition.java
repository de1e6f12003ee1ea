/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Form Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.FormDefinition#isRepeating <em>Repeating</em>}</li>
 *   <li>{@link org.trialbench.protocol.FormDefinition#getItems <em>Items</em>}</li>
 *   <li>{@link org.trialbench.protocol.FormDefinition#getArm <em>Arm</em>}</li>
 * </ul>
 *
 * @see org.trialbench.protocol.ProtocolPackage#getFormDefinition()
 * @model
 * @generated
 */
public interface FormDefinition extends ProtocolElement {
	/**
	 * Returns the value of the '<em><b>Repeating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Repeating</em>' attribute.
	 * @see #setRepeating(boolean)
	 * @see org.trialbench.protocol.ProtocolPackage#getFormDefinition_Repeating()
	 * @model
	 * @generated
	 */
	boolean isRepeating();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.FormDefinition#isRepeating <em>Repeating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Repeating</em>' attribute.
	 * @see #isRepeating()
	 * @generated
	 */
	void setRepeating(boolean value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.trialbench.protocol.ItemDefinition}.
	 * It is bidirectional and its opposite is '{@link org.trialbench.protocol.ItemDefinition#getForm <em>Form</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see org.trialbench.protocol.ProtocolPackage#getFormDefinition_Items()
	 * @see org.trialbench.protocol.ItemDefinition#getForm
	 * @model opposite="form" containment="true"
	 * @generated
	 */
	EList<ItemDefinition> getItems();

	/**
	 * Returns the value of the '<em><b>Arm</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Set when the form is collected only in one arm (e.g. POEM procedure details); such a form reveals the allocation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Arm</em>' reference.
	 * @see #setArm(Arm)
	 * @see org.trialbench.protocol.ProtocolPackage#getFormDefinition_Arm()
	 * @model
	 * @generated
	 */
	Arm getArm();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.FormDefinition#getArm <em>Arm</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Arm</em>' reference.
	 * @see #getArm()
	 * @generated
	 */
	void setArm(Arm value);

} // FormDefinition
