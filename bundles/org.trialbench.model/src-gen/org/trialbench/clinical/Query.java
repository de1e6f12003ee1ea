/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.clinical;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Query</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A data query with its thread. Attached to the item value (or adverse event) that contains it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.clinical.Query#getStatus <em>Status</em>}</li>
 *   <li>{@link org.trialbench.clinical.Query#getRaisedBy <em>Raised By</em>}</li>
 *   <li>{@link org.trialbench.clinical.Query#getRaisedAt <em>Raised At</em>}</li>
 *   <li>{@link org.trialbench.clinical.Query#getField <em>Field</em>}</li>
 *   <li>{@link org.trialbench.clinical.Query#getMessages <em>Messages</em>}</li>
 * </ul>
 *
 * @see org.trialbench.clinical.ClinicalPackage#getQuery()
 * @model
 * @generated
 */
public interface Query extends ClinicalObject {
	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.trialbench.clinical.QueryStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.trialbench.clinical.QueryStatus
	 * @see #setStatus(QueryStatus)
	 * @see org.trialbench.clinical.ClinicalPackage#getQuery_Status()
	 * @model
	 * @generated
	 */
	QueryStatus getStatus();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Query#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.trialbench.clinical.QueryStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(QueryStatus value);

	/**
	 * Returns the value of the '<em><b>Raised By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Raised By</em>' reference.
	 * @see #setRaisedBy(User)
	 * @see org.trialbench.clinical.ClinicalPackage#getQuery_RaisedBy()
	 * @model
	 * @generated
	 */
	User getRaisedBy();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Query#getRaisedBy <em>Raised By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Raised By</em>' reference.
	 * @see #getRaisedBy()
	 * @generated
	 */
	void setRaisedBy(User value);

	/**
	 * Returns the value of the '<em><b>Raised At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Raised At</em>' attribute.
	 * @see #setRaisedAt(Instant)
	 * @see org.trialbench.clinical.ClinicalPackage#getQuery_RaisedAt()
	 * @model dataType="org.trialbench.protocol.Instant"
	 * @generated
	 */
	Instant getRaisedAt();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Query#getRaisedAt <em>Raised At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Raised At</em>' attribute.
	 * @see #getRaisedAt()
	 * @generated
	 */
	void setRaisedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a query on a record other than an item value: the name of the queried feature (e.g. onsetDate).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Field</em>' attribute.
	 * @see #setField(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getQuery_Field()
	 * @model
	 * @generated
	 */
	String getField();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Query#getField <em>Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field</em>' attribute.
	 * @see #getField()
	 * @generated
	 */
	void setField(String value);

	/**
	 * Returns the value of the '<em><b>Messages</b></em>' containment reference list.
	 * The list contents are of type {@link org.trialbench.clinical.QueryMessage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Messages</em>' containment reference list.
	 * @see org.trialbench.clinical.ClinicalPackage#getQuery_Messages()
	 * @model containment="true"
	 * @generated
	 */
	EList<QueryMessage> getMessages();

} // Query
