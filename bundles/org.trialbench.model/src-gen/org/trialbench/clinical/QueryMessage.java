/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.clinical;

import java.time.Instant;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Query Message</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.clinical.QueryMessage#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.trialbench.clinical.QueryMessage#getAt <em>At</em>}</li>
 *   <li>{@link org.trialbench.clinical.QueryMessage#getText <em>Text</em>}</li>
 *   <li>{@link org.trialbench.clinical.QueryMessage#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see org.trialbench.clinical.ClinicalPackage#getQueryMessage()
 * @model
 * @generated
 */
public interface QueryMessage extends ClinicalObject {
	/**
	 * Returns the value of the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' reference.
	 * @see #setAuthor(User)
	 * @see org.trialbench.clinical.ClinicalPackage#getQueryMessage_Author()
	 * @model
	 * @generated
	 */
	User getAuthor();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.QueryMessage#getAuthor <em>Author</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' reference.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(User value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Instant)
	 * @see org.trialbench.clinical.ClinicalPackage#getQueryMessage_At()
	 * @model dataType="org.trialbench.protocol.Instant"
	 * @generated
	 */
	Instant getAt();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.QueryMessage#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getQueryMessage_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.QueryMessage#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.trialbench.clinical.QueryMessageKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.trialbench.clinical.QueryMessageKind
	 * @see #setKind(QueryMessageKind)
	 * @see org.trialbench.clinical.ClinicalPackage#getQueryMessage_Kind()
	 * @model
	 * @generated
	 */
	QueryMessageKind getKind();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.QueryMessage#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.trialbench.clinical.QueryMessageKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(QueryMessageKind value);

} // QueryMessage
