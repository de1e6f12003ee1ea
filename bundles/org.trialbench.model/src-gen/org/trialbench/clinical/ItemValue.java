/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.clinical;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

import org.trialbench.protocol.ItemDefinition;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Item Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.clinical.ItemValue#getForm <em>Form</em>}</li>
 *   <li>{@link org.trialbench.clinical.ItemValue#getDefinition <em>Definition</em>}</li>
 *   <li>{@link org.trialbench.clinical.ItemValue#getValue <em>Value</em>}</li>
 *   <li>{@link org.trialbench.clinical.ItemValue#getMissingCode <em>Missing Code</em>}</li>
 *   <li>{@link org.trialbench.clinical.ItemValue#getSdvState <em>Sdv State</em>}</li>
 *   <li>{@link org.trialbench.clinical.ItemValue#getVerifiedBy <em>Verified By</em>}</li>
 *   <li>{@link org.trialbench.clinical.ItemValue#getVerifiedAt <em>Verified At</em>}</li>
 *   <li>{@link org.trialbench.clinical.ItemValue#getQueries <em>Queries</em>}</li>
 * </ul>
 *
 * @see org.trialbench.clinical.ClinicalPackage#getItemValue()
 * @model
 * @generated
 */
public interface ItemValue extends ClinicalObject {
	/**
	 * Returns the value of the '<em><b>Form</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.trialbench.clinical.FormRecord#getItemValues <em>Item Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Form</em>' container reference.
	 * @see #setForm(FormRecord)
	 * @see org.trialbench.clinical.ClinicalPackage#getItemValue_Form()
	 * @see org.trialbench.clinical.FormRecord#getItemValues
	 * @model opposite="itemValues"
	 * @generated
	 */
	FormRecord getForm();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.ItemValue#getForm <em>Form</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Form</em>' container reference.
	 * @see #getForm()
	 * @generated
	 */
	void setForm(FormRecord value);

	/**
	 * Returns the value of the '<em><b>Definition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Definition</em>' reference.
	 * @see #setDefinition(ItemDefinition)
	 * @see org.trialbench.clinical.ClinicalPackage#getItemValue_Definition()
	 * @model required="true"
	 * @generated
	 */
	ItemDefinition getDefinition();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.ItemValue#getDefinition <em>Definition</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition</em>' reference.
	 * @see #getDefinition()
	 * @generated
	 */
	void setDefinition(ItemDefinition value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value as canonical text for the item's data type (see ItemDataType); null when missing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getItemValue_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.ItemValue#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Missing Code</b></em>' attribute.
	 * The literals are from the enumeration {@link org.trialbench.clinical.MissingCode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Missing Code</em>' attribute.
	 * @see org.trialbench.clinical.MissingCode
	 * @see #setMissingCode(MissingCode)
	 * @see org.trialbench.clinical.ClinicalPackage#getItemValue_MissingCode()
	 * @model
	 * @generated
	 */
	MissingCode getMissingCode();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.ItemValue#getMissingCode <em>Missing Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Missing Code</em>' attribute.
	 * @see org.trialbench.clinical.MissingCode
	 * @see #getMissingCode()
	 * @generated
	 */
	void setMissingCode(MissingCode value);

	/**
	 * Returns the value of the '<em><b>Sdv State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.trialbench.clinical.SdvState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sdv State</em>' attribute.
	 * @see org.trialbench.clinical.SdvState
	 * @see #setSdvState(SdvState)
	 * @see org.trialbench.clinical.ClinicalPackage#getItemValue_SdvState()
	 * @model
	 * @generated
	 */
	SdvState getSdvState();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.ItemValue#getSdvState <em>Sdv State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sdv State</em>' attribute.
	 * @see org.trialbench.clinical.SdvState
	 * @see #getSdvState()
	 * @generated
	 */
	void setSdvState(SdvState value);

	/**
	 * Returns the value of the '<em><b>Verified By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verified By</em>' reference.
	 * @see #setVerifiedBy(User)
	 * @see org.trialbench.clinical.ClinicalPackage#getItemValue_VerifiedBy()
	 * @model
	 * @generated
	 */
	User getVerifiedBy();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.ItemValue#getVerifiedBy <em>Verified By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verified By</em>' reference.
	 * @see #getVerifiedBy()
	 * @generated
	 */
	void setVerifiedBy(User value);

	/**
	 * Returns the value of the '<em><b>Verified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verified At</em>' attribute.
	 * @see #setVerifiedAt(Instant)
	 * @see org.trialbench.clinical.ClinicalPackage#getItemValue_VerifiedAt()
	 * @model dataType="org.trialbench.protocol.Instant"
	 * @generated
	 */
	Instant getVerifiedAt();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.ItemValue#getVerifiedAt <em>Verified At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verified At</em>' attribute.
	 * @see #getVerifiedAt()
	 * @generated
	 */
	void setVerifiedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Queries</b></em>' containment reference list.
	 * The list contents are of type {@link org.trialbench.clinical.Query}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Queries</em>' containment reference list.
	 * @see org.trialbench.clinical.ClinicalPackage#getItemValue_Queries()
	 * @model containment="true"
	 * @generated
	 */
	EList<Query> getQueries();

} // ItemValue
