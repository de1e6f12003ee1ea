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

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.trialbench.clinical.ClinicalPackage;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.FormStatus;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Signature;
import org.trialbench.clinical.Visit;

import org.trialbench.protocol.FormDefinition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Form Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.clinical.impl.FormRecordImpl#getVisit <em>Visit</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.FormRecordImpl#getDefinition <em>Definition</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.FormRecordImpl#getOccurrence <em>Occurrence</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.FormRecordImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.FormRecordImpl#getItemValues <em>Item Values</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.FormRecordImpl#getSignature <em>Signature</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FormRecordImpl extends ClinicalObjectImpl implements FormRecord {
	/**
	 * The cached value of the '{@link #getDefinition() <em>Definition</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinition()
	 * @generated
	 * @ordered
	 */
	protected FormDefinition definition;

	/**
	 * The default value of the '{@link #getOccurrence() <em>Occurrence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccurrence()
	 * @generated
	 * @ordered
	 */
	protected static final int OCCURRENCE_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getOccurrence() <em>Occurrence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccurrence()
	 * @generated
	 * @ordered
	 */
	protected int occurrence = OCCURRENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final FormStatus STATUS_EDEFAULT = FormStatus.NOT_STARTED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected FormStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getItemValues() <em>Item Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemValues()
	 * @generated
	 * @ordered
	 */
	protected EList<ItemValue> itemValues;

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
	protected FormRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.FORM_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Visit getVisit() {
		if (eContainerFeatureID() != ClinicalPackage.FORM_RECORD__VISIT) return null;
		return (Visit)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetVisit(Visit newVisit, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newVisit, ClinicalPackage.FORM_RECORD__VISIT, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVisit(Visit newVisit) {
		if (newVisit != eInternalContainer() || (eContainerFeatureID() != ClinicalPackage.FORM_RECORD__VISIT && newVisit != null)) {
			if (EcoreUtil.isAncestor(this, newVisit))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newVisit != null)
				msgs = ((InternalEObject)newVisit).eInverseAdd(this, ClinicalPackage.VISIT__FORMS, Visit.class, msgs);
			msgs = basicSetVisit(newVisit, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.FORM_RECORD__VISIT, newVisit, newVisit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FormDefinition getDefinition() {
		if (definition != null && definition.eIsProxy()) {
			InternalEObject oldDefinition = (InternalEObject)definition;
			definition = (FormDefinition)eResolveProxy(oldDefinition);
			if (definition != oldDefinition) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ClinicalPackage.FORM_RECORD__DEFINITION, oldDefinition, definition));
			}
		}
		return definition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FormDefinition basicGetDefinition() {
		return definition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinition(FormDefinition newDefinition) {
		FormDefinition oldDefinition = definition;
		definition = newDefinition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.FORM_RECORD__DEFINITION, oldDefinition, definition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOccurrence() {
		return occurrence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOccurrence(int newOccurrence) {
		int oldOccurrence = occurrence;
		occurrence = newOccurrence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.FORM_RECORD__OCCURRENCE, oldOccurrence, occurrence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FormStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(FormStatus newStatus) {
		FormStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.FORM_RECORD__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ItemValue> getItemValues() {
		if (itemValues == null) {
			itemValues = new EObjectContainmentWithInverseEList<ItemValue>(ItemValue.class, this, ClinicalPackage.FORM_RECORD__ITEM_VALUES, ClinicalPackage.ITEM_VALUE__FORM);
		}
		return itemValues;
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClinicalPackage.FORM_RECORD__SIGNATURE, oldSignature, newSignature);
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
				msgs = ((InternalEObject)signature).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClinicalPackage.FORM_RECORD__SIGNATURE, null, msgs);
			if (newSignature != null)
				msgs = ((InternalEObject)newSignature).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClinicalPackage.FORM_RECORD__SIGNATURE, null, msgs);
			msgs = basicSetSignature(newSignature, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.FORM_RECORD__SIGNATURE, newSignature, newSignature));
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
			case ClinicalPackage.FORM_RECORD__VISIT:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetVisit((Visit)otherEnd, msgs);
			case ClinicalPackage.FORM_RECORD__ITEM_VALUES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getItemValues()).basicAdd(otherEnd, msgs);
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
			case ClinicalPackage.FORM_RECORD__VISIT:
				return basicSetVisit(null, msgs);
			case ClinicalPackage.FORM_RECORD__ITEM_VALUES:
				return ((InternalEList<?>)getItemValues()).basicRemove(otherEnd, msgs);
			case ClinicalPackage.FORM_RECORD__SIGNATURE:
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
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case ClinicalPackage.FORM_RECORD__VISIT:
				return eInternalContainer().eInverseRemove(this, ClinicalPackage.VISIT__FORMS, Visit.class, msgs);
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
			case ClinicalPackage.FORM_RECORD__VISIT:
				return getVisit();
			case ClinicalPackage.FORM_RECORD__DEFINITION:
				if (resolve) return getDefinition();
				return basicGetDefinition();
			case ClinicalPackage.FORM_RECORD__OCCURRENCE:
				return getOccurrence();
			case ClinicalPackage.FORM_RECORD__STATUS:
				return getStatus();
			case ClinicalPackage.FORM_RECORD__ITEM_VALUES:
				return getItemValues();
			case ClinicalPackage.FORM_RECORD__SIGNATURE:
				return getSignature();
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
			case ClinicalPackage.FORM_RECORD__VISIT:
				setVisit((Visit)newValue);
				return;
			case ClinicalPackage.FORM_RECORD__DEFINITION:
				setDefinition((FormDefinition)newValue);
				return;
			case ClinicalPackage.FORM_RECORD__OCCURRENCE:
				setOccurrence((Integer)newValue);
				return;
			case ClinicalPackage.FORM_RECORD__STATUS:
				setStatus((FormStatus)newValue);
				return;
			case ClinicalPackage.FORM_RECORD__ITEM_VALUES:
				getItemValues().clear();
				getItemValues().addAll((Collection<? extends ItemValue>)newValue);
				return;
			case ClinicalPackage.FORM_RECORD__SIGNATURE:
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
			case ClinicalPackage.FORM_RECORD__VISIT:
				setVisit((Visit)null);
				return;
			case ClinicalPackage.FORM_RECORD__DEFINITION:
				setDefinition((FormDefinition)null);
				return;
			case ClinicalPackage.FORM_RECORD__OCCURRENCE:
				setOccurrence(OCCURRENCE_EDEFAULT);
				return;
			case ClinicalPackage.FORM_RECORD__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ClinicalPackage.FORM_RECORD__ITEM_VALUES:
				getItemValues().clear();
				return;
			case ClinicalPackage.FORM_RECORD__SIGNATURE:
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
			case ClinicalPackage.FORM_RECORD__VISIT:
				return getVisit() != null;
			case ClinicalPackage.FORM_RECORD__DEFINITION:
				return definition != null;
			case ClinicalPackage.FORM_RECORD__OCCURRENCE:
				return occurrence != OCCURRENCE_EDEFAULT;
			case ClinicalPackage.FORM_RECORD__STATUS:
				return status != STATUS_EDEFAULT;
			case ClinicalPackage.FORM_RECORD__ITEM_VALUES:
				return itemValues != null && !itemValues.isEmpty();
			case ClinicalPackage.FORM_RECORD__SIGNATURE:
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
		result.append(" (occurrence: ");
		result.append(occurrence);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //FormRecordImpl
