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

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.trialbench.protocol.Comparison;
import org.trialbench.protocol.ConditionalRequiredCheck;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.ProtocolPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Conditional Required Check</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.impl.ConditionalRequiredCheckImpl#getWhen <em>When</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.ConditionalRequiredCheckImpl#getRequiredItems <em>Required Items</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConditionalRequiredCheckImpl extends EditCheckImpl implements ConditionalRequiredCheck {
	/**
	 * The cached value of the '{@link #getWhen() <em>When</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhen()
	 * @generated
	 * @ordered
	 */
	protected Comparison when;

	/**
	 * The cached value of the '{@link #getRequiredItems() <em>Required Items</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredItems()
	 * @generated
	 * @ordered
	 */
	protected EList<ItemDefinition> requiredItems;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConditionalRequiredCheckImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProtocolPackage.Literals.CONDITIONAL_REQUIRED_CHECK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Comparison getWhen() {
		return when;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetWhen(Comparison newWhen, NotificationChain msgs) {
		Comparison oldWhen = when;
		when = newWhen;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProtocolPackage.CONDITIONAL_REQUIRED_CHECK__WHEN, oldWhen, newWhen);
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
	public void setWhen(Comparison newWhen) {
		if (newWhen != when) {
			NotificationChain msgs = null;
			if (when != null)
				msgs = ((InternalEObject)when).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ProtocolPackage.CONDITIONAL_REQUIRED_CHECK__WHEN, null, msgs);
			if (newWhen != null)
				msgs = ((InternalEObject)newWhen).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ProtocolPackage.CONDITIONAL_REQUIRED_CHECK__WHEN, null, msgs);
			msgs = basicSetWhen(newWhen, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.CONDITIONAL_REQUIRED_CHECK__WHEN, newWhen, newWhen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ItemDefinition> getRequiredItems() {
		if (requiredItems == null) {
			requiredItems = new EObjectResolvingEList<ItemDefinition>(ItemDefinition.class, this, ProtocolPackage.CONDITIONAL_REQUIRED_CHECK__REQUIRED_ITEMS);
		}
		return requiredItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProtocolPackage.CONDITIONAL_REQUIRED_CHECK__WHEN:
				return basicSetWhen(null, msgs);
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
			case ProtocolPackage.CONDITIONAL_REQUIRED_CHECK__WHEN:
				return getWhen();
			case ProtocolPackage.CONDITIONAL_REQUIRED_CHECK__REQUIRED_ITEMS:
				return getRequiredItems();
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
			case ProtocolPackage.CONDITIONAL_REQUIRED_CHECK__WHEN:
				setWhen((Comparison)newValue);
				return;
			case ProtocolPackage.CONDITIONAL_REQUIRED_CHECK__REQUIRED_ITEMS:
				getRequiredItems().clear();
				getRequiredItems().addAll((Collection<? extends ItemDefinition>)newValue);
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
			case ProtocolPackage.CONDITIONAL_REQUIRED_CHECK__WHEN:
				setWhen((Comparison)null);
				return;
			case ProtocolPackage.CONDITIONAL_REQUIRED_CHECK__REQUIRED_ITEMS:
				getRequiredItems().clear();
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
			case ProtocolPackage.CONDITIONAL_REQUIRED_CHECK__WHEN:
				return when != null;
			case ProtocolPackage.CONDITIONAL_REQUIRED_CHECK__REQUIRED_ITEMS:
				return requiredItems != null && !requiredItems.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ConditionalRequiredCheckImpl
