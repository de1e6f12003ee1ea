/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.clinical.impl;

import java.time.Instant;

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
import org.trialbench.clinical.AdjudicationDecision;
import org.trialbench.clinical.AdjudicationReview;
import org.trialbench.clinical.AdjudicationStatus;
import org.trialbench.clinical.ClinicalPackage;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Visit;

import org.trialbench.protocol.DisagreementResolution;
import org.trialbench.protocol.Endpoint;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Adjudication Case</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.clinical.impl.AdjudicationCaseImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdjudicationCaseImpl#getEndpoint <em>Endpoint</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdjudicationCaseImpl#getVisit <em>Visit</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdjudicationCaseImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdjudicationCaseImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdjudicationCaseImpl#getReviews <em>Reviews</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdjudicationCaseImpl#getFinalDecision <em>Final Decision</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdjudicationCaseImpl#getResolution <em>Resolution</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdjudicationCaseImpl#getClosedAt <em>Closed At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AdjudicationCaseImpl extends ClinicalObjectImpl implements AdjudicationCase {
	/**
	 * The cached value of the '{@link #getSubject() <em>Subject</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected Subject subject;

	/**
	 * The cached value of the '{@link #getEndpoint() <em>Endpoint</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndpoint()
	 * @generated
	 * @ordered
	 */
	protected Endpoint endpoint;

	/**
	 * The cached value of the '{@link #getVisit() <em>Visit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisit()
	 * @generated
	 * @ordered
	 */
	protected Visit visit;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final AdjudicationStatus STATUS_EDEFAULT = AdjudicationStatus.PENDING;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected AdjudicationStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReviews() <em>Reviews</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviews()
	 * @generated
	 * @ordered
	 */
	protected EList<AdjudicationReview> reviews;

	/**
	 * The default value of the '{@link #getFinalDecision() <em>Final Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinalDecision()
	 * @generated
	 * @ordered
	 */
	protected static final AdjudicationDecision FINAL_DECISION_EDEFAULT = AdjudicationDecision.ENDPOINT_MET;

	/**
	 * The cached value of the '{@link #getFinalDecision() <em>Final Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinalDecision()
	 * @generated
	 * @ordered
	 */
	protected AdjudicationDecision finalDecision = FINAL_DECISION_EDEFAULT;

	/**
	 * This is true if the Final Decision attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean finalDecisionESet;

	/**
	 * The default value of the '{@link #getResolution() <em>Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolution()
	 * @generated
	 * @ordered
	 */
	protected static final DisagreementResolution RESOLUTION_EDEFAULT = DisagreementResolution.CONSENSUS;

	/**
	 * The cached value of the '{@link #getResolution() <em>Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolution()
	 * @generated
	 * @ordered
	 */
	protected DisagreementResolution resolution = RESOLUTION_EDEFAULT;

	/**
	 * This is true if the Resolution attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean resolutionESet;

	/**
	 * The default value of the '{@link #getClosedAt() <em>Closed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CLOSED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClosedAt() <em>Closed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant closedAt = CLOSED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AdjudicationCaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.ADJUDICATION_CASE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Subject getSubject() {
		if (subject != null && subject.eIsProxy()) {
			InternalEObject oldSubject = (InternalEObject)subject;
			subject = (Subject)eResolveProxy(oldSubject);
			if (subject != oldSubject) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ClinicalPackage.ADJUDICATION_CASE__SUBJECT, oldSubject, subject));
			}
		}
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Subject basicGetSubject() {
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(Subject newSubject) {
		Subject oldSubject = subject;
		subject = newSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADJUDICATION_CASE__SUBJECT, oldSubject, subject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Endpoint getEndpoint() {
		if (endpoint != null && endpoint.eIsProxy()) {
			InternalEObject oldEndpoint = (InternalEObject)endpoint;
			endpoint = (Endpoint)eResolveProxy(oldEndpoint);
			if (endpoint != oldEndpoint) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ClinicalPackage.ADJUDICATION_CASE__ENDPOINT, oldEndpoint, endpoint));
			}
		}
		return endpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Endpoint basicGetEndpoint() {
		return endpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndpoint(Endpoint newEndpoint) {
		Endpoint oldEndpoint = endpoint;
		endpoint = newEndpoint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADJUDICATION_CASE__ENDPOINT, oldEndpoint, endpoint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Visit getVisit() {
		if (visit != null && visit.eIsProxy()) {
			InternalEObject oldVisit = (InternalEObject)visit;
			visit = (Visit)eResolveProxy(oldVisit);
			if (visit != oldVisit) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ClinicalPackage.ADJUDICATION_CASE__VISIT, oldVisit, visit));
			}
		}
		return visit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Visit basicGetVisit() {
		return visit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVisit(Visit newVisit) {
		Visit oldVisit = visit;
		visit = newVisit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADJUDICATION_CASE__VISIT, oldVisit, visit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdjudicationStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(AdjudicationStatus newStatus) {
		AdjudicationStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADJUDICATION_CASE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Instant newCreatedAt) {
		Instant oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADJUDICATION_CASE__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AdjudicationReview> getReviews() {
		if (reviews == null) {
			reviews = new EObjectContainmentEList<AdjudicationReview>(AdjudicationReview.class, this, ClinicalPackage.ADJUDICATION_CASE__REVIEWS);
		}
		return reviews;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdjudicationDecision getFinalDecision() {
		return finalDecision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinalDecision(AdjudicationDecision newFinalDecision) {
		AdjudicationDecision oldFinalDecision = finalDecision;
		finalDecision = newFinalDecision == null ? FINAL_DECISION_EDEFAULT : newFinalDecision;
		boolean oldFinalDecisionESet = finalDecisionESet;
		finalDecisionESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADJUDICATION_CASE__FINAL_DECISION, oldFinalDecision, finalDecision, !oldFinalDecisionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFinalDecision() {
		AdjudicationDecision oldFinalDecision = finalDecision;
		boolean oldFinalDecisionESet = finalDecisionESet;
		finalDecision = FINAL_DECISION_EDEFAULT;
		finalDecisionESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ClinicalPackage.ADJUDICATION_CASE__FINAL_DECISION, oldFinalDecision, FINAL_DECISION_EDEFAULT, oldFinalDecisionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFinalDecision() {
		return finalDecisionESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DisagreementResolution getResolution() {
		return resolution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolution(DisagreementResolution newResolution) {
		DisagreementResolution oldResolution = resolution;
		resolution = newResolution == null ? RESOLUTION_EDEFAULT : newResolution;
		boolean oldResolutionESet = resolutionESet;
		resolutionESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADJUDICATION_CASE__RESOLUTION, oldResolution, resolution, !oldResolutionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetResolution() {
		DisagreementResolution oldResolution = resolution;
		boolean oldResolutionESet = resolutionESet;
		resolution = RESOLUTION_EDEFAULT;
		resolutionESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ClinicalPackage.ADJUDICATION_CASE__RESOLUTION, oldResolution, RESOLUTION_EDEFAULT, oldResolutionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetResolution() {
		return resolutionESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getClosedAt() {
		return closedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosedAt(Instant newClosedAt) {
		Instant oldClosedAt = closedAt;
		closedAt = newClosedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADJUDICATION_CASE__CLOSED_AT, oldClosedAt, closedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClinicalPackage.ADJUDICATION_CASE__REVIEWS:
				return ((InternalEList<?>)getReviews()).basicRemove(otherEnd, msgs);
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
			case ClinicalPackage.ADJUDICATION_CASE__SUBJECT:
				if (resolve) return getSubject();
				return basicGetSubject();
			case ClinicalPackage.ADJUDICATION_CASE__ENDPOINT:
				if (resolve) return getEndpoint();
				return basicGetEndpoint();
			case ClinicalPackage.ADJUDICATION_CASE__VISIT:
				if (resolve) return getVisit();
				return basicGetVisit();
			case ClinicalPackage.ADJUDICATION_CASE__STATUS:
				return getStatus();
			case ClinicalPackage.ADJUDICATION_CASE__CREATED_AT:
				return getCreatedAt();
			case ClinicalPackage.ADJUDICATION_CASE__REVIEWS:
				return getReviews();
			case ClinicalPackage.ADJUDICATION_CASE__FINAL_DECISION:
				return getFinalDecision();
			case ClinicalPackage.ADJUDICATION_CASE__RESOLUTION:
				return getResolution();
			case ClinicalPackage.ADJUDICATION_CASE__CLOSED_AT:
				return getClosedAt();
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
			case ClinicalPackage.ADJUDICATION_CASE__SUBJECT:
				setSubject((Subject)newValue);
				return;
			case ClinicalPackage.ADJUDICATION_CASE__ENDPOINT:
				setEndpoint((Endpoint)newValue);
				return;
			case ClinicalPackage.ADJUDICATION_CASE__VISIT:
				setVisit((Visit)newValue);
				return;
			case ClinicalPackage.ADJUDICATION_CASE__STATUS:
				setStatus((AdjudicationStatus)newValue);
				return;
			case ClinicalPackage.ADJUDICATION_CASE__CREATED_AT:
				setCreatedAt((Instant)newValue);
				return;
			case ClinicalPackage.ADJUDICATION_CASE__REVIEWS:
				getReviews().clear();
				getReviews().addAll((Collection<? extends AdjudicationReview>)newValue);
				return;
			case ClinicalPackage.ADJUDICATION_CASE__FINAL_DECISION:
				setFinalDecision((AdjudicationDecision)newValue);
				return;
			case ClinicalPackage.ADJUDICATION_CASE__RESOLUTION:
				setResolution((DisagreementResolution)newValue);
				return;
			case ClinicalPackage.ADJUDICATION_CASE__CLOSED_AT:
				setClosedAt((Instant)newValue);
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
			case ClinicalPackage.ADJUDICATION_CASE__SUBJECT:
				setSubject((Subject)null);
				return;
			case ClinicalPackage.ADJUDICATION_CASE__ENDPOINT:
				setEndpoint((Endpoint)null);
				return;
			case ClinicalPackage.ADJUDICATION_CASE__VISIT:
				setVisit((Visit)null);
				return;
			case ClinicalPackage.ADJUDICATION_CASE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ClinicalPackage.ADJUDICATION_CASE__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case ClinicalPackage.ADJUDICATION_CASE__REVIEWS:
				getReviews().clear();
				return;
			case ClinicalPackage.ADJUDICATION_CASE__FINAL_DECISION:
				unsetFinalDecision();
				return;
			case ClinicalPackage.ADJUDICATION_CASE__RESOLUTION:
				unsetResolution();
				return;
			case ClinicalPackage.ADJUDICATION_CASE__CLOSED_AT:
				setClosedAt(CLOSED_AT_EDEFAULT);
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
			case ClinicalPackage.ADJUDICATION_CASE__SUBJECT:
				return subject != null;
			case ClinicalPackage.ADJUDICATION_CASE__ENDPOINT:
				return endpoint != null;
			case ClinicalPackage.ADJUDICATION_CASE__VISIT:
				return visit != null;
			case ClinicalPackage.ADJUDICATION_CASE__STATUS:
				return status != STATUS_EDEFAULT;
			case ClinicalPackage.ADJUDICATION_CASE__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case ClinicalPackage.ADJUDICATION_CASE__REVIEWS:
				return reviews != null && !reviews.isEmpty();
			case ClinicalPackage.ADJUDICATION_CASE__FINAL_DECISION:
				return isSetFinalDecision();
			case ClinicalPackage.ADJUDICATION_CASE__RESOLUTION:
				return isSetResolution();
			case ClinicalPackage.ADJUDICATION_CASE__CLOSED_AT:
				return CLOSED_AT_EDEFAULT == null ? closedAt != null : !CLOSED_AT_EDEFAULT.equals(closedAt);
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
		result.append(" (status: ");
		result.append(status);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", finalDecision: ");
		if (finalDecisionESet) result.append(finalDecision); else result.append("<unset>");
		result.append(", resolution: ");
		if (resolutionESet) result.append(resolution); else result.append("<unset>");
		result.append(", closedAt: ");
		result.append(closedAt);
		result.append(')');
		return result.toString();
	}

} //AdjudicationCaseImpl
