/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.trialbench.protocol.AdverseEventSettings;
import org.trialbench.protocol.GradingScale;
import org.trialbench.protocol.ProtocolPackage;
import org.trialbench.protocol.ReferenceSafetyInformation;
import org.trialbench.protocol.SeriousnessCriterion;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Adverse Event Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.impl.AdverseEventSettingsImpl#getGradingScales <em>Grading Scales</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.AdverseEventSettingsImpl#getSeriousnessCriteria <em>Seriousness Criteria</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.AdverseEventSettingsImpl#getMeddraVersion <em>Meddra Version</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.AdverseEventSettingsImpl#getSaeReportingHours <em>Sae Reporting Hours</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.AdverseEventSettingsImpl#getSusarFatalReportingDays <em>Susar Fatal Reporting Days</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.AdverseEventSettingsImpl#getSusarReportingDays <em>Susar Reporting Days</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.AdverseEventSettingsImpl#getReferenceSafetyInformation <em>Reference Safety Information</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AdverseEventSettingsImpl extends MinimalEObjectImpl.Container implements AdverseEventSettings {
	/**
	 * The cached value of the '{@link #getGradingScales() <em>Grading Scales</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGradingScales()
	 * @generated
	 * @ordered
	 */
	protected EList<GradingScale> gradingScales;

	/**
	 * The cached value of the '{@link #getSeriousnessCriteria() <em>Seriousness Criteria</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeriousnessCriteria()
	 * @generated
	 * @ordered
	 */
	protected EList<SeriousnessCriterion> seriousnessCriteria;

	/**
	 * The default value of the '{@link #getMeddraVersion() <em>Meddra Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeddraVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String MEDDRA_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMeddraVersion() <em>Meddra Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeddraVersion()
	 * @generated
	 * @ordered
	 */
	protected String meddraVersion = MEDDRA_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSaeReportingHours() <em>Sae Reporting Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSaeReportingHours()
	 * @generated
	 * @ordered
	 */
	protected static final int SAE_REPORTING_HOURS_EDEFAULT = 24;

	/**
	 * The cached value of the '{@link #getSaeReportingHours() <em>Sae Reporting Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSaeReportingHours()
	 * @generated
	 * @ordered
	 */
	protected int saeReportingHours = SAE_REPORTING_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSusarFatalReportingDays() <em>Susar Fatal Reporting Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSusarFatalReportingDays()
	 * @generated
	 * @ordered
	 */
	protected static final int SUSAR_FATAL_REPORTING_DAYS_EDEFAULT = 7;

	/**
	 * The cached value of the '{@link #getSusarFatalReportingDays() <em>Susar Fatal Reporting Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSusarFatalReportingDays()
	 * @generated
	 * @ordered
	 */
	protected int susarFatalReportingDays = SUSAR_FATAL_REPORTING_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSusarReportingDays() <em>Susar Reporting Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSusarReportingDays()
	 * @generated
	 * @ordered
	 */
	protected static final int SUSAR_REPORTING_DAYS_EDEFAULT = 15;

	/**
	 * The cached value of the '{@link #getSusarReportingDays() <em>Susar Reporting Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSusarReportingDays()
	 * @generated
	 * @ordered
	 */
	protected int susarReportingDays = SUSAR_REPORTING_DAYS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReferenceSafetyInformation() <em>Reference Safety Information</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceSafetyInformation()
	 * @generated
	 * @ordered
	 */
	protected ReferenceSafetyInformation referenceSafetyInformation;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AdverseEventSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProtocolPackage.Literals.ADVERSE_EVENT_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GradingScale> getGradingScales() {
		if (gradingScales == null) {
			gradingScales = new EDataTypeUniqueEList<GradingScale>(GradingScale.class, this, ProtocolPackage.ADVERSE_EVENT_SETTINGS__GRADING_SCALES);
		}
		return gradingScales;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SeriousnessCriterion> getSeriousnessCriteria() {
		if (seriousnessCriteria == null) {
			seriousnessCriteria = new EDataTypeUniqueEList<SeriousnessCriterion>(SeriousnessCriterion.class, this, ProtocolPackage.ADVERSE_EVENT_SETTINGS__SERIOUSNESS_CRITERIA);
		}
		return seriousnessCriteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMeddraVersion() {
		return meddraVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeddraVersion(String newMeddraVersion) {
		String oldMeddraVersion = meddraVersion;
		meddraVersion = newMeddraVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.ADVERSE_EVENT_SETTINGS__MEDDRA_VERSION, oldMeddraVersion, meddraVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSaeReportingHours() {
		return saeReportingHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSaeReportingHours(int newSaeReportingHours) {
		int oldSaeReportingHours = saeReportingHours;
		saeReportingHours = newSaeReportingHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.ADVERSE_EVENT_SETTINGS__SAE_REPORTING_HOURS, oldSaeReportingHours, saeReportingHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSusarFatalReportingDays() {
		return susarFatalReportingDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSusarFatalReportingDays(int newSusarFatalReportingDays) {
		int oldSusarFatalReportingDays = susarFatalReportingDays;
		susarFatalReportingDays = newSusarFatalReportingDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.ADVERSE_EVENT_SETTINGS__SUSAR_FATAL_REPORTING_DAYS, oldSusarFatalReportingDays, susarFatalReportingDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSusarReportingDays() {
		return susarReportingDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSusarReportingDays(int newSusarReportingDays) {
		int oldSusarReportingDays = susarReportingDays;
		susarReportingDays = newSusarReportingDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.ADVERSE_EVENT_SETTINGS__SUSAR_REPORTING_DAYS, oldSusarReportingDays, susarReportingDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReferenceSafetyInformation getReferenceSafetyInformation() {
		return referenceSafetyInformation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetReferenceSafetyInformation(ReferenceSafetyInformation newReferenceSafetyInformation, NotificationChain msgs) {
		ReferenceSafetyInformation oldReferenceSafetyInformation = referenceSafetyInformation;
		referenceSafetyInformation = newReferenceSafetyInformation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProtocolPackage.ADVERSE_EVENT_SETTINGS__REFERENCE_SAFETY_INFORMATION, oldReferenceSafetyInformation, newReferenceSafetyInformation);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferenceSafetyInformation(ReferenceSafetyInformation newReferenceSafetyInformation) {
		if (newReferenceSafetyInformation != referenceSafetyInformation) {
			NotificationChain msgs = null;
			if (referenceSafetyInformation != null)
				msgs = ((InternalEObject)referenceSafetyInformation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ProtocolPackage.ADVERSE_EVENT_SETTINGS__REFERENCE_SAFETY_INFORMATION, null, msgs);
			if (newReferenceSafetyInformation != null)
				msgs = ((InternalEObject)newReferenceSafetyInformation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ProtocolPackage.ADVERSE_EVENT_SETTINGS__REFERENCE_SAFETY_INFORMATION, null, msgs);
			msgs = basicSetReferenceSafetyInformation(newReferenceSafetyInformation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.ADVERSE_EVENT_SETTINGS__REFERENCE_SAFETY_INFORMATION, newReferenceSafetyInformation, newReferenceSafetyInformation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS__REFERENCE_SAFETY_INFORMATION:
				return basicSetReferenceSafetyInformation(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS__GRADING_SCALES:
				return getGradingScales();
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS__SERIOUSNESS_CRITERIA:
				return getSeriousnessCriteria();
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS__MEDDRA_VERSION:
				return getMeddraVersion();
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS__SAE_REPORTING_HOURS:
				return getSaeReportingHours();
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS__SUSAR_FATAL_REPORTING_DAYS:
				return getSusarFatalReportingDays();
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS__SUSAR_REPORTING_DAYS:
				return getSusarReportingDays();
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS__REFERENCE_SAFETY_INFORMATION:
				return getReferenceSafetyInformation();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS__GRADING_SCALES:
				getGradingScales().clear();
				getGradingScales().addAll((Collection<? extends GradingScale>)newValue);
				return;
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS__SERIOUSNESS_CRITERIA:
				getSeriousnessCriteria().clear();
				getSeriousnessCriteria().addAll((Collection<? extends SeriousnessCriterion>)newValue);
				return;
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS__MEDDRA_VERSION:
				setMeddraVersion((String)newValue);
				return;
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS__SAE_REPORTING_HOURS:
				setSaeReportingHours((Integer)newValue);
				return;
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS__SUSAR_FATAL_REPORTING_DAYS:
				setSusarFatalReportingDays((Integer)newValue);
				return;
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS__SUSAR_REPORTING_DAYS:
				setSusarReportingDays((Integer)newValue);
				return;
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS__REFERENCE_SAFETY_INFORMATION:
				setReferenceSafetyInformation((ReferenceSafetyInformation)newValue);
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
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS__GRADING_SCALES:
				getGradingScales().clear();
				return;
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS__SERIOUSNESS_CRITERIA:
				getSeriousnessCriteria().clear();
				return;
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS__MEDDRA_VERSION:
				setMeddraVersion(MEDDRA_VERSION_EDEFAULT);
				return;
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS__SAE_REPORTING_HOURS:
				setSaeReportingHours(SAE_REPORTING_HOURS_EDEFAULT);
				return;
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS__SUSAR_FATAL_REPORTING_DAYS:
				setSusarFatalReportingDays(SUSAR_FATAL_REPORTING_DAYS_EDEFAULT);
				return;
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS__SUSAR_REPORTING_DAYS:
				setSusarReportingDays(SUSAR_REPORTING_DAYS_EDEFAULT);
				return;
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS__REFERENCE_SAFETY_INFORMATION:
				setReferenceSafetyInformation((ReferenceSafetyInformation)null);
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
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS__GRADING_SCALES:
				return gradingScales != null && !gradingScales.isEmpty();
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS__SERIOUSNESS_CRITERIA:
				return seriousnessCriteria != null && !seriousnessCriteria.isEmpty();
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS__MEDDRA_VERSION:
				return MEDDRA_VERSION_EDEFAULT == null ? meddraVersion != null : !MEDDRA_VERSION_EDEFAULT.equals(meddraVersion);
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS__SAE_REPORTING_HOURS:
				return saeReportingHours != SAE_REPORTING_HOURS_EDEFAULT;
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS__SUSAR_FATAL_REPORTING_DAYS:
				return susarFatalReportingDays != SUSAR_FATAL_REPORTING_DAYS_EDEFAULT;
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS__SUSAR_REPORTING_DAYS:
				return susarReportingDays != SUSAR_REPORTING_DAYS_EDEFAULT;
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS__REFERENCE_SAFETY_INFORMATION:
				return referenceSafetyInformation != null;
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
		result.append(" (gradingScales: ");
		result.append(gradingScales);
		result.append(", seriousnessCriteria: ");
		result.append(seriousnessCriteria);
		result.append(", meddraVersion: ");
		result.append(meddraVersion);
		result.append(", saeReportingHours: ");
		result.append(saeReportingHours);
		result.append(", susarFatalReportingDays: ");
		result.append(susarFatalReportingDays);
		result.append(", susarReportingDays: ");
		result.append(susarReportingDays);
		result.append(')');
		return result.toString();
	}

} //AdverseEventSettingsImpl
