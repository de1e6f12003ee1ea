/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Adjudication Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.AdjudicationSettings#getEndpoints <em>Endpoints</em>}</li>
 *   <li>{@link org.trialbench.protocol.AdjudicationSettings#getReviewersPerCase <em>Reviewers Per Case</em>}</li>
 *   <li>{@link org.trialbench.protocol.AdjudicationSettings#getDisagreementResolution <em>Disagreement Resolution</em>}</li>
 * </ul>
 *
 * @see org.trialbench.protocol.ProtocolPackage#getAdjudicationSettings()
 * @model
 * @generated
 */
public interface AdjudicationSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Endpoints</b></em>' reference list.
	 * The list contents are of type {@link org.trialbench.protocol.Endpoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Endpoints judged by blinded adjudicators.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Endpoints</em>' reference list.
	 * @see org.trialbench.protocol.ProtocolPackage#getAdjudicationSettings_Endpoints()
	 * @model
	 * @generated
	 */
	EList<Endpoint> getEndpoints();

	/**
	 * Returns the value of the '<em><b>Reviewers Per Case</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewers Per Case</em>' attribute.
	 * @see #setReviewersPerCase(int)
	 * @see org.trialbench.protocol.ProtocolPackage#getAdjudicationSettings_ReviewersPerCase()
	 * @model default="2"
	 * @generated
	 */
	int getReviewersPerCase();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.AdjudicationSettings#getReviewersPerCase <em>Reviewers Per Case</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewers Per Case</em>' attribute.
	 * @see #getReviewersPerCase()
	 * @generated
	 */
	void setReviewersPerCase(int value);

	/**
	 * Returns the value of the '<em><b>Disagreement Resolution</b></em>' attribute.
	 * The literals are from the enumeration {@link org.trialbench.protocol.DisagreementResolution}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disagreement Resolution</em>' attribute.
	 * @see org.trialbench.protocol.DisagreementResolution
	 * @see #setDisagreementResolution(DisagreementResolution)
	 * @see org.trialbench.protocol.ProtocolPackage#getAdjudicationSettings_DisagreementResolution()
	 * @model
	 * @generated
	 */
	DisagreementResolution getDisagreementResolution();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.AdjudicationSettings#getDisagreementResolution <em>Disagreement Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disagreement Resolution</em>' attribute.
	 * @see org.trialbench.protocol.DisagreementResolution
	 * @see #getDisagreementResolution()
	 * @generated
	 */
	void setDisagreementResolution(DisagreementResolution value);

} // AdjudicationSettings
