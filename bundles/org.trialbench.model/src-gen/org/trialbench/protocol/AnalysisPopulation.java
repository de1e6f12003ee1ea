/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Analysis Population</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.AnalysisPopulation#getCode <em>Code</em>}</li>
 *   <li>{@link org.trialbench.protocol.AnalysisPopulation#getKind <em>Kind</em>}</li>
 *   <li>{@link org.trialbench.protocol.AnalysisPopulation#getDefinition <em>Definition</em>}</li>
 * </ul>
 *
 * @see org.trialbench.protocol.ProtocolPackage#getAnalysisPopulation()
 * @model
 * @generated
 */
public interface AnalysisPopulation extends ProtocolElement {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.trialbench.protocol.ProtocolPackage#getAnalysisPopulation_Code()
	 * @model required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.AnalysisPopulation#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.trialbench.protocol.PopulationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.trialbench.protocol.PopulationKind
	 * @see #setKind(PopulationKind)
	 * @see org.trialbench.protocol.ProtocolPackage#getAnalysisPopulation_Kind()
	 * @model
	 * @generated
	 */
	PopulationKind getKind();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.AnalysisPopulation#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.trialbench.protocol.PopulationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PopulationKind value);

	/**
	 * Returns the value of the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Definition</em>' attribute.
	 * @see #setDefinition(String)
	 * @see org.trialbench.protocol.ProtocolPackage#getAnalysisPopulation_Definition()
	 * @model
	 * @generated
	 */
	String getDefinition();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.AnalysisPopulation#getDefinition <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition</em>' attribute.
	 * @see #getDefinition()
	 * @generated
	 */
	void setDefinition(String value);

} // AnalysisPopulation
