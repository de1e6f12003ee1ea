/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.clinical.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.trialbench.clinical.ClinicalPackage;
import org.trialbench.clinical.EligibilityAnswer;

import org.trialbench.protocol.EligibilityCriterion;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Eligibility Answer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.clinical.impl.EligibilityAnswerImpl#getCriterion <em>Criterion</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.EligibilityAnswerImpl#isMet <em>Met</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.EligibilityAnswerImpl#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EligibilityAnswerImpl extends ClinicalObjectImpl implements EligibilityAnswer {
	/**
	 * The cached value of the '{@link #getCriterion() <em>Criterion</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriterion()
	 * @generated
	 * @ordered
	 */
	protected EligibilityCriterion criterion;

	/**
	 * The default value of the '{@link #isMet() <em>Met</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMet()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MET_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMet() <em>Met</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMet()
	 * @generated
	 * @ordered
	 */
	protected boolean met = MET_EDEFAULT;

	/**
	 * The default value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected String comment = COMMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EligibilityAnswerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.ELIGIBILITY_ANSWER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EligibilityCriterion getCriterion() {
		if (criterion != null && criterion.eIsProxy()) {
			InternalEObject oldCriterion = (InternalEObject)criterion;
			criterion = (EligibilityCriterion)eResolveProxy(oldCriterion);
			if (criterion != oldCriterion) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ClinicalPackage.ELIGIBILITY_ANSWER__CRITERION, oldCriterion, criterion));
			}
		}
		return criterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EligibilityCriterion basicGetCriterion() {
		return criterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriterion(EligibilityCriterion newCriterion) {
		EligibilityCriterion oldCriterion = criterion;
		criterion = newCriterion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ELIGIBILITY_ANSWER__CRITERION, oldCriterion, criterion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMet() {
		return met;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMet(boolean newMet) {
		boolean oldMet = met;
		met = newMet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ELIGIBILITY_ANSWER__MET, oldMet, met));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComment() {
		return comment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComment(String newComment) {
		String oldComment = comment;
		comment = newComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ELIGIBILITY_ANSWER__COMMENT, oldComment, comment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClinicalPackage.ELIGIBILITY_ANSWER__CRITERION:
				if (resolve) return getCriterion();
				return basicGetCriterion();
			case ClinicalPackage.ELIGIBILITY_ANSWER__MET:
				return isMet();
			case ClinicalPackage.ELIGIBILITY_ANSWER__COMMENT:
				return getComment();
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
			case ClinicalPackage.ELIGIBILITY_ANSWER__CRITERION:
				setCriterion((EligibilityCriterion)newValue);
				return;
			case ClinicalPackage.ELIGIBILITY_ANSWER__MET:
				setMet((Boolean)newValue);
				return;
			case ClinicalPackage.ELIGIBILITY_ANSWER__COMMENT:
				setComment((String)newValue);
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
			case ClinicalPackage.ELIGIBILITY_ANSWER__CRITERION:
				setCriterion((EligibilityCriterion)null);
				return;
			case ClinicalPackage.ELIGIBILITY_ANSWER__MET:
				setMet(MET_EDEFAULT);
				return;
			case ClinicalPackage.ELIGIBILITY_ANSWER__COMMENT:
				setComment(COMMENT_EDEFAULT);
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
			case ClinicalPackage.ELIGIBILITY_ANSWER__CRITERION:
				return criterion != null;
			case ClinicalPackage.ELIGIBILITY_ANSWER__MET:
				return met != MET_EDEFAULT;
			case ClinicalPackage.ELIGIBILITY_ANSWER__COMMENT:
				return COMMENT_EDEFAULT == null ? comment != null : !COMMENT_EDEFAULT.equals(comment);
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
		result.append(" (met: ");
		result.append(met);
		result.append(", comment: ");
		result.append(comment);
		result.append(')');
		return result.toString();
	}

} //EligibilityAnswerImpl
