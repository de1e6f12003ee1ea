/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Arm</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.Arm#getCode <em>Code</em>}</li>
 *   <li>{@link org.trialbench.protocol.Arm#getAllocationRatio <em>Allocation Ratio</em>}</li>
 * </ul>
 *
 * @see org.trialbench.protocol.ProtocolPackage#getArm()
 * @model
 * @generated
 */
public interface Arm extends ProtocolElement {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.trialbench.protocol.ProtocolPackage#getArm_Code()
	 * @model required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.Arm#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Allocation Ratio</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relative weight of this arm in the allocation ratio (1 and 1 for 1:1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Allocation Ratio</em>' attribute.
	 * @see #setAllocationRatio(int)
	 * @see org.trialbench.protocol.ProtocolPackage#getArm_AllocationRatio()
	 * @model default="1"
	 * @generated
	 */
	int getAllocationRatio();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.Arm#getAllocationRatio <em>Allocation Ratio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allocation Ratio</em>' attribute.
	 * @see #getAllocationRatio()
	 * @generated
	 */
	void setAllocationRatio(int value);

} // Arm
