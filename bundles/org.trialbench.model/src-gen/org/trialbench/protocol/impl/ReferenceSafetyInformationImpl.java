/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.trialbench.protocol.ExpectedEvent;
import org.trialbench.protocol.ProtocolPackage;
import org.trialbench.protocol.ReferenceSafetyInformation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reference Safety Information</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.impl.ReferenceSafetyInformationImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.ReferenceSafetyInformationImpl#getEffectiveDate <em>Effective Date</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.ReferenceSafetyInformationImpl#getExpectedEvents <em>Expected Events</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReferenceSafetyInformationImpl extends MinimalEObjectImpl.Container implements ReferenceSafetyInformation {
	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getEffectiveDate() <em>Effective Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectiveDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate EFFECTIVE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEffectiveDate() <em>Effective Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectiveDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate effectiveDate = EFFECTIVE_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getExpectedEvents() <em>Expected Events</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedEvents()
	 * @generated
	 * @ordered
	 */
	protected EList<ExpectedEvent> expectedEvents;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReferenceSafetyInformationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProtocolPackage.Literals.REFERENCE_SAFETY_INFORMATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.REFERENCE_SAFETY_INFORMATION__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEffectiveDate() {
		return effectiveDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEffectiveDate(LocalDate newEffectiveDate) {
		LocalDate oldEffectiveDate = effectiveDate;
		effectiveDate = newEffectiveDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.REFERENCE_SAFETY_INFORMATION__EFFECTIVE_DATE, oldEffectiveDate, effectiveDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ExpectedEvent> getExpectedEvents() {
		if (expectedEvents == null) {
			expectedEvents = new EObjectContainmentEList<ExpectedEvent>(ExpectedEvent.class, this, ProtocolPackage.REFERENCE_SAFETY_INFORMATION__EXPECTED_EVENTS);
		}
		return expectedEvents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProtocolPackage.REFERENCE_SAFETY_INFORMATION__EXPECTED_EVENTS:
				return ((InternalEList<?>)getExpectedEvents()).basicRemove(otherEnd, msgs);
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
			case ProtocolPackage.REFERENCE_SAFETY_INFORMATION__VERSION:
				return getVersion();
			case ProtocolPackage.REFERENCE_SAFETY_INFORMATION__EFFECTIVE_DATE:
				return getEffectiveDate();
			case ProtocolPackage.REFERENCE_SAFETY_INFORMATION__EXPECTED_EVENTS:
				return getExpectedEvents();
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
			case ProtocolPackage.REFERENCE_SAFETY_INFORMATION__VERSION:
				setVersion((String)newValue);
				return;
			case ProtocolPackage.REFERENCE_SAFETY_INFORMATION__EFFECTIVE_DATE:
				setEffectiveDate((LocalDate)newValue);
				return;
			case ProtocolPackage.REFERENCE_SAFETY_INFORMATION__EXPECTED_EVENTS:
				getExpectedEvents().clear();
				getExpectedEvents().addAll((Collection<? extends ExpectedEvent>)newValue);
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
			case ProtocolPackage.REFERENCE_SAFETY_INFORMATION__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case ProtocolPackage.REFERENCE_SAFETY_INFORMATION__EFFECTIVE_DATE:
				setEffectiveDate(EFFECTIVE_DATE_EDEFAULT);
				return;
			case ProtocolPackage.REFERENCE_SAFETY_INFORMATION__EXPECTED_EVENTS:
				getExpectedEvents().clear();
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
			case ProtocolPackage.REFERENCE_SAFETY_INFORMATION__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case ProtocolPackage.REFERENCE_SAFETY_INFORMATION__EFFECTIVE_DATE:
				return EFFECTIVE_DATE_EDEFAULT == null ? effectiveDate != null : !EFFECTIVE_DATE_EDEFAULT.equals(effectiveDate);
			case ProtocolPackage.REFERENCE_SAFETY_INFORMATION__EXPECTED_EVENTS:
				return expectedEvents != null && !expectedEvents.isEmpty();
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
		result.append(" (version: ");
		result.append(version);
		result.append(", effectiveDate: ");
		result.append(effectiveDate);
		result.append(')');
		return result.toString();
	}

} //ReferenceSafetyInformationImpl
