/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.clinical;

import java.time.Instant;

import org.trialbench.protocol.Arm;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Allocation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.clinical.Allocation#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.trialbench.clinical.Allocation#getArm <em>Arm</em>}</li>
 *   <li>{@link org.trialbench.clinical.Allocation#getRandomizationNumber <em>Randomization Number</em>}</li>
 *   <li>{@link org.trialbench.clinical.Allocation#getAllocatedAt <em>Allocated At</em>}</li>
 *   <li>{@link org.trialbench.clinical.Allocation#getAllocatedBy <em>Allocated By</em>}</li>
 *   <li>{@link org.trialbench.clinical.Allocation#getReceivedAllocatedIntervention <em>Received Allocated Intervention</em>}</li>
 *   <li>{@link org.trialbench.clinical.Allocation#getNotReceivedReason <em>Not Received Reason</em>}</li>
 * </ul>
 *
 * @see org.trialbench.clinical.ClinicalPackage#getAllocation()
 * @model
 * @generated
 */
public interface Allocation extends ClinicalObject {
	/**
	 * Returns the value of the '<em><b>Subject</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.trialbench.clinical.Subject#getAllocation <em>Allocation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject</em>' container reference.
	 * @see #setSubject(Subject)
	 * @see org.trialbench.clinical.ClinicalPackage#getAllocation_Subject()
	 * @see org.trialbench.clinical.Subject#getAllocation
	 * @model opposite="allocation"
	 * @generated
	 */
	Subject getSubject();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Allocation#getSubject <em>Subject</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' container reference.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(Subject value);

	/**
	 * Returns the value of the '<em><b>Arm</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Arm</em>' reference.
	 * @see #setArm(Arm)
	 * @see org.trialbench.clinical.ClinicalPackage#getAllocation_Arm()
	 * @model required="true"
	 * @generated
	 */
	Arm getArm();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Allocation#getArm <em>Arm</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Arm</em>' reference.
	 * @see #getArm()
	 * @generated
	 */
	void setArm(Arm value);

	/**
	 * Returns the value of the '<em><b>Randomization Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Randomization Number</em>' attribute.
	 * @see #setRandomizationNumber(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getAllocation_RandomizationNumber()
	 * @model
	 * @generated
	 */
	String getRandomizationNumber();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Allocation#getRandomizationNumber <em>Randomization Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Randomization Number</em>' attribute.
	 * @see #getRandomizationNumber()
	 * @generated
	 */
	void setRandomizationNumber(String value);

	/**
	 * Returns the value of the '<em><b>Allocated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allocated At</em>' attribute.
	 * @see #setAllocatedAt(Instant)
	 * @see org.trialbench.clinical.ClinicalPackage#getAllocation_AllocatedAt()
	 * @model dataType="org.trialbench.protocol.Instant"
	 * @generated
	 */
	Instant getAllocatedAt();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Allocation#getAllocatedAt <em>Allocated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allocated At</em>' attribute.
	 * @see #getAllocatedAt()
	 * @generated
	 */
	void setAllocatedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Allocated By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allocated By</em>' reference.
	 * @see #setAllocatedBy(User)
	 * @see org.trialbench.clinical.ClinicalPackage#getAllocation_AllocatedBy()
	 * @model
	 * @generated
	 */
	User getAllocatedBy();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Allocation#getAllocatedBy <em>Allocated By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allocated By</em>' reference.
	 * @see #getAllocatedBy()
	 * @generated
	 */
	void setAllocatedBy(User value);

	/**
	 * Returns the value of the '<em><b>Received Allocated Intervention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CONSORT 'received allocated intervention'; null until known. Kept here because it can reveal the arm.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Received Allocated Intervention</em>' attribute.
	 * @see #setReceivedAllocatedIntervention(Boolean)
	 * @see org.trialbench.clinical.ClinicalPackage#getAllocation_ReceivedAllocatedIntervention()
	 * @model
	 * @generated
	 */
	Boolean getReceivedAllocatedIntervention();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Allocation#getReceivedAllocatedIntervention <em>Received Allocated Intervention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Received Allocated Intervention</em>' attribute.
	 * @see #getReceivedAllocatedIntervention()
	 * @generated
	 */
	void setReceivedAllocatedIntervention(Boolean value);

	/**
	 * Returns the value of the '<em><b>Not Received Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Not Received Reason</em>' attribute.
	 * @see #setNotReceivedReason(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getAllocation_NotReceivedReason()
	 * @model
	 * @generated
	 */
	String getNotReceivedReason();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Allocation#getNotReceivedReason <em>Not Received Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Not Received Reason</em>' attribute.
	 * @see #getNotReceivedReason()
	 * @generated
	 */
	void setNotReceivedReason(String value);

} // Allocation
