/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.clinical.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.trialbench.clinical.AdjudicationCase;
import org.trialbench.clinical.ClinicalPackage;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Trial;
import org.trialbench.clinical.User;

import org.trialbench.protocol.Study;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Trial</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.clinical.impl.TrialImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.TrialImpl#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.TrialImpl#getSites <em>Sites</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.TrialImpl#getUsers <em>Users</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.TrialImpl#getAdjudicationCases <em>Adjudication Cases</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrialImpl extends ClinicalObjectImpl implements Trial {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProtocol() <em>Protocol</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected Study protocol;

	/**
	 * The cached value of the '{@link #getSites() <em>Sites</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSites()
	 * @generated
	 * @ordered
	 */
	protected EList<Site> sites;

	/**
	 * The cached value of the '{@link #getUsers() <em>Users</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsers()
	 * @generated
	 * @ordered
	 */
	protected EList<User> users;

	/**
	 * The cached value of the '{@link #getAdjudicationCases() <em>Adjudication Cases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdjudicationCases()
	 * @generated
	 * @ordered
	 */
	protected EList<AdjudicationCase> adjudicationCases;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrialImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.TRIAL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.TRIAL__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Study getProtocol() {
		if (protocol != null && protocol.eIsProxy()) {
			InternalEObject oldProtocol = (InternalEObject)protocol;
			protocol = (Study)eResolveProxy(oldProtocol);
			if (protocol != oldProtocol) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ClinicalPackage.TRIAL__PROTOCOL, oldProtocol, protocol));
			}
		}
		return protocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Study basicGetProtocol() {
		return protocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtocol(Study newProtocol) {
		Study oldProtocol = protocol;
		protocol = newProtocol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.TRIAL__PROTOCOL, oldProtocol, protocol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Site> getSites() {
		if (sites == null) {
			sites = new EObjectContainmentEList<Site>(Site.class, this, ClinicalPackage.TRIAL__SITES);
		}
		return sites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<User> getUsers() {
		if (users == null) {
			users = new EObjectContainmentEList<User>(User.class, this, ClinicalPackage.TRIAL__USERS);
		}
		return users;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AdjudicationCase> getAdjudicationCases() {
		if (adjudicationCases == null) {
			adjudicationCases = new EObjectContainmentEList<AdjudicationCase>(AdjudicationCase.class, this, ClinicalPackage.TRIAL__ADJUDICATION_CASES);
		}
		return adjudicationCases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClinicalPackage.TRIAL__SITES:
				return ((InternalEList<?>)getSites()).basicRemove(otherEnd, msgs);
			case ClinicalPackage.TRIAL__USERS:
				return ((InternalEList<?>)getUsers()).basicRemove(otherEnd, msgs);
			case ClinicalPackage.TRIAL__ADJUDICATION_CASES:
				return ((InternalEList<?>)getAdjudicationCases()).basicRemove(otherEnd, msgs);
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
			case ClinicalPackage.TRIAL__NAME:
				return getName();
			case ClinicalPackage.TRIAL__PROTOCOL:
				if (resolve) return getProtocol();
				return basicGetProtocol();
			case ClinicalPackage.TRIAL__SITES:
				return getSites();
			case ClinicalPackage.TRIAL__USERS:
				return getUsers();
			case ClinicalPackage.TRIAL__ADJUDICATION_CASES:
				return getAdjudicationCases();
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
			case ClinicalPackage.TRIAL__NAME:
				setName((String)newValue);
				return;
			case ClinicalPackage.TRIAL__PROTOCOL:
				setProtocol((Study)newValue);
				return;
			case ClinicalPackage.TRIAL__SITES:
				getSites().clear();
				getSites().addAll((Collection<? extends Site>)newValue);
				return;
			case ClinicalPackage.TRIAL__USERS:
				getUsers().clear();
				getUsers().addAll((Collection<? extends User>)newValue);
				return;
			case ClinicalPackage.TRIAL__ADJUDICATION_CASES:
				getAdjudicationCases().clear();
				getAdjudicationCases().addAll((Collection<? extends AdjudicationCase>)newValue);
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
			case ClinicalPackage.TRIAL__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ClinicalPackage.TRIAL__PROTOCOL:
				setProtocol((Study)null);
				return;
			case ClinicalPackage.TRIAL__SITES:
				getSites().clear();
				return;
			case ClinicalPackage.TRIAL__USERS:
				getUsers().clear();
				return;
			case ClinicalPackage.TRIAL__ADJUDICATION_CASES:
				getAdjudicationCases().clear();
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
			case ClinicalPackage.TRIAL__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ClinicalPackage.TRIAL__PROTOCOL:
				return protocol != null;
			case ClinicalPackage.TRIAL__SITES:
				return sites != null && !sites.isEmpty();
			case ClinicalPackage.TRIAL__USERS:
				return users != null && !users.isEmpty();
			case ClinicalPackage.TRIAL__ADJUDICATION_CASES:
				return adjudicationCases != null && !adjudicationCases.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //TrialImpl
