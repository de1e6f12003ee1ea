/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Code List</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.CodeList#getDataType <em>Data Type</em>}</li>
 *   <li>{@link org.trialbench.protocol.CodeList#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @see org.trialbench.protocol.ProtocolPackage#getCodeList()
 * @model
 * @generated
 */
public interface CodeList extends ProtocolElement {
	/**
	 * Returns the value of the '<em><b>Data Type</b></em>' attribute.
	 * The default value is <code>"text"</code>.
	 * The literals are from the enumeration {@link org.trialbench.protocol.ItemDataType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Type of the codes: integer (e.g. Eckardt 0-3) or text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Type</em>' attribute.
	 * @see org.trialbench.protocol.ItemDataType
	 * @see #setDataType(ItemDataType)
	 * @see org.trialbench.protocol.ProtocolPackage#getCodeList_DataType()
	 * @model default="text"
	 * @generated
	 */
	ItemDataType getDataType();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.CodeList#getDataType <em>Data Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Type</em>' attribute.
	 * @see org.trialbench.protocol.ItemDataType
	 * @see #getDataType()
	 * @generated
	 */
	void setDataType(ItemDataType value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.trialbench.protocol.CodeListItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see org.trialbench.protocol.ProtocolPackage#getCodeList_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<CodeListItem> getItems();

} // CodeList
