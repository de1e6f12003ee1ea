/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.clinical;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

import org.trialbench.protocol.DisagreementResolution;
import org.trialbench.protocol.Endpoint;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Adjudication Case</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.clinical.AdjudicationCase#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdjudicationCase#getEndpoint <em>Endpoint</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdjudicationCase#getVisit <em>Visit</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdjudicationCase#getStatus <em>Status</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdjudicationCase#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdjudicationCase#getReviews <em>Reviews</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdjudicationCase#getFinalDecision <em>Final Decision</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdjudicationCase#getResolution <em>Resolution</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdjudicationCase#getClosedAt <em>Closed At</em>}</li>
 * </ul>
 *
 * @see org.trialbench.clinical.ClinicalPackage#getAdjudicationCase()
 * @model
 * @generated
 */
public interface AdjudicationCase extends ClinicalObject {
	/**
	 * Returns the value of the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject</em>' reference.
	 * @see #setSubject(Subject)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdjudicationCase_Subject()
	 * @model required="true"
	 * @generated
	 */
	Subject getSubject();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdjudicationCase#getSubject <em>Subject</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' reference.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(Subject value);

	/**
	 * Returns the value of the '<em><b>Endpoint</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Endpoint</em>' reference.
	 * @see #setEndpoint(Endpoint)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdjudicationCase_Endpoint()
	 * @model required="true"
	 * @generated
	 */
	Endpoint getEndpoint();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdjudicationCase#getEndpoint <em>Endpoint</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Endpoint</em>' reference.
	 * @see #getEndpoint()
	 * @generated
	 */
	void setEndpoint(Endpoint value);

	/**
	 * Returns the value of the '<em><b>Visit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The time-point visit the judgement is about, when there is one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Visit</em>' reference.
	 * @see #setVisit(Visit)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdjudicationCase_Visit()
	 * @model
	 * @generated
	 */
	Visit getVisit();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdjudicationCase#getVisit <em>Visit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visit</em>' reference.
	 * @see #getVisit()
	 * @generated
	 */
	void setVisit(Visit value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.trialbench.clinical.AdjudicationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.trialbench.clinical.AdjudicationStatus
	 * @see #setStatus(AdjudicationStatus)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdjudicationCase_Status()
	 * @model
	 * @generated
	 */
	AdjudicationStatus getStatus();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdjudicationCase#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.trialbench.clinical.AdjudicationStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(AdjudicationStatus value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Instant)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdjudicationCase_CreatedAt()
	 * @model dataType="org.trialbench.protocol.Instant"
	 * @generated
	 */
	Instant getCreatedAt();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdjudicationCase#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Reviews</b></em>' containment reference list.
	 * The list contents are of type {@link org.trialbench.clinical.AdjudicationReview}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviews</em>' containment reference list.
	 * @see org.trialbench.clinical.ClinicalPackage#getAdjudicationCase_Reviews()
	 * @model containment="true"
	 * @generated
	 */
	EList<AdjudicationReview> getReviews();

	/**
	 * Returns the value of the '<em><b>Final Decision</b></em>' attribute.
	 * The literals are from the enumeration {@link org.trialbench.clinical.AdjudicationDecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Final Decision</em>' attribute.
	 * @see org.trialbench.clinical.AdjudicationDecision
	 * @see #isSetFinalDecision()
	 * @see #unsetFinalDecision()
	 * @see #setFinalDecision(AdjudicationDecision)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdjudicationCase_FinalDecision()
	 * @model unsettable="true"
	 * @generated
	 */
	AdjudicationDecision getFinalDecision();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdjudicationCase#getFinalDecision <em>Final Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Final Decision</em>' attribute.
	 * @see org.trialbench.clinical.AdjudicationDecision
	 * @see #isSetFinalDecision()
	 * @see #unsetFinalDecision()
	 * @see #getFinalDecision()
	 * @generated
	 */
	void setFinalDecision(AdjudicationDecision value);

	/**
	 * Unsets the value of the '{@link org.trialbench.clinical.AdjudicationCase#getFinalDecision <em>Final Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFinalDecision()
	 * @see #getFinalDecision()
	 * @see #setFinalDecision(AdjudicationDecision)
	 * @generated
	 */
	void unsetFinalDecision();

	/**
	 * Returns whether the value of the '{@link org.trialbench.clinical.AdjudicationCase#getFinalDecision <em>Final Decision</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Final Decision</em>' attribute is set.
	 * @see #unsetFinalDecision()
	 * @see #getFinalDecision()
	 * @see #setFinalDecision(AdjudicationDecision)
	 * @generated
	 */
	boolean isSetFinalDecision();

	/**
	 * Returns the value of the '<em><b>Resolution</b></em>' attribute.
	 * The literals are from the enumeration {@link org.trialbench.protocol.DisagreementResolution}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How a disagreement was resolved; unset when the independent reviews agreed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resolution</em>' attribute.
	 * @see org.trialbench.protocol.DisagreementResolution
	 * @see #isSetResolution()
	 * @see #unsetResolution()
	 * @see #setResolution(DisagreementResolution)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdjudicationCase_Resolution()
	 * @model unsettable="true"
	 * @generated
	 */
	DisagreementResolution getResolution();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdjudicationCase#getResolution <em>Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolution</em>' attribute.
	 * @see org.trialbench.protocol.DisagreementResolution
	 * @see #isSetResolution()
	 * @see #unsetResolution()
	 * @see #getResolution()
	 * @generated
	 */
	void setResolution(DisagreementResolution value);

	/**
	 * Unsets the value of the '{@link org.trialbench.clinical.AdjudicationCase#getResolution <em>Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetResolution()
	 * @see #getResolution()
	 * @see #setResolution(DisagreementResolution)
	 * @generated
	 */
	void unsetResolution();

	/**
	 * Returns whether the value of the '{@link org.trialbench.clinical.AdjudicationCase#getResolution <em>Resolution</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Resolution</em>' attribute is set.
	 * @see #unsetResolution()
	 * @see #getResolution()
	 * @see #setResolution(DisagreementResolution)
	 * @generated
	 */
	boolean isSetResolution();

	/**
	 * Returns the value of the '<em><b>Closed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Closed At</em>' attribute.
	 * @see #setClosedAt(Instant)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdjudicationCase_ClosedAt()
	 * @model dataType="org.trialbench.protocol.Instant"
	 * @generated
	 */
	Instant getClosedAt();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdjudicationCase#getClosedAt <em>Closed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closed At</em>' attribute.
	 * @see #getClosedAt()
	 * @generated
	 */
	void setClosedAt(Instant value);

} // AdjudicationCase
