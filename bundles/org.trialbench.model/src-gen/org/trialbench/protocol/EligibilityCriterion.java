/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Eligibility Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.EligibilityCriterion#getCode <em>Code</em>}</li>
 *   <li>{@link org.trialbench.protocol.EligibilityCriterion#getText <em>Text</em>}</li>
 *   <li>{@link org.trialbench.protocol.EligibilityCriterion#getKind <em>Kind</em>}</li>
 *   <li>{@link org.trialbench.protocol.EligibilityCriterion#getItem <em>Item</em>}</li>
 * </ul>
 *
 * @see org.trialbench.protocol.ProtocolPackage#getEligibilityCriterion()
 * @model
 * @generated
 */
public interface EligibilityCriterion extends ProtocolElement {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.trialbench.protocol.ProtocolPackage#getEligibilityCriterion_Code()
	 * @model required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.EligibilityCriterion#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.trialbench.protocol.ProtocolPackage#getEligibilityCriterion_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.EligibilityCriterion#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.trialbench.protocol.CriterionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.trialbench.protocol.CriterionKind
	 * @see #setKind(CriterionKind)
	 * @see org.trialbench.protocol.ProtocolPackage#getEligibilityCriterion_Kind()
	 * @model
	 * @generated
	 */
	CriterionKind getKind();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.EligibilityCriterion#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.trialbench.protocol.CriterionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CriterionKind value);

	/**
	 * Returns the value of the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional item whose value documents the criterion (e.g. baseline Eckardt total for 'Eckardt > 3').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Item</em>' reference.
	 * @see #setItem(ItemDefinition)
	 * @see org.trialbench.protocol.ProtocolPackage#getEligibilityCriterion_Item()
	 * @model
	 * @generated
	 */
	ItemDefinition getItem();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.EligibilityCriterion#getItem <em>Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item</em>' reference.
	 * @see #getItem()
	 * @generated
	 */
	void setItem(ItemDefinition value);

} // EligibilityCriterion
