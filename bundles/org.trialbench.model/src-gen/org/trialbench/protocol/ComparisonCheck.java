/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Comparison Check</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Fires when the assertion is false for present values (e.g. consent date <= randomization date).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.ComparisonCheck#getAssertion <em>Assertion</em>}</li>
 * </ul>
 *
 * @see org.trialbench.protocol.ProtocolPackage#getComparisonCheck()
 * @model
 * @generated
 */
public interface ComparisonCheck extends EditCheck {
	/**
	 * Returns the value of the '<em><b>Assertion</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assertion</em>' containment reference.
	 * @see #setAssertion(Comparison)
	 * @see org.trialbench.protocol.ProtocolPackage#getComparisonCheck_Assertion()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Comparison getAssertion();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.ComparisonCheck#getAssertion <em>Assertion</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assertion</em>' containment reference.
	 * @see #getAssertion()
	 * @generated
	 */
	void setAssertion(Comparison value);

} // ComparisonCheck
