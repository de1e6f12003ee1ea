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

import org.eclipse.emf.ecore.util.EcoreUtil;

import org.trialbench.clinical.Allocation;
import org.trialbench.clinical.ClinicalPackage;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.User;

import org.trialbench.protocol.Arm;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Allocation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.clinical.impl.AllocationImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AllocationImpl#getArm <em>Arm</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AllocationImpl#getRandomizationNumber <em>Randomization Number</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AllocationImpl#getAllocatedAt <em>Allocated At</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AllocationImpl#getAllocatedBy <em>Allocated By</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AllocationImpl#getReceivedAllocatedIntervention <em>Received Allocated Intervention</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AllocationImpl#getNotReceivedReason <em>Not Received Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AllocationImpl extends ClinicalObjectImpl implements Allocation {
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
	 * The default value of the '{@link #getRandomizationNumber() <em>Randomization Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRandomizationNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String RANDOMIZATION_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRandomizationNumber() <em>Randomization Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRandomizationNumber()
	 * @generated
	 * @ordered
	 */
	protected String randomizationNumber = RANDOMIZATION_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getAllocatedAt() <em>Allocated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant ALLOCATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAllocatedAt() <em>Allocated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocatedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant allocatedAt = ALLOCATED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAllocatedBy() <em>Allocated By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocatedBy()
	 * @generated
	 * @ordered
	 */
	protected User allocatedBy;

	/**
	 * The default value of the '{@link #getReceivedAllocatedIntervention() <em>Received Allocated Intervention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceivedAllocatedIntervention()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean RECEIVED_ALLOCATED_INTERVENTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReceivedAllocatedIntervention() <em>Received Allocated Intervention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceivedAllocatedIntervention()
	 * @generated
	 * @ordered
	 */
	protected Boolean receivedAllocatedIntervention = RECEIVED_ALLOCATED_INTERVENTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotReceivedReason() <em>Not Received Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotReceivedReason()
	 * @generated
	 * @ordered
	 */
	protected static final String NOT_RECEIVED_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotReceivedReason() <em>Not Received Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotReceivedReason()
	 * @generated
	 * @ordered
	 */
	protected String notReceivedReason = NOT_RECEIVED_REASON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AllocationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.ALLOCATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Subject getSubject() {
		if (eContainerFeatureID() != ClinicalPackage.ALLOCATION__SUBJECT) return null;
		return (Subject)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSubject(Subject newSubject, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newSubject, ClinicalPackage.ALLOCATION__SUBJECT, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(Subject newSubject) {
		if (newSubject != eInternalContainer() || (eContainerFeatureID() != ClinicalPackage.ALLOCATION__SUBJECT && newSubject != null)) {
			if (EcoreUtil.isAncestor(this, newSubject))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newSubject != null)
				msgs = ((InternalEObject)newSubject).eInverseAdd(this, ClinicalPackage.SUBJECT__ALLOCATION, Subject.class, msgs);
			msgs = basicSetSubject(newSubject, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ALLOCATION__SUBJECT, newSubject, newSubject));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ClinicalPackage.ALLOCATION__ARM, oldArm, arm));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ALLOCATION__ARM, oldArm, arm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRandomizationNumber() {
		return randomizationNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRandomizationNumber(String newRandomizationNumber) {
		String oldRandomizationNumber = randomizationNumber;
		randomizationNumber = newRandomizationNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ALLOCATION__RANDOMIZATION_NUMBER, oldRandomizationNumber, randomizationNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAllocatedAt() {
		return allocatedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllocatedAt(Instant newAllocatedAt) {
		Instant oldAllocatedAt = allocatedAt;
		allocatedAt = newAllocatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ALLOCATION__ALLOCATED_AT, oldAllocatedAt, allocatedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public User getAllocatedBy() {
		if (allocatedBy != null && allocatedBy.eIsProxy()) {
			InternalEObject oldAllocatedBy = (InternalEObject)allocatedBy;
			allocatedBy = (User)eResolveProxy(oldAllocatedBy);
			if (allocatedBy != oldAllocatedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ClinicalPackage.ALLOCATION__ALLOCATED_BY, oldAllocatedBy, allocatedBy));
			}
		}
		return allocatedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public User basicGetAllocatedBy() {
		return allocatedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllocatedBy(User newAllocatedBy) {
		User oldAllocatedBy = allocatedBy;
		allocatedBy = newAllocatedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ALLOCATION__ALLOCATED_BY, oldAllocatedBy, allocatedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getReceivedAllocatedIntervention() {
		return receivedAllocatedIntervention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReceivedAllocatedIntervention(Boolean newReceivedAllocatedIntervention) {
		Boolean oldReceivedAllocatedIntervention = receivedAllocatedIntervention;
		receivedAllocatedIntervention = newReceivedAllocatedIntervention;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ALLOCATION__RECEIVED_ALLOCATED_INTERVENTION, oldReceivedAllocatedIntervention, receivedAllocatedIntervention));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotReceivedReason() {
		return notReceivedReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotReceivedReason(String newNotReceivedReason) {
		String oldNotReceivedReason = notReceivedReason;
		notReceivedReason = newNotReceivedReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ALLOCATION__NOT_RECEIVED_REASON, oldNotReceivedReason, notReceivedReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClinicalPackage.ALLOCATION__SUBJECT:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetSubject((Subject)otherEnd, msgs);
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
			case ClinicalPackage.ALLOCATION__SUBJECT:
				return basicSetSubject(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case ClinicalPackage.ALLOCATION__SUBJECT:
				return eInternalContainer().eInverseRemove(this, ClinicalPackage.SUBJECT__ALLOCATION, Subject.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClinicalPackage.ALLOCATION__SUBJECT:
				return getSubject();
			case ClinicalPackage.ALLOCATION__ARM:
				if (resolve) return getArm();
				return basicGetArm();
			case ClinicalPackage.ALLOCATION__RANDOMIZATION_NUMBER:
				return getRandomizationNumber();
			case ClinicalPackage.ALLOCATION__ALLOCATED_AT:
				return getAllocatedAt();
			case ClinicalPackage.ALLOCATION__ALLOCATED_BY:
				if (resolve) return getAllocatedBy();
				return basicGetAllocatedBy();
			case ClinicalPackage.ALLOCATION__RECEIVED_ALLOCATED_INTERVENTION:
				return getReceivedAllocatedIntervention();
			case ClinicalPackage.ALLOCATION__NOT_RECEIVED_REASON:
				return getNotReceivedReason();
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
			case ClinicalPackage.ALLOCATION__SUBJECT:
				setSubject((Subject)newValue);
				return;
			case ClinicalPackage.ALLOCATION__ARM:
				setArm((Arm)newValue);
				return;
			case ClinicalPackage.ALLOCATION__RANDOMIZATION_NUMBER:
				setRandomizationNumber((String)newValue);
				return;
			case ClinicalPackage.ALLOCATION__ALLOCATED_AT:
				setAllocatedAt((Instant)newValue);
				return;
			case ClinicalPackage.ALLOCATION__ALLOCATED_BY:
				setAllocatedBy((User)newValue);
				return;
			case ClinicalPackage.ALLOCATION__RECEIVED_ALLOCATED_INTERVENTION:
				setReceivedAllocatedIntervention((Boolean)newValue);
				return;
			case ClinicalPackage.ALLOCATION__NOT_RECEIVED_REASON:
				setNotReceivedReason((String)newValue);
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
			case ClinicalPackage.ALLOCATION__SUBJECT:
				setSubject((Subject)null);
				return;
			case ClinicalPackage.ALLOCATION__ARM:
				setArm((Arm)null);
				return;
			case ClinicalPackage.ALLOCATION__RANDOMIZATION_NUMBER:
				setRandomizationNumber(RANDOMIZATION_NUMBER_EDEFAULT);
				return;
			case ClinicalPackage.ALLOCATION__ALLOCATED_AT:
				setAllocatedAt(ALLOCATED_AT_EDEFAULT);
				return;
			case ClinicalPackage.ALLOCATION__ALLOCATED_BY:
				setAllocatedBy((User)null);
				return;
			case ClinicalPackage.ALLOCATION__RECEIVED_ALLOCATED_INTERVENTION:
				setReceivedAllocatedIntervention(RECEIVED_ALLOCATED_INTERVENTION_EDEFAULT);
				return;
			case ClinicalPackage.ALLOCATION__NOT_RECEIVED_REASON:
				setNotReceivedReason(NOT_RECEIVED_REASON_EDEFAULT);
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
			case ClinicalPackage.ALLOCATION__SUBJECT:
				return getSubject() != null;
			case ClinicalPackage.ALLOCATION__ARM:
				return arm != null;
			case ClinicalPackage.ALLOCATION__RANDOMIZATION_NUMBER:
				return RANDOMIZATION_NUMBER_EDEFAULT == null ? randomizationNumber != null : !RANDOMIZATION_NUMBER_EDEFAULT.equals(randomizationNumber);
			case ClinicalPackage.ALLOCATION__ALLOCATED_AT:
				return ALLOCATED_AT_EDEFAULT == null ? allocatedAt != null : !ALLOCATED_AT_EDEFAULT.equals(allocatedAt);
			case ClinicalPackage.ALLOCATION__ALLOCATED_BY:
				return allocatedBy != null;
			case ClinicalPackage.ALLOCATION__RECEIVED_ALLOCATED_INTERVENTION:
				return RECEIVED_ALLOCATED_INTERVENTION_EDEFAULT == null ? receivedAllocatedIntervention != null : !RECEIVED_ALLOCATED_INTERVENTION_EDEFAULT.equals(receivedAllocatedIntervention);
			case ClinicalPackage.ALLOCATION__NOT_RECEIVED_REASON:
				return NOT_RECEIVED_REASON_EDEFAULT == null ? notReceivedReason != null : !NOT_RECEIVED_REASON_EDEFAULT.equals(notReceivedReason);
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
		result.append(" (randomizationNumber: ");
		result.append(randomizationNumber);
		result.append(", allocatedAt: ");
		result.append(allocatedAt);
		result.append(", receivedAllocatedIntervention: ");
		result.append(receivedAllocatedIntervention);
		result.append(", notReceivedReason: ");
		result.append(notReceivedReason);
		result.append(')');
		return result.toString();
	}

} //AllocationImpl
