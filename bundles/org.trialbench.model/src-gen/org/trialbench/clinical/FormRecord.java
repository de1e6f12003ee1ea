/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.clinical;

import org.eclipse.emf.common.util.EList;

import org.trialbench.protocol.FormDefinition;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Form Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.clinical.FormRecord#getVisit <em>Visit</em>}</li>
 *   <li>{@link org.trialbench.clinical.FormRecord#getDefinition <em>Definition</em>}</li>
 *   <li>{@link org.trialbench.clinical.FormRecord#getOccurrence <em>Occurrence</em>}</li>
 *   <li>{@link org.trialbench.clinical.FormRecord#getStatus <em>Status</em>}</li>
 *   <li>{@link org.trialbench.clinical.FormRecord#getItemValues <em>Item Values</em>}</li>
 *   <li>{@link org.trialbench.clinical.FormRecord#getSignature <em>Signature</em>}</li>
 * </ul>
 *
 * @see org.trialbench.clinical.ClinicalPackage#getFormRecord()
 * @model
 * @generated
 */
public interface FormRecord extends ClinicalObject {
	/**
	 * Returns the value of the '<em><b>Visit</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.trialbench.clinical.Visit#getForms <em>Forms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Visit</em>' container reference.
	 * @see #setVisit(Visit)
	 * @see org.trialbench.clinical.ClinicalPackage#getFormRecord_Visit()
	 * @see org.trialbench.clinical.Visit#getForms
	 * @model opposite="forms"
	 * @generated
	 */
	Visit getVisit();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.FormRecord#getVisit <em>Visit</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visit</em>' container reference.
	 * @see #getVisit()
	 * @generated
	 */
	void setVisit(Visit value);

	/**
	 * Returns the value of the '<em><b>Definition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Definition</em>' reference.
	 * @see #setDefinition(FormDefinition)
	 * @see org.trialbench.clinical.ClinicalPackage#getFormRecord_Definition()
	 * @model required="true"
	 * @generated
	 */
	FormDefinition getDefinition();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.FormRecord#getDefinition <em>Definition</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition</em>' reference.
	 * @see #getDefinition()
	 * @generated
	 */
	void setDefinition(FormDefinition value);

	/**
	 * Returns the value of the '<em><b>Occurrence</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Occurrence</em>' attribute.
	 * @see #setOccurrence(int)
	 * @see org.trialbench.clinical.ClinicalPackage#getFormRecord_Occurrence()
	 * @model default="1"
	 * @generated
	 */
	int getOccurrence();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.FormRecord#getOccurrence <em>Occurrence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Occurrence</em>' attribute.
	 * @see #getOccurrence()
	 * @generated
	 */
	void setOccurrence(int value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.trialbench.clinical.FormStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.trialbench.clinical.FormStatus
	 * @see #setStatus(FormStatus)
	 * @see org.trialbench.clinical.ClinicalPackage#getFormRecord_Status()
	 * @model
	 * @generated
	 */
	FormStatus getStatus();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.FormRecord#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.trialbench.clinical.FormStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(FormStatus value);

	/**
	 * Returns the value of the '<em><b>Item Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.trialbench.clinical.ItemValue}.
	 * It is bidirectional and its opposite is '{@link org.trialbench.clinical.ItemValue#getForm <em>Form</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item Values</em>' containment reference list.
	 * @see org.trialbench.clinical.ClinicalPackage#getFormRecord_ItemValues()
	 * @see org.trialbench.clinical.ItemValue#getForm
	 * @model opposite="form" containment="true"
	 * @generated
	 */
	EList<ItemValue> getItemValues();

	/**
	 * Returns the value of the '<em><b>Signature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The investigator's sign-off of the form.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signature</em>' containment reference.
	 * @see #setSignature(Signature)
	 * @see org.trialbench.clinical.ClinicalPackage#getFormRecord_Signature()
	 * @model containment="true"
	 * @generated
	 */
	Signature getSignature();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.FormRecord#getSignature <em>Signature</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signature</em>' containment reference.
	 * @see #getSignature()
	 * @generated
	 */
	void setSignature(Signature value);

} // FormRecord
