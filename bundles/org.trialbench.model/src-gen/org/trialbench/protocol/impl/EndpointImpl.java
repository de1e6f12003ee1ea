/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.trialbench.protocol.Derivation;
import org.trialbench.protocol.Endpoint;
import org.trialbench.protocol.EndpointKind;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.ProtocolPackage;
import org.trialbench.protocol.VisitDefinition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Endpoint</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.impl.EndpointImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.EndpointImpl#getTimePointVisit <em>Time Point Visit</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.EndpointImpl#getDerivation <em>Derivation</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.EndpointImpl#getItem <em>Item</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EndpointImpl extends ProtocolElementImpl implements Endpoint {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final EndpointKind KIND_EDEFAULT = EndpointKind.PRIMARY;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected EndpointKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTimePointVisit() <em>Time Point Visit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimePointVisit()
	 * @generated
	 * @ordered
	 */
	protected VisitDefinition timePointVisit;

	/**
	 * The cached value of the '{@link #getDerivation() <em>Derivation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDerivation()
	 * @generated
	 * @ordered
	 */
	protected Derivation derivation;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EndpointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProtocolPackage.Literals.ENDPOINT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EndpointKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(EndpointKind newKind) {
		EndpointKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.ENDPOINT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VisitDefinition getTimePointVisit() {
		if (timePointVisit != null && timePointVisit.eIsProxy()) {
			InternalEObject oldTimePointVisit = (InternalEObject)timePointVisit;
			timePointVisit = (VisitDefinition)eResolveProxy(oldTimePointVisit);
			if (timePointVisit != oldTimePointVisit) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProtocolPackage.ENDPOINT__TIME_POINT_VISIT, oldTimePointVisit, timePointVisit));
			}
		}
		return timePointVisit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VisitDefinition basicGetTimePointVisit() {
		return timePointVisit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimePointVisit(VisitDefinition newTimePointVisit) {
		VisitDefinition oldTimePointVisit = timePointVisit;
		timePointVisit = newTimePointVisit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.ENDPOINT__TIME_POINT_VISIT, oldTimePointVisit, timePointVisit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Derivation getDerivation() {
		if (derivation != null && derivation.eIsProxy()) {
			InternalEObject oldDerivation = (InternalEObject)derivation;
			derivation = (Derivation)eResolveProxy(oldDerivation);
			if (derivation != oldDerivation) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProtocolPackage.ENDPOINT__DERIVATION, oldDerivation, derivation));
			}
		}
		return derivation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Derivation basicGetDerivation() {
		return derivation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDerivation(Derivation newDerivation) {
		Derivation oldDerivation = derivation;
		derivation = newDerivation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.ENDPOINT__DERIVATION, oldDerivation, derivation));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProtocolPackage.ENDPOINT__ITEM, oldItem, item));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.ENDPOINT__ITEM, oldItem, item));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProtocolPackage.ENDPOINT__KIND:
				return getKind();
			case ProtocolPackage.ENDPOINT__TIME_POINT_VISIT:
				if (resolve) return getTimePointVisit();
				return basicGetTimePointVisit();
			case ProtocolPackage.ENDPOINT__DERIVATION:
				if (resolve) return getDerivation();
				return basicGetDerivation();
			case ProtocolPackage.ENDPOINT__ITEM:
				if (resolve) return getItem();
				return basicGetItem();
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
			case ProtocolPackage.ENDPOINT__KIND:
				setKind((EndpointKind)newValue);
				return;
			case ProtocolPackage.ENDPOINT__TIME_POINT_VISIT:
				setTimePointVisit((VisitDefinition)newValue);
				return;
			case ProtocolPackage.ENDPOINT__DERIVATION:
				setDerivation((Derivation)newValue);
				return;
			case ProtocolPackage.ENDPOINT__ITEM:
				setItem((ItemDefinition)newValue);
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
			case ProtocolPackage.ENDPOINT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ProtocolPackage.ENDPOINT__TIME_POINT_VISIT:
				setTimePointVisit((VisitDefinition)null);
				return;
			case ProtocolPackage.ENDPOINT__DERIVATION:
				setDerivation((Derivation)null);
				return;
			case ProtocolPackage.ENDPOINT__ITEM:
				setItem((ItemDefinition)null);
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
			case ProtocolPackage.ENDPOINT__KIND:
				return kind != KIND_EDEFAULT;
			case ProtocolPackage.ENDPOINT__TIME_POINT_VISIT:
				return timePointVisit != null;
			case ProtocolPackage.ENDPOINT__DERIVATION:
				return derivation != null;
			case ProtocolPackage.ENDPOINT__ITEM:
				return item != null;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(')');
		return result.toString();
	}

} //EndpointImpl
