/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.clinical;

import org.trialbench.protocol.EligibilityCriterion;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Eligibility Answer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.clinical.EligibilityAnswer#getCriterion <em>Criterion</em>}</li>
 *   <li>{@link org.trialbench.clinical.EligibilityAnswer#isMet <em>Met</em>}</li>
 *   <li>{@link org.trialbench.clinical.EligibilityAnswer#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @see org.trialbench.clinical.ClinicalPackage#getEligibilityAnswer()
 * @model
 * @generated
 */
public interface EligibilityAnswer extends ClinicalObject {
	/**
	 * Returns the value of the '<em><b>Criterion</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criterion</em>' reference.
	 * @see #setCriterion(EligibilityCriterion)
	 * @see org.trialbench.clinical.ClinicalPackage#getEligibilityAnswer_Criterion()
	 * @model required="true"
	 * @generated
	 */
	EligibilityCriterion getCriterion();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.EligibilityAnswer#getCriterion <em>Criterion</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criterion</em>' reference.
	 * @see #getCriterion()
	 * @generated
	 */
	void setCriterion(EligibilityCriterion value);

	/**
	 * Returns the value of the '<em><b>Met</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the criterion applies to the subject: an eligible subject meets every inclusion and no exclusion criterion.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Met</em>' attribute.
	 * @see #setMet(boolean)
	 * @see org.trialbench.clinical.ClinicalPackage#getEligibilityAnswer_Met()
	 * @model
	 * @generated
	 */
	boolean isMet();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.EligibilityAnswer#isMet <em>Met</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Met</em>' attribute.
	 * @see #isMet()
	 * @generated
	 */
	void setMet(boolean value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getEligibilityAnswer_Comment()
	 * @model
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.EligibilityAnswer#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

} // EligibilityAnswer
