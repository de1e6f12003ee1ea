/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A protocol element that clinical data or other protocol elements refer to. The OID is unique within the study (CDISC ODM style, e.g. IT.ECK.DYSPHAGIA) and never changes once data exist.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.ProtocolElement#getOid <em>Oid</em>}</li>
 *   <li>{@link org.trialbench.protocol.ProtocolElement#getName <em>Name</em>}</li>
 *   <li>{@link org.trialbench.protocol.ProtocolElement#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.trialbench.protocol.ProtocolPackage#getProtocolElement()
 * @model abstract="true"
 * @generated
 */
public interface ProtocolElement extends EObject {
	/**
	 * Returns the value of the '<em><b>Oid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Oid</em>' attribute.
	 * @see #setOid(String)
	 * @see org.trialbench.protocol.ProtocolPackage#getProtocolElement_Oid()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getOid();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.ProtocolElement#getOid <em>Oid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Oid</em>' attribute.
	 * @see #getOid()
	 * @generated
	 */
	void setOid(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.trialbench.protocol.ProtocolPackage#getProtocolElement_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.ProtocolElement#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.trialbench.protocol.ProtocolPackage#getProtocolElement_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.ProtocolElement#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // ProtocolElement
