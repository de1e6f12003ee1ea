/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Comparison</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * item operator (value | otherItem), compared by the item's data type.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.Comparison#getItem <em>Item</em>}</li>
 *   <li>{@link org.trialbench.protocol.Comparison#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.trialbench.protocol.Comparison#getValue <em>Value</em>}</li>
 *   <li>{@link org.trialbench.protocol.Comparison#getOtherItem <em>Other Item</em>}</li>
 * </ul>
 *
 * @see org.trialbench.protocol.ProtocolPackage#getComparison()
 * @model
 * @generated
 */
public interface Comparison extends EObject {
	/**
	 * Returns the value of the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item</em>' reference.
	 * @see #setItem(ItemDefinition)
	 * @see org.trialbench.protocol.ProtocolPackage#getComparison_Item()
	 * @model required="true"
	 * @generated
	 */
	ItemDefinition getItem();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.Comparison#getItem <em>Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item</em>' reference.
	 * @see #getItem()
	 * @generated
	 */
	void setItem(ItemDefinition value);

	/**
	 * Returns the value of the '<em><b>Operator</b></em>' attribute.
	 * The literals are from the enumeration {@link org.trialbench.protocol.ComparisonOperator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operator</em>' attribute.
	 * @see org.trialbench.protocol.ComparisonOperator
	 * @see #setOperator(ComparisonOperator)
	 * @see org.trialbench.protocol.ProtocolPackage#getComparison_Operator()
	 * @model
	 * @generated
	 */
	ComparisonOperator getOperator();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.Comparison#getOperator <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' attribute.
	 * @see org.trialbench.protocol.ComparisonOperator
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(ComparisonOperator value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A constant in canonical text; used when otherItem is not set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.trialbench.protocol.ProtocolPackage#getComparison_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.Comparison#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Other Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Other Item</em>' reference.
	 * @see #setOtherItem(ItemDefinition)
	 * @see org.trialbench.protocol.ProtocolPackage#getComparison_OtherItem()
	 * @model
	 * @generated
	 */
	ItemDefinition getOtherItem();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.Comparison#getOtherItem <em>Other Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Other Item</em>' reference.
	 * @see #getOtherItem()
	 * @generated
	 */
	void setOtherItem(ItemDefinition value);

} // Comparison
