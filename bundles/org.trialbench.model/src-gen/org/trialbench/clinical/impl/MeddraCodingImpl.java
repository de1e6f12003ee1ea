/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.clinical.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.trialbench.clinical.ClinicalPackage;
import org.trialbench.clinical.MeddraCoding;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Meddra Coding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.clinical.impl.MeddraCodingImpl#getDictionaryVersion <em>Dictionary Version</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.MeddraCodingImpl#getLltCode <em>Llt Code</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.MeddraCodingImpl#getLltName <em>Llt Name</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.MeddraCodingImpl#getPtCode <em>Pt Code</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.MeddraCodingImpl#getPtName <em>Pt Name</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.MeddraCodingImpl#getHltCode <em>Hlt Code</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.MeddraCodingImpl#getHltName <em>Hlt Name</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.MeddraCodingImpl#getHlgtCode <em>Hlgt Code</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.MeddraCodingImpl#getHlgtName <em>Hlgt Name</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.MeddraCodingImpl#getSocCode <em>Soc Code</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.MeddraCodingImpl#getSocName <em>Soc Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeddraCodingImpl extends ClinicalObjectImpl implements MeddraCoding {
	/**
	 * The default value of the '{@link #getDictionaryVersion() <em>Dictionary Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDictionaryVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String DICTIONARY_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDictionaryVersion() <em>Dictionary Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDictionaryVersion()
	 * @generated
	 * @ordered
	 */
	protected String dictionaryVersion = DICTIONARY_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getLltCode() <em>Llt Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLltCode()
	 * @generated
	 * @ordered
	 */
	protected static final String LLT_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLltCode() <em>Llt Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLltCode()
	 * @generated
	 * @ordered
	 */
	protected String lltCode = LLT_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLltName() <em>Llt Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLltName()
	 * @generated
	 * @ordered
	 */
	protected static final String LLT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLltName() <em>Llt Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLltName()
	 * @generated
	 * @ordered
	 */
	protected String lltName = LLT_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getPtCode() <em>Pt Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPtCode()
	 * @generated
	 * @ordered
	 */
	protected static final String PT_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPtCode() <em>Pt Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPtCode()
	 * @generated
	 * @ordered
	 */
	protected String ptCode = PT_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPtName() <em>Pt Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPtName()
	 * @generated
	 * @ordered
	 */
	protected static final String PT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPtName() <em>Pt Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPtName()
	 * @generated
	 * @ordered
	 */
	protected String ptName = PT_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getHltCode() <em>Hlt Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHltCode()
	 * @generated
	 * @ordered
	 */
	protected static final String HLT_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHltCode() <em>Hlt Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHltCode()
	 * @generated
	 * @ordered
	 */
	protected String hltCode = HLT_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getHltName() <em>Hlt Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHltName()
	 * @generated
	 * @ordered
	 */
	protected static final String HLT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHltName() <em>Hlt Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHltName()
	 * @generated
	 * @ordered
	 */
	protected String hltName = HLT_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getHlgtCode() <em>Hlgt Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHlgtCode()
	 * @generated
	 * @ordered
	 */
	protected static final String HLGT_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHlgtCode() <em>Hlgt Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHlgtCode()
	 * @generated
	 * @ordered
	 */
	protected String hlgtCode = HLGT_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getHlgtName() <em>Hlgt Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHlgtName()
	 * @generated
	 * @ordered
	 */
	protected static final String HLGT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHlgtName() <em>Hlgt Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHlgtName()
	 * @generated
	 * @ordered
	 */
	protected String hlgtName = HLGT_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSocCode() <em>Soc Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSocCode()
	 * @generated
	 * @ordered
	 */
	protected static final String SOC_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSocCode() <em>Soc Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSocCode()
	 * @generated
	 * @ordered
	 */
	protected String socCode = SOC_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSocName() <em>Soc Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSocName()
	 * @generated
	 * @ordered
	 */
	protected static final String SOC_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSocName() <em>Soc Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSocName()
	 * @generated
	 * @ordered
	 */
	protected String socName = SOC_NAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeddraCodingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.MEDDRA_CODING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDictionaryVersion() {
		return dictionaryVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDictionaryVersion(String newDictionaryVersion) {
		String oldDictionaryVersion = dictionaryVersion;
		dictionaryVersion = newDictionaryVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.MEDDRA_CODING__DICTIONARY_VERSION, oldDictionaryVersion, dictionaryVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLltCode() {
		return lltCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLltCode(String newLltCode) {
		String oldLltCode = lltCode;
		lltCode = newLltCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.MEDDRA_CODING__LLT_CODE, oldLltCode, lltCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLltName() {
		return lltName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLltName(String newLltName) {
		String oldLltName = lltName;
		lltName = newLltName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.MEDDRA_CODING__LLT_NAME, oldLltName, lltName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPtCode() {
		return ptCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPtCode(String newPtCode) {
		String oldPtCode = ptCode;
		ptCode = newPtCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.MEDDRA_CODING__PT_CODE, oldPtCode, ptCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPtName() {
		return ptName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPtName(String newPtName) {
		String oldPtName = ptName;
		ptName = newPtName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.MEDDRA_CODING__PT_NAME, oldPtName, ptName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHltCode() {
		return hltCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHltCode(String newHltCode) {
		String oldHltCode = hltCode;
		hltCode = newHltCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.MEDDRA_CODING__HLT_CODE, oldHltCode, hltCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHltName() {
		return hltName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHltName(String newHltName) {
		String oldHltName = hltName;
		hltName = newHltName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.MEDDRA_CODING__HLT_NAME, oldHltName, hltName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHlgtCode() {
		return hlgtCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHlgtCode(String newHlgtCode) {
		String oldHlgtCode = hlgtCode;
		hlgtCode = newHlgtCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.MEDDRA_CODING__HLGT_CODE, oldHlgtCode, hlgtCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHlgtName() {
		return hlgtName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHlgtName(String newHlgtName) {
		String oldHlgtName = hlgtName;
		hlgtName = newHlgtName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.MEDDRA_CODING__HLGT_NAME, oldHlgtName, hlgtName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSocCode() {
		return socCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSocCode(String newSocCode) {
		String oldSocCode = socCode;
		socCode = newSocCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.MEDDRA_CODING__SOC_CODE, oldSocCode, socCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSocName() {
		return socName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSocName(String newSocName) {
		String oldSocName = socName;
		socName = newSocName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.MEDDRA_CODING__SOC_NAME, oldSocName, socName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClinicalPackage.MEDDRA_CODING__DICTIONARY_VERSION:
				return getDictionaryVersion();
			case ClinicalPackage.MEDDRA_CODING__LLT_CODE:
				return getLltCode();
			case ClinicalPackage.MEDDRA_CODING__LLT_NAME:
				return getLltName();
			case ClinicalPackage.MEDDRA_CODING__PT_CODE:
				return getPtCode();
			case ClinicalPackage.MEDDRA_CODING__PT_NAME:
				return getPtName();
			case ClinicalPackage.MEDDRA_CODING__HLT_CODE:
				return getHltCode();
			case ClinicalPackage.MEDDRA_CODING__HLT_NAME:
				return getHltName();
			case ClinicalPackage.MEDDRA_CODING__HLGT_CODE:
				return getHlgtCode();
			case ClinicalPackage.MEDDRA_CODING__HLGT_NAME:
				return getHlgtName();
			case ClinicalPackage.MEDDRA_CODING__SOC_CODE:
				return getSocCode();
			case ClinicalPackage.MEDDRA_CODING__SOC_NAME:
				return getSocName();
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
			case ClinicalPackage.MEDDRA_CODING__DICTIONARY_VERSION:
				setDictionaryVersion((String)newValue);
				return;
			case ClinicalPackage.MEDDRA_CODING__LLT_CODE:
				setLltCode((String)newValue);
				return;
			case ClinicalPackage.MEDDRA_CODING__LLT_NAME:
				setLltName((String)newValue);
				return;
			case ClinicalPackage.MEDDRA_CODING__PT_CODE:
				setPtCode((String)newValue);
				return;
			case ClinicalPackage.MEDDRA_CODING__PT_NAME:
				setPtName((String)newValue);
				return;
			case ClinicalPackage.MEDDRA_CODING__HLT_CODE:
				setHltCode((String)newValue);
				return;
			case ClinicalPackage.MEDDRA_CODING__HLT_NAME:
				setHltName((String)newValue);
				return;
			case ClinicalPackage.MEDDRA_CODING__HLGT_CODE:
				setHlgtCode((String)newValue);
				return;
			case ClinicalPackage.MEDDRA_CODING__HLGT_NAME:
				setHlgtName((String)newValue);
				return;
			case ClinicalPackage.MEDDRA_CODING__SOC_CODE:
				setSocCode((String)newValue);
				return;
			case ClinicalPackage.MEDDRA_CODING__SOC_NAME:
				setSocName((String)newValue);
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
			case ClinicalPackage.MEDDRA_CODING__DICTIONARY_VERSION:
				setDictionaryVersion(DICTIONARY_VERSION_EDEFAULT);
				return;
			case ClinicalPackage.MEDDRA_CODING__LLT_CODE:
				setLltCode(LLT_CODE_EDEFAULT);
				return;
			case ClinicalPackage.MEDDRA_CODING__LLT_NAME:
				setLltName(LLT_NAME_EDEFAULT);
				return;
			case ClinicalPackage.MEDDRA_CODING__PT_CODE:
				setPtCode(PT_CODE_EDEFAULT);
				return;
			case ClinicalPackage.MEDDRA_CODING__PT_NAME:
				setPtName(PT_NAME_EDEFAULT);
				return;
			case ClinicalPackage.MEDDRA_CODING__HLT_CODE:
				setHltCode(HLT_CODE_EDEFAULT);
				return;
			case ClinicalPackage.MEDDRA_CODING__HLT_NAME:
				setHltName(HLT_NAME_EDEFAULT);
				return;
			case ClinicalPackage.MEDDRA_CODING__HLGT_CODE:
				setHlgtCode(HLGT_CODE_EDEFAULT);
				return;
			case ClinicalPackage.MEDDRA_CODING__HLGT_NAME:
				setHlgtName(HLGT_NAME_EDEFAULT);
				return;
			case ClinicalPackage.MEDDRA_CODING__SOC_CODE:
				setSocCode(SOC_CODE_EDEFAULT);
				return;
			case ClinicalPackage.MEDDRA_CODING__SOC_NAME:
				setSocName(SOC_NAME_EDEFAULT);
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
			case ClinicalPackage.MEDDRA_CODING__DICTIONARY_VERSION:
				return DICTIONARY_VERSION_EDEFAULT == null ? dictionaryVersion != null : !DICTIONARY_VERSION_EDEFAULT.equals(dictionaryVersion);
			case ClinicalPackage.MEDDRA_CODING__LLT_CODE:
				return LLT_CODE_EDEFAULT == null ? lltCode != null : !LLT_CODE_EDEFAULT.equals(lltCode);
			case ClinicalPackage.MEDDRA_CODING__LLT_NAME:
				return LLT_NAME_EDEFAULT == null ? lltName != null : !LLT_NAME_EDEFAULT.equals(lltName);
			case ClinicalPackage.MEDDRA_CODING__PT_CODE:
				return PT_CODE_EDEFAULT == null ? ptCode != null : !PT_CODE_EDEFAULT.equals(ptCode);
			case ClinicalPackage.MEDDRA_CODING__PT_NAME:
				return PT_NAME_EDEFAULT == null ? ptName != null : !PT_NAME_EDEFAULT.equals(ptName);
			case ClinicalPackage.MEDDRA_CODING__HLT_CODE:
				return HLT_CODE_EDEFAULT == null ? hltCode != null : !HLT_CODE_EDEFAULT.equals(hltCode);
			case ClinicalPackage.MEDDRA_CODING__HLT_NAME:
				return HLT_NAME_EDEFAULT == null ? hltName != null : !HLT_NAME_EDEFAULT.equals(hltName);
			case ClinicalPackage.MEDDRA_CODING__HLGT_CODE:
				return HLGT_CODE_EDEFAULT == null ? hlgtCode != null : !HLGT_CODE_EDEFAULT.equals(hlgtCode);
			case ClinicalPackage.MEDDRA_CODING__HLGT_NAME:
				return HLGT_NAME_EDEFAULT == null ? hlgtName != null : !HLGT_NAME_EDEFAULT.equals(hlgtName);
			case ClinicalPackage.MEDDRA_CODING__SOC_CODE:
				return SOC_CODE_EDEFAULT == null ? socCode != null : !SOC_CODE_EDEFAULT.equals(socCode);
			case ClinicalPackage.MEDDRA_CODING__SOC_NAME:
				return SOC_NAME_EDEFAULT == null ? socName != null : !SOC_NAME_EDEFAULT.equals(socName);
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
		result.append(" (dictionaryVersion: ");
		result.append(dictionaryVersion);
		result.append(", lltCode: ");
		result.append(lltCode);
		result.append(", lltName: ");
		result.append(lltName);
		result.append(", ptCode: ");
		result.append(ptCode);
		result.append(", ptName: ");
		result.append(ptName);
		result.append(", hltCode: ");
		result.append(hltCode);
		result.append(", hltName: ");
		result.append(hltName);
		result.append(", hlgtCode: ");
		result.append(hlgtCode);
		result.append(", hlgtName: ");
		result.append(hlgtName);
		result.append(", socCode: ");
		result.append(socCode);
		result.append(", socName: ");
		result.append(socName);
		result.append(')');
		return result.toString();
	}

} //MeddraCodingImpl
