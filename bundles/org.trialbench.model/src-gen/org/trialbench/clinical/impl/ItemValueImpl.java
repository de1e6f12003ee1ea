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
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.trialbench.clinical.ClinicalPackage;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.MissingCode;
import org.trialbench.clinical.Query;
import org.trialbench.clinical.SdvState;
import org.trialbench.clinical.User;

import org.trialbench.protocol.ItemDefinition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Item Value</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.clinical.impl.ItemValueImpl#getForm <em>Form</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.ItemValueImpl#getDefinition <em>Definition</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.ItemValueImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.ItemValueImpl#getMissingCode <em>Missing Code</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.ItemValueImpl#getSdvState <em>Sdv State</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.ItemValueImpl#getVerifiedBy <em>Verified By</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.ItemValueImpl#getVerifiedAt <em>Verified At</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.ItemValueImpl#getQueries <em>Queries</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ItemValueImpl extends ClinicalObjectImpl implements ItemValue {
	/**
	 * The cached value of the '{@link #getDefinition() <em>Definition</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinition()
	 * @generated
	 * @ordered
	 */
	protected ItemDefinition definition;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final String VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected String value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMissingCode() <em>Missing Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissingCode()
	 * @generated
	 * @ordered
	 */
	protected static final MissingCode MISSING_CODE_EDEFAULT = MissingCode.NONE;

	/**
	 * The cached value of the '{@link #getMissingCode() <em>Missing Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissingCode()
	 * @generated
	 * @ordered
	 */
	protected MissingCode missingCode = MISSING_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSdvState() <em>Sdv State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSdvState()
	 * @generated
	 * @ordered
	 */
	protected static final SdvState SDV_STATE_EDEFAULT = SdvState.NOT_REQUIRED;

	/**
	 * The cached value of the '{@link #getSdvState() <em>Sdv State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSdvState()
	 * @generated
	 * @ordered
	 */
	protected SdvState sdvState = SDV_STATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVerifiedBy() <em>Verified By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerifiedBy()
	 * @generated
	 * @ordered
	 */
	protected User verifiedBy;

	/**
	 * The default value of the '{@link #getVerifiedAt() <em>Verified At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerifiedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant VERIFIED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVerifiedAt() <em>Verified At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerifiedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant verifiedAt = VERIFIED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getQueries() <em>Queries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueries()
	 * @generated
	 * @ordered
	 */
	protected EList<Query> queries;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ItemValueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.ITEM_VALUE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FormRecord getForm() {
		if (eContainerFeatureID() != ClinicalPackage.ITEM_VALUE__FORM) return null;
		return (FormRecord)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetForm(FormRecord newForm, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newForm, ClinicalPackage.ITEM_VALUE__FORM, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForm(FormRecord newForm) {
		if (newForm != eInternalContainer() || (eContainerFeatureID() != ClinicalPackage.ITEM_VALUE__FORM && newForm != null)) {
			if (EcoreUtil.isAncestor(this, newForm))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newForm != null)
				msgs = ((InternalEObject)newForm).eInverseAdd(this, ClinicalPackage.FORM_RECORD__ITEM_VALUES, FormRecord.class, msgs);
			msgs = basicSetForm(newForm, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ITEM_VALUE__FORM, newForm, newForm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItemDefinition getDefinition() {
		if (definition != null && definition.eIsProxy()) {
			InternalEObject oldDefinition = (InternalEObject)definition;
			definition = (ItemDefinition)eResolveProxy(oldDefinition);
			if (definition != oldDefinition) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ClinicalPackage.ITEM_VALUE__DEFINITION, oldDefinition, definition));
			}
		}
		return definition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ItemDefinition basicGetDefinition() {
		return definition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinition(ItemDefinition newDefinition) {
		ItemDefinition oldDefinition = definition;
		definition = newDefinition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ITEM_VALUE__DEFINITION, oldDefinition, definition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(String newValue) {
		String oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ITEM_VALUE__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MissingCode getMissingCode() {
		return missingCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMissingCode(MissingCode newMissingCode) {
		MissingCode oldMissingCode = missingCode;
		missingCode = newMissingCode == null ? MISSING_CODE_EDEFAULT : newMissingCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ITEM_VALUE__MISSING_CODE, oldMissingCode, missingCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SdvState getSdvState() {
		return sdvState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSdvState(SdvState newSdvState) {
		SdvState oldSdvState = sdvState;
		sdvState = newSdvState == null ? SDV_STATE_EDEFAULT : newSdvState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ITEM_VALUE__SDV_STATE, oldSdvState, sdvState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public User getVerifiedBy() {
		if (verifiedBy != null && verifiedBy.eIsProxy()) {
			InternalEObject oldVerifiedBy = (InternalEObject)verifiedBy;
			verifiedBy = (User)eResolveProxy(oldVerifiedBy);
			if (verifiedBy != oldVerifiedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ClinicalPackage.ITEM_VALUE__VERIFIED_BY, oldVerifiedBy, verifiedBy));
			}
		}
		return verifiedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public User basicGetVerifiedBy() {
		return verifiedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerifiedBy(User newVerifiedBy) {
		User oldVerifiedBy = verifiedBy;
		verifiedBy = newVerifiedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ITEM_VALUE__VERIFIED_BY, oldVerifiedBy, verifiedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getVerifiedAt() {
		return verifiedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerifiedAt(Instant newVerifiedAt) {
		Instant oldVerifiedAt = verifiedAt;
		verifiedAt = newVerifiedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ITEM_VALUE__VERIFIED_AT, oldVerifiedAt, verifiedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Query> getQueries() {
		if (queries == null) {
			queries = new EObjectContainmentEList<Query>(Query.class, this, ClinicalPackage.ITEM_VALUE__QUERIES);
		}
		return queries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClinicalPackage.ITEM_VALUE__FORM:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetForm((FormRecord)otherEnd, msgs);
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
			case ClinicalPackage.ITEM_VALUE__FORM:
				return basicSetForm(null, msgs);
			case ClinicalPackage.ITEM_VALUE__QUERIES:
				return ((InternalEList<?>)getQueries()).basicRemove(otherEnd, msgs);
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
			case ClinicalPackage.ITEM_VALUE__FORM:
				return eInternalContainer().eInverseRemove(this, ClinicalPackage.FORM_RECORD__ITEM_VALUES, FormRecord.class, msgs);
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
			case ClinicalPackage.ITEM_VALUE__FORM:
				return getForm();
			case ClinicalPackage.ITEM_VALUE__DEFINITION:
				if (resolve) return getDefinition();
				return basicGetDefinition();
			case ClinicalPackage.ITEM_VALUE__VALUE:
				return getValue();
			case ClinicalPackage.ITEM_VALUE__MISSING_CODE:
				return getMissingCode();
			case ClinicalPackage.ITEM_VALUE__SDV_STATE:
				return getSdvState();
			case ClinicalPackage.ITEM_VALUE__VERIFIED_BY:
				if (resolve) return getVerifiedBy();
				return basicGetVerifiedBy();
			case ClinicalPackage.ITEM_VALUE__VERIFIED_AT:
				return getVerifiedAt();
			case ClinicalPackage.ITEM_VALUE__QUERIES:
				return getQueries();
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
			case ClinicalPackage.ITEM_VALUE__FORM:
				setForm((FormRecord)newValue);
				return;
			case ClinicalPackage.ITEM_VALUE__DEFINITION:
				setDefinition((ItemDefinition)newValue);
				return;
			case ClinicalPackage.ITEM_VALUE__VALUE:
				setValue((String)newValue);
				return;
			case ClinicalPackage.ITEM_VALUE__MISSING_CODE:
				setMissingCode((MissingCode)newValue);
				return;
			case ClinicalPackage.ITEM_VALUE__SDV_STATE:
				setSdvState((SdvState)newValue);
				return;
			case ClinicalPackage.ITEM_VALUE__VERIFIED_BY:
				setVerifiedBy((User)newValue);
				return;
			case ClinicalPackage.ITEM_VALUE__VERIFIED_AT:
				setVerifiedAt((Instant)newValue);
				return;
			case ClinicalPackage.ITEM_VALUE__QUERIES:
				getQueries().clear();
				getQueries().addAll((Collection<? extends Query>)newValue);
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
			case ClinicalPackage.ITEM_VALUE__FORM:
				setForm((FormRecord)null);
				return;
			case ClinicalPackage.ITEM_VALUE__DEFINITION:
				setDefinition((ItemDefinition)null);
				return;
			case ClinicalPackage.ITEM_VALUE__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case ClinicalPackage.ITEM_VALUE__MISSING_CODE:
				setMissingCode(MISSING_CODE_EDEFAULT);
				return;
			case ClinicalPackage.ITEM_VALUE__SDV_STATE:
				setSdvState(SDV_STATE_EDEFAULT);
				return;
			case ClinicalPackage.ITEM_VALUE__VERIFIED_BY:
				setVerifiedBy((User)null);
				return;
			case ClinicalPackage.ITEM_VALUE__VERIFIED_AT:
				setVerifiedAt(VERIFIED_AT_EDEFAULT);
				return;
			case ClinicalPackage.ITEM_VALUE__QUERIES:
				getQueries().clear();
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
			case ClinicalPackage.ITEM_VALUE__FORM:
				return getForm() != null;
			case ClinicalPackage.ITEM_VALUE__DEFINITION:
				return definition != null;
			case ClinicalPackage.ITEM_VALUE__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
			case ClinicalPackage.ITEM_VALUE__MISSING_CODE:
				return missingCode != MISSING_CODE_EDEFAULT;
			case ClinicalPackage.ITEM_VALUE__SDV_STATE:
				return sdvState != SDV_STATE_EDEFAULT;
			case ClinicalPackage.ITEM_VALUE__VERIFIED_BY:
				return verifiedBy != null;
			case ClinicalPackage.ITEM_VALUE__VERIFIED_AT:
				return VERIFIED_AT_EDEFAULT == null ? verifiedAt != null : !VERIFIED_AT_EDEFAULT.equals(verifiedAt);
			case ClinicalPackage.ITEM_VALUE__QUERIES:
				return queries != null && !queries.isEmpty();
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
		result.append(" (value: ");
		result.append(value);
		result.append(", missingCode: ");
		result.append(missingCode);
		result.append(", sdvState: ");
		result.append(sdvState);
		result.append(", verifiedAt: ");
		result.append(verifiedAt);
		result.append(')');
		return result.toString();
	}

} //ItemValueImpl
