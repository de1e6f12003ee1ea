/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.trialbench.protocol.CriticalCategory;
import org.trialbench.protocol.ProtocolPackage;
import org.trialbench.protocol.SdvPlan;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sdv Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.impl.SdvPlanImpl#getDefaultSampleRate <em>Default Sample Rate</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.SdvPlanImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.SdvPlanImpl#getCriticalCategories <em>Critical Categories</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SdvPlanImpl extends MinimalEObjectImpl.Container implements SdvPlan {
	/**
	 * The default value of the '{@link #getDefaultSampleRate() <em>Default Sample Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultSampleRate()
	 * @generated
	 * @ordered
	 */
	protected static final double DEFAULT_SAMPLE_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDefaultSampleRate() <em>Default Sample Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultSampleRate()
	 * @generated
	 * @ordered
	 */
	protected double defaultSampleRate = DEFAULT_SAMPLE_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCriticalCategories() <em>Critical Categories</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriticalCategories()
	 * @generated
	 * @ordered
	 */
	protected EList<CriticalCategory> criticalCategories;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SdvPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProtocolPackage.Literals.SDV_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDefaultSampleRate() {
		return defaultSampleRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultSampleRate(double newDefaultSampleRate) {
		double oldDefaultSampleRate = defaultSampleRate;
		defaultSampleRate = newDefaultSampleRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.SDV_PLAN__DEFAULT_SAMPLE_RATE, oldDefaultSampleRate, defaultSampleRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.SDV_PLAN__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CriticalCategory> getCriticalCategories() {
		if (criticalCategories == null) {
			criticalCategories = new EDataTypeUniqueEList<CriticalCategory>(CriticalCategory.class, this, ProtocolPackage.SDV_PLAN__CRITICAL_CATEGORIES);
		}
		return criticalCategories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProtocolPackage.SDV_PLAN__DEFAULT_SAMPLE_RATE:
				return getDefaultSampleRate();
			case ProtocolPackage.SDV_PLAN__SEED:
				return getSeed();
			case ProtocolPackage.SDV_PLAN__CRITICAL_CATEGORIES:
				return getCriticalCategories();
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
			case ProtocolPackage.SDV_PLAN__DEFAULT_SAMPLE_RATE:
				setDefaultSampleRate((Double)newValue);
				return;
			case ProtocolPackage.SDV_PLAN__SEED:
				setSeed((Long)newValue);
				return;
			case ProtocolPackage.SDV_PLAN__CRITICAL_CATEGORIES:
				getCriticalCategories().clear();
				getCriticalCategories().addAll((Collection<? extends CriticalCategory>)newValue);
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
			case ProtocolPackage.SDV_PLAN__DEFAULT_SAMPLE_RATE:
				setDefaultSampleRate(DEFAULT_SAMPLE_RATE_EDEFAULT);
				return;
			case ProtocolPackage.SDV_PLAN__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case ProtocolPackage.SDV_PLAN__CRITICAL_CATEGORIES:
				getCriticalCategories().clear();
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
			case ProtocolPackage.SDV_PLAN__DEFAULT_SAMPLE_RATE:
				return defaultSampleRate != DEFAULT_SAMPLE_RATE_EDEFAULT;
			case ProtocolPackage.SDV_PLAN__SEED:
				return seed != SEED_EDEFAULT;
			case ProtocolPackage.SDV_PLAN__CRITICAL_CATEGORIES:
				return criticalCategories != null && !criticalCategories.isEmpty();
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
		result.append(" (defaultSampleRate: ");
		result.append(defaultSampleRate);
		result.append(", seed: ");
		result.append(seed);
		result.append(", criticalCategories: ");
		result.append(criticalCategories);
		result.append(')');
		return result.toString();
	}

} //SdvPlanImpl
