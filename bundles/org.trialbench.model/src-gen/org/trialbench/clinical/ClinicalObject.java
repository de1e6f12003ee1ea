/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.clinical;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Object</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Every clinical object has a stable identifier, unique within the trial, that audit records, signatures and other stores use to refer to it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.clinical.ClinicalObject#getId <em>Id</em>}</li>
 * </ul>
 *
 * @see org.trialbench.clinical.ClinicalPackage#getClinicalObject()
 * @model abstract="true"
 * @generated
 */
public interface ClinicalObject extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getClinicalObject_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.ClinicalObject#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

} // ClinicalObject
