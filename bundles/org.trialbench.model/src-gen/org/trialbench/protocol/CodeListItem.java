/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Code List Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.CodeListItem#getCode <em>Code</em>}</li>
 *   <li>{@link org.trialbench.protocol.CodeListItem#getDecode <em>Decode</em>}</li>
 * </ul>
 *
 * @see org.trialbench.protocol.ProtocolPackage#getCodeListItem()
 * @model
 * @generated
 */
public interface CodeListItem extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.trialbench.protocol.ProtocolPackage#getCodeListItem_Code()
	 * @model required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.CodeListItem#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Decode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decode</em>' attribute.
	 * @see #setDecode(String)
	 * @see org.trialbench.protocol.ProtocolPackage#getCodeListItem_Decode()
	 * @model
	 * @generated
	 */
	String getDecode();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.CodeListItem#getDecode <em>Decode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decode</em>' attribute.
	 * @see #getDecode()
	 * @generated
	 */
	void setDecode(String value);

} // CodeListItem
