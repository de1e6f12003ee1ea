/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reference Safety Information</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The events the protocol expects; expectedness of a serious related event is judged against this list.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.ReferenceSafetyInformation#getVersion <em>Version</em>}</li>
 *   <li>{@link org.trialbench.protocol.ReferenceSafetyInformation#getEffectiveDate <em>Effective Date</em>}</li>
 *   <li>{@link org.trialbench.protocol.ReferenceSafetyInformation#getExpectedEvents <em>Expected Events</em>}</li>
 * </ul>
 *
 * @see org.trialbench.protocol.ProtocolPackage#getReferenceSafetyInformation()
 * @model
 * @generated
 */
public interface ReferenceSafetyInformation extends EObject {
	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.trialbench.protocol.ProtocolPackage#getReferenceSafetyInformation_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.ReferenceSafetyInformation#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Effective Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Effective Date</em>' attribute.
	 * @see #setEffectiveDate(LocalDate)
	 * @see org.trialbench.protocol.ProtocolPackage#getReferenceSafetyInformation_EffectiveDate()
	 * @model dataType="org.trialbench.protocol.LocalDate"
	 * @generated
	 */
	LocalDate getEffectiveDate();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.ReferenceSafetyInformation#getEffectiveDate <em>Effective Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effective Date</em>' attribute.
	 * @see #getEffectiveDate()
	 * @generated
	 */
	void setEffectiveDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Expected Events</b></em>' containment reference list.
	 * The list contents are of type {@link org.trialbench.protocol.ExpectedEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expected Events</em>' containment reference list.
	 * @see org.trialbench.protocol.ProtocolPackage#getReferenceSafetyInformation_ExpectedEvents()
	 * @model containment="true"
	 * @generated
	 */
	EList<ExpectedEvent> getExpectedEvents();

} // ReferenceSafetyInformation
