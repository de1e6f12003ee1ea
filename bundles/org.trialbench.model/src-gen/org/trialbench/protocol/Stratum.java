/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stratum</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.Stratum#getCode <em>Code</em>}</li>
 *   <li>{@link org.trialbench.protocol.Stratum#getItemValue <em>Item Value</em>}</li>
 *   <li>{@link org.trialbench.protocol.Stratum#getFactor <em>Factor</em>}</li>
 * </ul>
 *
 * @see org.trialbench.protocol.ProtocolPackage#getStratum()
 * @model
 * @generated
 */
public interface Stratum extends ProtocolElement {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.trialbench.protocol.ProtocolPackage#getStratum_Code()
	 * @model required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.Stratum#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Item Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Canonical value of the factor's item that places a subject in this stratum (a code of the item's code list).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Item Value</em>' attribute.
	 * @see #setItemValue(String)
	 * @see org.trialbench.protocol.ProtocolPackage#getStratum_ItemValue()
	 * @model
	 * @generated
	 */
	String getItemValue();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.Stratum#getItemValue <em>Item Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item Value</em>' attribute.
	 * @see #getItemValue()
	 * @generated
	 */
	void setItemValue(String value);

	/**
	 * Returns the value of the '<em><b>Factor</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.trialbench.protocol.StratificationFactor#getStrata <em>Strata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Factor</em>' container reference.
	 * @see #setFactor(StratificationFactor)
	 * @see org.trialbench.protocol.ProtocolPackage#getStratum_Factor()
	 * @see org.trialbench.protocol.StratificationFactor#getStrata
	 * @model opposite="strata"
	 * @generated
	 */
	StratificationFactor getFactor();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.Stratum#getFactor <em>Factor</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Factor</em>' container reference.
	 * @see #getFactor()
	 * @generated
	 */
	void setFactor(StratificationFactor value);

} // Stratum
