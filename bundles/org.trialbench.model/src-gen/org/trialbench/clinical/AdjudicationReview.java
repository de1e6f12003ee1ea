/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.clinical;

import java.time.Instant;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Adjudication Review</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.clinical.AdjudicationReview#getAdjudicator <em>Adjudicator</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdjudicationReview#getRound <em>Round</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdjudicationReview#getDecision <em>Decision</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdjudicationReview#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdjudicationReview#getSubmittedAt <em>Submitted At</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdjudicationReview#getSignature <em>Signature</em>}</li>
 * </ul>
 *
 * @see org.trialbench.clinical.ClinicalPackage#getAdjudicationReview()
 * @model
 * @generated
 */
public interface AdjudicationReview extends ClinicalObject {
	/**
	 * Returns the value of the '<em><b>Adjudicator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adjudicator</em>' reference.
	 * @see #setAdjudicator(User)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdjudicationReview_Adjudicator()
	 * @model required="true"
	 * @generated
	 */
	User getAdjudicator();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdjudicationReview#getAdjudicator <em>Adjudicator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adjudicator</em>' reference.
	 * @see #getAdjudicator()
	 * @generated
	 */
	void setAdjudicator(User value);

	/**
	 * Returns the value of the '<em><b>Round</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1 for the independent reviews, 2 for consensus or the third adjudicator.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Round</em>' attribute.
	 * @see #setRound(int)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdjudicationReview_Round()
	 * @model default="1"
	 * @generated
	 */
	int getRound();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdjudicationReview#getRound <em>Round</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Round</em>' attribute.
	 * @see #getRound()
	 * @generated
	 */
	void setRound(int value);

	/**
	 * Returns the value of the '<em><b>Decision</b></em>' attribute.
	 * The literals are from the enumeration {@link org.trialbench.clinical.AdjudicationDecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decision</em>' attribute.
	 * @see org.trialbench.clinical.AdjudicationDecision
	 * @see #setDecision(AdjudicationDecision)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdjudicationReview_Decision()
	 * @model
	 * @generated
	 */
	AdjudicationDecision getDecision();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdjudicationReview#getDecision <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision</em>' attribute.
	 * @see org.trialbench.clinical.AdjudicationDecision
	 * @see #getDecision()
	 * @generated
	 */
	void setDecision(AdjudicationDecision value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdjudicationReview_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdjudicationReview#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Submitted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Submitted At</em>' attribute.
	 * @see #setSubmittedAt(Instant)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdjudicationReview_SubmittedAt()
	 * @model dataType="org.trialbench.protocol.Instant"
	 * @generated
	 */
	Instant getSubmittedAt();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdjudicationReview#getSubmittedAt <em>Submitted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Submitted At</em>' attribute.
	 * @see #getSubmittedAt()
	 * @generated
	 */
	void setSubmittedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Signature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signature</em>' containment reference.
	 * @see #setSignature(Signature)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdjudicationReview_Signature()
	 * @model containment="true"
	 * @generated
	 */
	Signature getSignature();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdjudicationReview#getSignature <em>Signature</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signature</em>' containment reference.
	 * @see #getSignature()
	 * @generated
	 */
	void setSignature(Signature value);

} // AdjudicationReview
