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

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.ProtocolPackage;
import org.trialbench.protocol.StratificationFactor;
import org.trialbench.protocol.Stratum;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Stratification Factor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.impl.StratificationFactorImpl#getItem <em>Item</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.StratificationFactorImpl#getStrata <em>Strata</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StratificationFactorImpl extends ProtocolElementImpl implements StratificationFactor {
	/**
	 * The cached value of the '{@link #getItem() <em>Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItem()
	 * @generated
	 * @ordered
	 */
	protected ItemDefinition item;

	/**
	 * The cached value of the '{@link #getStrata() <em>Strata</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrata()
	 * @generated
	 * @ordered
	 */
	protected EList<Stratum> strata;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StratificationFactorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProtocolPackage.Literals.STRATIFICATION_FACTOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItemDefinition getItem() {
		if (item != null && item.eIsProxy()) {
			InternalEObject oldItem = (InternalEObject)item;
			item = (ItemDefinition)eResolveProxy(oldItem);
			if (item != oldItem) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProtocolPackage.STRATIFICATION_FACTOR__ITEM, oldItem, item));
			}
		}
		return item;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ItemDefinition basicGetItem() {
		return item;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItem(ItemDefinition newItem) {
		ItemDefinition oldItem = item;
		item = newItem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.STRATIFICATION_FACTOR__ITEM, oldItem, item));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Stratum> getStrata() {
		if (strata == null) {
			strata = new EObjectContainmentWithInverseEList<Stratum>(Stratum.class, this, ProtocolPackage.STRATIFICATION_FACTOR__STRATA, ProtocolPackage.STRATUM__FACTOR);
		}
		return strata;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProtocolPackage.STRATIFICATION_FACTOR__STRATA:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getStrata()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProtocolPackage.STRATIFICATION_FACTOR__STRATA:
				return ((InternalEList<?>)getStrata()).basicRemove(otherEnd, msgs);
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
			case ProtocolPackage.STRATIFICATION_FACTOR__ITEM:
				if (resolve) return getItem();
				return basicGetItem();
			case ProtocolPackage.STRATIFICATION_FACTOR__STRATA:
				return getStrata();
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
			case ProtocolPackage.STRATIFICATION_FACTOR__ITEM:
				setItem((ItemDefinition)newValue);
				return;
			case ProtocolPackage.STRATIFICATION_FACTOR__STRATA:
				getStrata().clear();
				getStrata().addAll((Collection<? extends Stratum>)newValue);
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
			case ProtocolPackage.STRATIFICATION_FACTOR__ITEM:
				setItem((ItemDefinition)null);
				return;
			case ProtocolPackage.STRATIFICATION_FACTOR__STRATA:
				getStrata().clear();
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
			case ProtocolPackage.STRATIFICATION_FACTOR__ITEM:
				return item != null;
			case ProtocolPackage.STRATIFICATION_FACTOR__STRATA:
				return strata != null && !strata.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //StratificationFactorImpl
