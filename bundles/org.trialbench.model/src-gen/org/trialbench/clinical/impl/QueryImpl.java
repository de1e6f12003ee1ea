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

import org.trialbench.clinical.ClinicalPackage;
import org.trialbench.clinical.Query;
import org.trialbench.clinical.QueryMessage;
import org.trialbench.clinical.QueryStatus;
import org.trialbench.clinical.User;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Query</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.clinical.impl.QueryImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.QueryImpl#getRaisedBy <em>Raised By</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.QueryImpl#getRaisedAt <em>Raised At</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.QueryImpl#getField <em>Field</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.QueryImpl#getMessages <em>Messages</em>}</li>
 * </ul>
 *
 * @generated
 */
public class QueryImpl extends ClinicalObjectImpl implements Query {
	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final QueryStatus STATUS_EDEFAULT = QueryStatus.OPEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected QueryStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRaisedBy() <em>Raised By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaisedBy()
	 * @generated
	 * @ordered
	 */
	protected User raisedBy;

	/**
	 * The default value of the '{@link #getRaisedAt() <em>Raised At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaisedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant RAISED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRaisedAt() <em>Raised At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaisedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant raisedAt = RAISED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getField() <em>Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getField()
	 * @generated
	 * @ordered
	 */
	protected static final String FIELD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getField() <em>Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getField()
	 * @generated
	 * @ordered
	 */
	protected String field = FIELD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMessages() <em>Messages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessages()
	 * @generated
	 * @ordered
	 */
	protected EList<QueryMessage> messages;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected QueryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.QUERY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QueryStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(QueryStatus newStatus) {
		QueryStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.QUERY__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public User getRaisedBy() {
		if (raisedBy != null && raisedBy.eIsProxy()) {
			InternalEObject oldRaisedBy = (InternalEObject)raisedBy;
			raisedBy = (User)eResolveProxy(oldRaisedBy);
			if (raisedBy != oldRaisedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ClinicalPackage.QUERY__RAISED_BY, oldRaisedBy, raisedBy));
			}
		}
		return raisedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public User basicGetRaisedBy() {
		return raisedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRaisedBy(User newRaisedBy) {
		User oldRaisedBy = raisedBy;
		raisedBy = newRaisedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.QUERY__RAISED_BY, oldRaisedBy, raisedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getRaisedAt() {
		return raisedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRaisedAt(Instant newRaisedAt) {
		Instant oldRaisedAt = raisedAt;
		raisedAt = newRaisedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.QUERY__RAISED_AT, oldRaisedAt, raisedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getField() {
		return field;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setField(String newField) {
		String oldField = field;
		field = newField;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.QUERY__FIELD, oldField, field));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<QueryMessage> getMessages() {
		if (messages == null) {
			messages = new EObjectContainmentEList<QueryMessage>(QueryMessage.class, this, ClinicalPackage.QUERY__MESSAGES);
		}
		return messages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClinicalPackage.QUERY__MESSAGES:
				return ((InternalEList<?>)getMessages()).basicRemove(otherEnd, msgs);
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
			case ClinicalPackage.QUERY__STATUS:
				return getStatus();
			case ClinicalPackage.QUERY__RAISED_BY:
				if (resolve) return getRaisedBy();
				return basicGetRaisedBy();
			case ClinicalPackage.QUERY__RAISED_AT:
				return getRaisedAt();
			case ClinicalPackage.QUERY__FIELD:
				return getField();
			case ClinicalPackage.QUERY__MESSAGES:
				return getMessages();
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
			case ClinicalPackage.QUERY__STATUS:
				setStatus((QueryStatus)newValue);
				return;
			case ClinicalPackage.QUERY__RAISED_BY:
				setRaisedBy((User)newValue);
				return;
			case ClinicalPackage.QUERY__RAISED_AT:
				setRaisedAt((Instant)newValue);
				return;
			case ClinicalPackage.QUERY__FIELD:
				setField((String)newValue);
				return;
			case ClinicalPackage.QUERY__MESSAGES:
				getMessages().clear();
				getMessages().addAll((Collection<? extends QueryMessage>)newValue);
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
			case ClinicalPackage.QUERY__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ClinicalPackage.QUERY__RAISED_BY:
				setRaisedBy((User)null);
				return;
			case ClinicalPackage.QUERY__RAISED_AT:
				setRaisedAt(RAISED_AT_EDEFAULT);
				return;
			case ClinicalPackage.QUERY__FIELD:
				setField(FIELD_EDEFAULT);
				return;
			case ClinicalPackage.QUERY__MESSAGES:
				getMessages().clear();
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
			case ClinicalPackage.QUERY__STATUS:
				return status != STATUS_EDEFAULT;
			case ClinicalPackage.QUERY__RAISED_BY:
				return raisedBy != null;
			case ClinicalPackage.QUERY__RAISED_AT:
				return RAISED_AT_EDEFAULT == null ? raisedAt != null : !RAISED_AT_EDEFAULT.equals(raisedAt);
			case ClinicalPackage.QUERY__FIELD:
				return FIELD_EDEFAULT == null ? field != null : !FIELD_EDEFAULT.equals(field);
			case ClinicalPackage.QUERY__MESSAGES:
				return messages != null && !messages.isEmpty();
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
		result.append(", raisedAt: ");
		result.append(raisedAt);
		result.append(", field: ");
		result.append(field);
		result.append(')');
		return result.toString();
	}

} //QueryImpl
