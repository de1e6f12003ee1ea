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

import org.trialbench.protocol.Arm;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.ProtocolPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Form Definition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.impl.FormDefinitionImpl#isRepeating <em>Repeating</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.FormDefinitionImpl#getItems <em>Items</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.FormDefinitionImpl#getArm <em>Arm</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FormDefinitionImpl extends ProtocolElementImpl implements FormDefinition {
	/**
	 * The default value of the '{@link #isRepeating() <em>Repeating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRepeating()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REPEATING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRepeating() <em>Repeating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRepeating()
	 * @generated
	 * @ordered
	 */
	protected boolean repeating = REPEATING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getItems() <em>Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<ItemDefinition> items;

	/**
	 * The cached value of the '{@link #getArm() <em>Arm</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArm()
	 * @generated
	 * @ordered
	 */
	protected Arm arm;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FormDefinitionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProtocolPackage.Literals.FORM_DEFINITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRepeating() {
		return repeating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRepeating(boolean newRepeating) {
		boolean oldRepeating = repeating;
		repeating = newRepeating;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.FORM_DEFINITION__REPEATING, oldRepeating, repeating));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ItemDefinition> getItems() {
		if (items == null) {
			items = new EObjectContainmentWithInverseEList<ItemDefinition>(ItemDefinition.class, this, ProtocolPackage.FORM_DEFINITION__ITEMS, ProtocolPackage.ITEM_DEFINITION__FORM);
		}
		return items;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Arm getArm() {
		if (arm != null && arm.eIsProxy()) {
			InternalEObject oldArm = (InternalEObject)arm;
			arm = (Arm)eResolveProxy(oldArm);
			if (arm != oldArm) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProtocolPackage.FORM_DEFINITION__ARM, oldArm, arm));
			}
		}
		return arm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Arm basicGetArm() {
		return arm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArm(Arm newArm) {
		Arm oldArm = arm;
		arm = newArm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.FORM_DEFINITION__ARM, oldArm, arm));
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
			case ProtocolPackage.FORM_DEFINITION__ITEMS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getItems()).basicAdd(otherEnd, msgs);
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
			case ProtocolPackage.FORM_DEFINITION__ITEMS:
				return ((InternalEList<?>)getItems()).basicRemove(otherEnd, msgs);
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
			case ProtocolPackage.FORM_DEFINITION__REPEATING:
				return isRepeating();
			case ProtocolPackage.FORM_DEFINITION__ITEMS:
				return getItems();
			case ProtocolPackage.FORM_DEFINITION__ARM:
				if (resolve) return getArm();
				return basicGetArm();
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
			case ProtocolPackage.FORM_DEFINITION__REPEATING:
				setRepeating((Boolean)newValue);
				return;
			case ProtocolPackage.FORM_DEFINITION__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends ItemDefinition>)newValue);
				return;
			case ProtocolPackage.FORM_DEFINITION__ARM:
				setArm((Arm)newValue);
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
			case ProtocolPackage.FORM_DEFINITION__REPEATING:
				setRepeating(REPEATING_EDEFAULT);
				return;
			case ProtocolPackage.FORM_DEFINITION__ITEMS:
				getItems().clear();
				return;
			case ProtocolPackage.FORM_DEFINITION__ARM:
				setArm((Arm)null);
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
			case ProtocolPackage.FORM_DEFINITION__REPEATING:
				return repeating != REPEATING_EDEFAULT;
			case ProtocolPackage.FORM_DEFINITION__ITEMS:
				return items != null && !items.isEmpty();
			case ProtocolPackage.FORM_DEFINITION__ARM:
				return arm != null;
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
		result.append(" (repeating: ");
		result.append(repeating);
		result.append(')');
		return result.toString();
	}

} //FormDefinitionImpl
