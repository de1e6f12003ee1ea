/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.clinical.impl;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.trialbench.clinical.AdjudicationDecision;
import org.trialbench.clinical.AdjudicationReview;
import org.trialbench.clinical.ClinicalPackage;
import org.trialbench.clinical.Signature;
import org.trialbench.clinical.User;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Adjudication Review</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.clinical.impl.AdjudicationReviewImpl#getAdjudicator <em>Adjudicator</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdjudicationReviewImpl#getRound <em>Round</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdjudicationReviewImpl#getDecision <em>Decision</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdjudicationReviewImpl#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdjudicationReviewImpl#getSubmittedAt <em>Submitted At</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdjudicationReviewImpl#getSignature <em>Signature</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AdjudicationReviewImpl extends ClinicalObjectImpl implements AdjudicationReview {
	/**
	 * The cached value of the '{@link #getAdjudicator() <em>Adjudicator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdjudicator()
	 * @generated
	 * @ordered
	 */
	protected User adjudicator;

	/**
	 * The default value of the '{@link #getRound() <em>Round</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRound()
	 * @generated
	 * @ordered
	 */
	protected static final int ROUND_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getRound() <em>Round</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRound()
	 * @generated
	 * @ordered
	 */
	protected int round = ROUND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected static final AdjudicationDecision DECISION_EDEFAULT = AdjudicationDecision.ENDPOINT_MET;

	/**
	 * The cached value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected AdjudicationDecision decision = DECISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected String rationale = RATIONALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubmittedAt() <em>Submitted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmittedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant SUBMITTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubmittedAt() <em>Submitted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmittedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant submittedAt = SUBMITTED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSignature() <em>Signature</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignature()
	 * @generated
	 * @ordered
	 */
	protected Signature signature;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AdjudicationReviewImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.ADJUDICATION_REVIEW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public User getAdjudicator() {
		if (adjudicator != null && adjudicator.eIsProxy()) {
			InternalEObject oldAdjudicator = (InternalEObject)adjudicator;
			adjudicator = (User)eResolveProxy(oldAdjudicator);
			if (adjudicator != oldAdjudicator) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ClinicalPackage.ADJUDICATION_REVIEW__ADJUDICATOR, oldAdjudicator, adjudicator));
			}
		}
		return adjudicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public User basicGetAdjudicator() {
		return adjudicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdjudicator(User newAdjudicator) {
		User oldAdjudicator = adjudicator;
		adjudicator = newAdjudicator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADJUDICATION_REVIEW__ADJUDICATOR, oldAdjudicator, adjudicator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRound() {
		return round;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRound(int newRound) {
		int oldRound = round;
		round = newRound;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADJUDICATION_REVIEW__ROUND, oldRound, round));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdjudicationDecision getDecision() {
		return decision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecision(AdjudicationDecision newDecision) {
		AdjudicationDecision oldDecision = decision;
		decision = newDecision == null ? DECISION_EDEFAULT : newDecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADJUDICATION_REVIEW__DECISION, oldDecision, decision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRationale() {
		return rationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRationale(String newRationale) {
		String oldRationale = rationale;
		rationale = newRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADJUDICATION_REVIEW__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getSubmittedAt() {
		return submittedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubmittedAt(Instant newSubmittedAt) {
		Instant oldSubmittedAt = submittedAt;
		submittedAt = newSubmittedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADJUDICATION_REVIEW__SUBMITTED_AT, oldSubmittedAt, submittedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Signature getSignature() {
		return signature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSignature(Signature newSignature, NotificationChain msgs) {
		Signature oldSignature = signature;
		signature = newSignature;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADJUDICATION_REVIEW__SIGNATURE, oldSignature, newSignature);
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
	public void setSignature(Signature newSignature) {
		if (newSignature != signature) {
			NotificationChain msgs = null;
			if (signature != null)
				msgs = ((InternalEObject)signature).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClinicalPackage.ADJUDICATION_REVIEW__SIGNATURE, null, msgs);
			if (newSignature != null)
				msgs = ((InternalEObject)newSignature).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClinicalPackage.ADJUDICATION_REVIEW__SIGNATURE, null, msgs);
			msgs = basicSetSignature(newSignature, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADJUDICATION_REVIEW__SIGNATURE, newSignature, newSignature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClinicalPackage.ADJUDICATION_REVIEW__SIGNATURE:
				return basicSetSignature(null, msgs);
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
			case ClinicalPackage.ADJUDICATION_REVIEW__ADJUDICATOR:
				if (resolve) return getAdjudicator();
				return basicGetAdjudicator();
			case ClinicalPackage.ADJUDICATION_REVIEW__ROUND:
				return getRound();
			case ClinicalPackage.ADJUDICATION_REVIEW__DECISION:
				return getDecision();
			case ClinicalPackage.ADJUDICATION_REVIEW__RATIONALE:
				return getRationale();
			case ClinicalPackage.ADJUDICATION_REVIEW__SUBMITTED_AT:
				return getSubmittedAt();
			case ClinicalPackage.ADJUDICATION_REVIEW__SIGNATURE:
				return getSignature();
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
			case ClinicalPackage.ADJUDICATION_REVIEW__ADJUDICATOR:
				setAdjudicator((User)newValue);
				return;
			case ClinicalPackage.ADJUDICATION_REVIEW__ROUND:
				setRound((Integer)newValue);
				return;
			case ClinicalPackage.ADJUDICATION_REVIEW__DECISION:
				setDecision((AdjudicationDecision)newValue);
				return;
			case ClinicalPackage.ADJUDICATION_REVIEW__RATIONALE:
				setRationale((String)newValue);
				return;
			case ClinicalPackage.ADJUDICATION_REVIEW__SUBMITTED_AT:
				setSubmittedAt((Instant)newValue);
				return;
			case ClinicalPackage.ADJUDICATION_REVIEW__SIGNATURE:
				setSignature((Signature)newValue);
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
			case ClinicalPackage.ADJUDICATION_REVIEW__ADJUDICATOR:
				setAdjudicator((User)null);
				return;
			case ClinicalPackage.ADJUDICATION_REVIEW__ROUND:
				setRound(ROUND_EDEFAULT);
				return;
			case ClinicalPackage.ADJUDICATION_REVIEW__DECISION:
				setDecision(DECISION_EDEFAULT);
				return;
			case ClinicalPackage.ADJUDICATION_REVIEW__RATIONALE:
				setRationale(RATIONALE_EDEFAULT);
				return;
			case ClinicalPackage.ADJUDICATION_REVIEW__SUBMITTED_AT:
				setSubmittedAt(SUBMITTED_AT_EDEFAULT);
				return;
			case ClinicalPackage.ADJUDICATION_REVIEW__SIGNATURE:
				setSignature((Signature)null);
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
			case ClinicalPackage.ADJUDICATION_REVIEW__ADJUDICATOR:
				return adjudicator != null;
			case ClinicalPackage.ADJUDICATION_REVIEW__ROUND:
				return round != ROUND_EDEFAULT;
			case ClinicalPackage.ADJUDICATION_REVIEW__DECISION:
				return decision != DECISION_EDEFAULT;
			case ClinicalPackage.ADJUDICATION_REVIEW__RATIONALE:
				return RATIONALE_EDEFAULT == null ? rationale != null : !RATIONALE_EDEFAULT.equals(rationale);
			case ClinicalPackage.ADJUDICATION_REVIEW__SUBMITTED_AT:
				return SUBMITTED_AT_EDEFAULT == null ? submittedAt != null : !SUBMITTED_AT_EDEFAULT.equals(submittedAt);
			case ClinicalPackage.ADJUDICATION_REVIEW__SIGNATURE:
				return signature != null;
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
		result.append(" (round: ");
		result.append(round);
		result.append(", decision: ");
		result.append(decision);
		result.append(", rationale: ");
		result.append(rationale);
		result.append(", submittedAt: ");
		result.append(submittedAt);
		result.append(')');
		return result.toString();
	}

} //AdjudicationReviewImpl
