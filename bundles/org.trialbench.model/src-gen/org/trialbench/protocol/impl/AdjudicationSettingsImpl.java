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

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.trialbench.protocol.AdjudicationSettings;
import org.trialbench.protocol.DisagreementResolution;
import org.trialbench.protocol.Endpoint;
import org.trialbench.protocol.ProtocolPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Adjudication Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.impl.AdjudicationSettingsImpl#getEndpoints <em>Endpoints</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.AdjudicationSettingsImpl#getReviewersPerCase <em>Reviewers Per Case</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.AdjudicationSettingsImpl#getDisagreementResolution <em>Disagreement Resolution</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AdjudicationSettingsImpl extends MinimalEObjectImpl.Container implements AdjudicationSettings {
	/**
	 * The cached value of the '{@link #getEndpoints() <em>Endpoints</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndpoints()
	 * @generated
	 * @ordered
	 */
	protected EList<Endpoint> endpoints;

	/**
	 * The default value of the '{@link #getReviewersPerCase() <em>Reviewers Per Case</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewersPerCase()
	 * @generated
	 * @ordered
	 */
	protected static final int REVIEWERS_PER_CASE_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getReviewersPerCase() <em>Reviewers Per Case</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewersPerCase()
	 * @generated
	 * @ordered
	 */
	protected int reviewersPerCase = REVIEWERS_PER_CASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDisagreementResolution() <em>Disagreement Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisagreementResolution()
	 * @generated
	 * @ordered
	 */
	protected static final DisagreementResolution DISAGREEMENT_RESOLUTION_EDEFAULT = DisagreementResolution.CONSENSUS;

	/**
	 * The cached value of the '{@link #getDisagreementResolution() <em>Disagreement Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisagreementResolution()
	 * @generated
	 * @ordered
	 */
	protected DisagreementResolution disagreementResolution = DISAGREEMENT_RESOLUTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AdjudicationSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProtocolPackage.Literals.ADJUDICATION_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Endpoint> getEndpoints() {
		if (endpoints == null) {
			endpoints = new EObjectResolvingEList<Endpoint>(Endpoint.class, this, ProtocolPackage.ADJUDICATION_SETTINGS__ENDPOINTS);
		}
		return endpoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReviewersPerCase() {
		return reviewersPerCase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewersPerCase(int newReviewersPerCase) {
		int oldReviewersPerCase = reviewersPerCase;
		reviewersPerCase = newReviewersPerCase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.ADJUDICATION_SETTINGS__REVIEWERS_PER_CASE, oldReviewersPerCase, reviewersPerCase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DisagreementResolution getDisagreementResolution() {
		return disagreementResolution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisagreementResolution(DisagreementResolution newDisagreementResolution) {
		DisagreementResolution oldDisagreementResolution = disagreementResolution;
		disagreementResolution = newDisagreementResolution == null ? DISAGREEMENT_RESOLUTION_EDEFAULT : newDisagreementResolution;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.ADJUDICATION_SETTINGS__DISAGREEMENT_RESOLUTION, oldDisagreementResolution, disagreementResolution));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProtocolPackage.ADJUDICATION_SETTINGS__ENDPOINTS:
				return getEndpoints();
			case ProtocolPackage.ADJUDICATION_SETTINGS__REVIEWERS_PER_CASE:
				return getReviewersPerCase();
			case ProtocolPackage.ADJUDICATION_SETTINGS__DISAGREEMENT_RESOLUTION:
				return getDisagreementResolution();
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
			case ProtocolPackage.ADJUDICATION_SETTINGS__ENDPOINTS:
				getEndpoints().clear();
				getEndpoints().addAll((Collection<? extends Endpoint>)newValue);
				return;
			case ProtocolPackage.ADJUDICATION_SETTINGS__REVIEWERS_PER_CASE:
				setReviewersPerCase((Integer)newValue);
				return;
			case ProtocolPackage.ADJUDICATION_SETTINGS__DISAGREEMENT_RESOLUTION:
				setDisagreementResolution((DisagreementResolution)newValue);
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
			case ProtocolPackage.ADJUDICATION_SETTINGS__ENDPOINTS:
				getEndpoints().clear();
				return;
			case ProtocolPackage.ADJUDICATION_SETTINGS__REVIEWERS_PER_CASE:
				setReviewersPerCase(REVIEWERS_PER_CASE_EDEFAULT);
				return;
			case ProtocolPackage.ADJUDICATION_SETTINGS__DISAGREEMENT_RESOLUTION:
				setDisagreementResolution(DISAGREEMENT_RESOLUTION_EDEFAULT);
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
			case ProtocolPackage.ADJUDICATION_SETTINGS__ENDPOINTS:
				return endpoints != null && !endpoints.isEmpty();
			case ProtocolPackage.ADJUDICATION_SETTINGS__REVIEWERS_PER_CASE:
				return reviewersPerCase != REVIEWERS_PER_CASE_EDEFAULT;
			case ProtocolPackage.ADJUDICATION_SETTINGS__DISAGREEMENT_RESOLUTION:
				return disagreementResolution != DISAGREEMENT_RESOLUTION_EDEFAULT;
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
		result.append(" (reviewersPerCase: ");
		result.append(reviewersPerCase);
		result.append(", disagreementResolution: ");
		result.append(disagreementResolution);
		result.append(')');
		return result.toString();
	}

} //AdjudicationSettingsImpl
