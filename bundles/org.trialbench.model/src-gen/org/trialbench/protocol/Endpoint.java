/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Endpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.Endpoint#getKind <em>Kind</em>}</li>
 *   <li>{@link org.trialbench.protocol.Endpoint#getTimePointVisit <em>Time Point Visit</em>}</li>
 *   <li>{@link org.trialbench.protocol.Endpoint#getDerivation <em>Derivation</em>}</li>
 *   <li>{@link org.trialbench.protocol.Endpoint#getItem <em>Item</em>}</li>
 * </ul>
 *
 * @see org.trialbench.protocol.ProtocolPackage#getEndpoint()
 * @model
 * @generated
 */
public interface Endpoint extends ProtocolElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.trialbench.protocol.EndpointKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.trialbench.protocol.EndpointKind
	 * @see #setKind(EndpointKind)
	 * @see org.trialbench.protocol.ProtocolPackage#getEndpoint_Kind()
	 * @model
	 * @generated
	 */
	EndpointKind getKind();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.Endpoint#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.trialbench.protocol.EndpointKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EndpointKind value);

	/**
	 * Returns the value of the '<em><b>Time Point Visit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time Point Visit</em>' reference.
	 * @see #setTimePointVisit(VisitDefinition)
	 * @see org.trialbench.protocol.ProtocolPackage#getEndpoint_TimePointVisit()
	 * @model
	 * @generated
	 */
	VisitDefinition getTimePointVisit();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.Endpoint#getTimePointVisit <em>Time Point Visit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Point Visit</em>' reference.
	 * @see #getTimePointVisit()
	 * @generated
	 */
	void setTimePointVisit(VisitDefinition value);

	/**
	 * Returns the value of the '<em><b>Derivation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Derivation</em>' reference.
	 * @see #setDerivation(Derivation)
	 * @see org.trialbench.protocol.ProtocolPackage#getEndpoint_Derivation()
	 * @model
	 * @generated
	 */
	Derivation getDerivation();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.Endpoint#getDerivation <em>Derivation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Derivation</em>' reference.
	 * @see #getDerivation()
	 * @generated
	 */
	void setDerivation(Derivation value);

	/**
	 * Returns the value of the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The (usually derived) item that holds the endpoint value per subject, when there is one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Item</em>' reference.
	 * @see #setItem(ItemDefinition)
	 * @see org.trialbench.protocol.ProtocolPackage#getEndpoint_Item()
	 * @model
	 * @generated
	 */
	ItemDefinition getItem();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.Endpoint#getItem <em>Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item</em>' reference.
	 * @see #getItem()
	 * @generated
	 */
	void setItem(ItemDefinition value);

} // Endpoint
