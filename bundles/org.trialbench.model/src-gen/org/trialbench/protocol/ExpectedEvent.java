/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Expected Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.ExpectedEvent#getTerm <em>Term</em>}</li>
 *   <li>{@link org.trialbench.protocol.ExpectedEvent#getPtCode <em>Pt Code</em>}</li>
 *   <li>{@link org.trialbench.protocol.ExpectedEvent#getArm <em>Arm</em>}</li>
 * </ul>
 *
 * @see org.trialbench.protocol.ProtocolPackage#getExpectedEvent()
 * @model
 * @generated
 */
public interface ExpectedEvent extends EObject {
	/**
	 * Returns the value of the '<em><b>Term</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Term</em>' attribute.
	 * @see #setTerm(String)
	 * @see org.trialbench.protocol.ProtocolPackage#getExpectedEvent_Term()
	 * @model
	 * @generated
	 */
	String getTerm();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.ExpectedEvent#getTerm <em>Term</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Term</em>' attribute.
	 * @see #getTerm()
	 * @generated
	 */
	void setTerm(String value);

	/**
	 * Returns the value of the '<em><b>Pt Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional MedDRA preferred term code (the protocol stores codes only, never MedDRA content).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pt Code</em>' attribute.
	 * @see #setPtCode(String)
	 * @see org.trialbench.protocol.ProtocolPackage#getExpectedEvent_PtCode()
	 * @model
	 * @generated
	 */
	String getPtCode();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.ExpectedEvent#getPtCode <em>Pt Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pt Code</em>' attribute.
	 * @see #getPtCode()
	 * @generated
	 */
	void setPtCode(String value);

	/**
	 * Returns the value of the '<em><b>Arm</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The arm in which the event is expected; unset means every arm.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Arm</em>' reference.
	 * @see #setArm(Arm)
	 * @see org.trialbench.protocol.ProtocolPackage#getExpectedEvent_Arm()
	 * @model
	 * @generated
	 */
	Arm getArm();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.ExpectedEvent#getArm <em>Arm</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Arm</em>' reference.
	 * @see #getArm()
	 * @generated
	 */
	void setArm(Arm value);

} // ExpectedEvent
