/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.clinical;

import java.time.Instant;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Signature</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A 21 CFR Part 11 electronic signature: who (printed name kept as signed), when, what it means, bound to the signed record by a hash of its canonical content.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.clinical.Signature#getSigner <em>Signer</em>}</li>
 *   <li>{@link org.trialbench.clinical.Signature#getSignerName <em>Signer Name</em>}</li>
 *   <li>{@link org.trialbench.clinical.Signature#getMeaning <em>Meaning</em>}</li>
 *   <li>{@link org.trialbench.clinical.Signature#getSignedAt <em>Signed At</em>}</li>
 *   <li>{@link org.trialbench.clinical.Signature#getRecordHash <em>Record Hash</em>}</li>
 * </ul>
 *
 * @see org.trialbench.clinical.ClinicalPackage#getSignature()
 * @model
 * @generated
 */
public interface Signature extends ClinicalObject {
	/**
	 * Returns the value of the '<em><b>Signer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signer</em>' reference.
	 * @see #setSigner(User)
	 * @see org.trialbench.clinical.ClinicalPackage#getSignature_Signer()
	 * @model required="true"
	 * @generated
	 */
	User getSigner();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Signature#getSigner <em>Signer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signer</em>' reference.
	 * @see #getSigner()
	 * @generated
	 */
	void setSigner(User value);

	/**
	 * Returns the value of the '<em><b>Signer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signer Name</em>' attribute.
	 * @see #setSignerName(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getSignature_SignerName()
	 * @model
	 * @generated
	 */
	String getSignerName();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Signature#getSignerName <em>Signer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signer Name</em>' attribute.
	 * @see #getSignerName()
	 * @generated
	 */
	void setSignerName(String value);

	/**
	 * Returns the value of the '<em><b>Meaning</b></em>' attribute.
	 * The literals are from the enumeration {@link org.trialbench.clinical.SignatureMeaning}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meaning</em>' attribute.
	 * @see org.trialbench.clinical.SignatureMeaning
	 * @see #setMeaning(SignatureMeaning)
	 * @see org.trialbench.clinical.ClinicalPackage#getSignature_Meaning()
	 * @model
	 * @generated
	 */
	SignatureMeaning getMeaning();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Signature#getMeaning <em>Meaning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meaning</em>' attribute.
	 * @see org.trialbench.clinical.SignatureMeaning
	 * @see #getMeaning()
	 * @generated
	 */
	void setMeaning(SignatureMeaning value);

	/**
	 * Returns the value of the '<em><b>Signed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signed At</em>' attribute.
	 * @see #setSignedAt(Instant)
	 * @see org.trialbench.clinical.ClinicalPackage#getSignature_SignedAt()
	 * @model dataType="org.trialbench.protocol.Instant"
	 * @generated
	 */
	Instant getSignedAt();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Signature#getSignedAt <em>Signed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed At</em>' attribute.
	 * @see #getSignedAt()
	 * @generated
	 */
	void setSignedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Record Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hex SHA-256 of the signed record's canonical content at signing time.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Record Hash</em>' attribute.
	 * @see #setRecordHash(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getSignature_RecordHash()
	 * @model
	 * @generated
	 */
	String getRecordHash();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Signature#getRecordHash <em>Record Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Record Hash</em>' attribute.
	 * @see #getRecordHash()
	 * @generated
	 */
	void setRecordHash(String value);

} // Signature
