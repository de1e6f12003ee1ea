/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.clinical.impl;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.trialbench.clinical.ClinicalPackage;
import org.trialbench.clinical.Signature;
import org.trialbench.clinical.SignatureMeaning;
import org.trialbench.clinical.User;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Signature</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.clinical.impl.SignatureImpl#getSigner <em>Signer</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.SignatureImpl#getSignerName <em>Signer Name</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.SignatureImpl#getMeaning <em>Meaning</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.SignatureImpl#getSignedAt <em>Signed At</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.SignatureImpl#getRecordHash <em>Record Hash</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SignatureImpl extends ClinicalObjectImpl implements Signature {
	/**
	 * The cached value of the '{@link #getSigner() <em>Signer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSigner()
	 * @generated
	 * @ordered
	 */
	protected User signer;

	/**
	 * The default value of the '{@link #getSignerName() <em>Signer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignerName()
	 * @generated
	 * @ordered
	 */
	protected static final String SIGNER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignerName() <em>Signer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignerName()
	 * @generated
	 * @ordered
	 */
	protected String signerName = SIGNER_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getMeaning() <em>Meaning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeaning()
	 * @generated
	 * @ordered
	 */
	protected static final SignatureMeaning MEANING_EDEFAULT = SignatureMeaning.AUTHORSHIP;

	/**
	 * The cached value of the '{@link #getMeaning() <em>Meaning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeaning()
	 * @generated
	 * @ordered
	 */
	protected SignatureMeaning meaning = MEANING_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignedAt() <em>Signed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant SIGNED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignedAt() <em>Signed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant signedAt = SIGNED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecordHash() <em>Record Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordHash()
	 * @generated
	 * @ordered
	 */
	protected static final String RECORD_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecordHash() <em>Record Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordHash()
	 * @generated
	 * @ordered
	 */
	protected String recordHash = RECORD_HASH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SignatureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.SIGNATURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public User getSigner() {
		if (signer != null && signer.eIsProxy()) {
			InternalEObject oldSigner = (InternalEObject)signer;
			signer = (User)eResolveProxy(oldSigner);
			if (signer != oldSigner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ClinicalPackage.SIGNATURE__SIGNER, oldSigner, signer));
			}
		}
		return signer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public User basicGetSigner() {
		return signer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSigner(User newSigner) {
		User oldSigner = signer;
		signer = newSigner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SIGNATURE__SIGNER, oldSigner, signer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSignerName() {
		return signerName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignerName(String newSignerName) {
		String oldSignerName = signerName;
		signerName = newSignerName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SIGNATURE__SIGNER_NAME, oldSignerName, signerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SignatureMeaning getMeaning() {
		return meaning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeaning(SignatureMeaning newMeaning) {
		SignatureMeaning oldMeaning = meaning;
		meaning = newMeaning == null ? MEANING_EDEFAULT : newMeaning;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SIGNATURE__MEANING, oldMeaning, meaning));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getSignedAt() {
		return signedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignedAt(Instant newSignedAt) {
		Instant oldSignedAt = signedAt;
		signedAt = newSignedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SIGNATURE__SIGNED_AT, oldSignedAt, signedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecordHash() {
		return recordHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordHash(String newRecordHash) {
		String oldRecordHash = recordHash;
		recordHash = newRecordHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SIGNATURE__RECORD_HASH, oldRecordHash, recordHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClinicalPackage.SIGNATURE__SIGNER:
				if (resolve) return getSigner();
				return basicGetSigner();
			case ClinicalPackage.SIGNATURE__SIGNER_NAME:
				return getSignerName();
			case ClinicalPackage.SIGNATURE__MEANING:
				return getMeaning();
			case ClinicalPackage.SIGNATURE__SIGNED_AT:
				return getSignedAt();
			case ClinicalPackage.SIGNATURE__RECORD_HASH:
				return getRecordHash();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ClinicalPackage.SIGNATURE__SIGNER:
				setSigner((User)newValue);
				return;
			case ClinicalPackage.SIGNATURE__SIGNER_NAME:
				setSignerName((String)newValue);
				return;
			case ClinicalPackage.SIGNATURE__MEANING:
				setMeaning((SignatureMeaning)newValue);
				return;
			case ClinicalPackage.SIGNATURE__SIGNED_AT:
				setSignedAt((Instant)newValue);
				return;
			case ClinicalPackage.SIGNATURE__RECORD_HASH:
				setRecordHash((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ClinicalPackage.SIGNATURE__SIGNER:
				setSigner((User)null);
				return;
			case ClinicalPackage.SIGNATURE__SIGNER_NAME:
				setSignerName(SIGNER_NAME_EDEFAULT);
				return;
			case ClinicalPackage.SIGNATURE__MEANING:
				setMeaning(MEANING_EDEFAULT);
				return;
			case ClinicalPackage.SIGNATURE__SIGNED_AT:
				setSignedAt(SIGNED_AT_EDEFAULT);
				return;
			case ClinicalPackage.SIGNATURE__RECORD_HASH:
				setRecordHash(RECORD_HASH_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ClinicalPackage.SIGNATURE__SIGNER:
				return signer != null;
			case ClinicalPackage.SIGNATURE__SIGNER_NAME:
				return SIGNER_NAME_EDEFAULT == null ? signerName != null : !SIGNER_NAME_EDEFAULT.equals(signerName);
			case ClinicalPackage.SIGNATURE__MEANING:
				return meaning != MEANING_EDEFAULT;
			case ClinicalPackage.SIGNATURE__SIGNED_AT:
				return SIGNED_AT_EDEFAULT == null ? signedAt != null : !SIGNED_AT_EDEFAULT.equals(signedAt);
			case ClinicalPackage.SIGNATURE__RECORD_HASH:
				return RECORD_HASH_EDEFAULT == null ? recordHash != null : !RECORD_HASH_EDEFAULT.equals(recordHash);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (signerName: ");
		result.append(signerName);
		result.append(", meaning: ");
		result.append(meaning);
		result.append(", signedAt: ");
		result.append(signedAt);
		result.append(", recordHash: ");
		result.append(recordHash);
		result.append(')');
		return result.toString();
	}

} //SignatureImpl
