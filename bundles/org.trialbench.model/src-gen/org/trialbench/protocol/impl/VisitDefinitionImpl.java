/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ProtocolPackage;
import org.trialbench.protocol.VisitAnchor;
import org.trialbench.protocol.VisitDefinition;
import org.trialbench.protocol.VisitKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Visit Definition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.impl.VisitDefinitionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.VisitDefinitionImpl#getAnchor <em>Anchor</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.VisitDefinitionImpl#getTargetDay <em>Target Day</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.VisitDefinitionImpl#getWindowBeforeDays <em>Window Before Days</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.VisitDefinitionImpl#getWindowAfterDays <em>Window After Days</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.VisitDefinitionImpl#isRepeating <em>Repeating</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.VisitDefinitionImpl#getForms <em>Forms</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VisitDefinitionImpl extends ProtocolElementImpl implements VisitDefinition {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final VisitKind KIND_EDEFAULT = VisitKind.SCREENING;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected VisitKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnchor() <em>Anchor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnchor()
	 * @generated
	 * @ordered
	 */
	protected static final VisitAnchor ANCHOR_EDEFAULT = VisitAnchor.RANDOMIZATION;

	/**
	 * The cached value of the '{@link #getAnchor() <em>Anchor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnchor()
	 * @generated
	 * @ordered
	 */
	protected VisitAnchor anchor = ANCHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetDay() <em>Target Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetDay()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TARGET_DAY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetDay() <em>Target Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetDay()
	 * @generated
	 * @ordered
	 */
	protected Integer targetDay = TARGET_DAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getWindowBeforeDays() <em>Window Before Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowBeforeDays()
	 * @generated
	 * @ordered
	 */
	protected static final int WINDOW_BEFORE_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWindowBeforeDays() <em>Window Before Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowBeforeDays()
	 * @generated
	 * @ordered
	 */
	protected int windowBeforeDays = WINDOW_BEFORE_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getWindowAfterDays() <em>Window After Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowAfterDays()
	 * @generated
	 * @ordered
	 */
	protected static final int WINDOW_AFTER_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWindowAfterDays() <em>Window After Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowAfterDays()
	 * @generated
	 * @ordered
	 */
	protected int windowAfterDays = WINDOW_AFTER_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #isRepeating() <em>Repeating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRepeating()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REPEATING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRepeating() <em>Repeating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRepeating()
	 * @generated
	 * @ordered
	 */
	protected boolean repeating = REPEATING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getForms() <em>Forms</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForms()
	 * @generated
	 * @ordered
	 */
	protected EList<FormDefinition> forms;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VisitDefinitionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProtocolPackage.Literals.VISIT_DEFINITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VisitKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(VisitKind newKind) {
		VisitKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.VISIT_DEFINITION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VisitAnchor getAnchor() {
		return anchor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnchor(VisitAnchor newAnchor) {
		VisitAnchor oldAnchor = anchor;
		anchor = newAnchor == null ? ANCHOR_EDEFAULT : newAnchor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.VISIT_DEFINITION__ANCHOR, oldAnchor, anchor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getTargetDay() {
		return targetDay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetDay(Integer newTargetDay) {
		Integer oldTargetDay = targetDay;
		targetDay = newTargetDay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.VISIT_DEFINITION__TARGET_DAY, oldTargetDay, targetDay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWindowBeforeDays() {
		return windowBeforeDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWindowBeforeDays(int newWindowBeforeDays) {
		int oldWindowBeforeDays = windowBeforeDays;
		windowBeforeDays = newWindowBeforeDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.VISIT_DEFINITION__WINDOW_BEFORE_DAYS, oldWindowBeforeDays, windowBeforeDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWindowAfterDays() {
		return windowAfterDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWindowAfterDays(int newWindowAfterDays) {
		int oldWindowAfterDays = windowAfterDays;
		windowAfterDays = newWindowAfterDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.VISIT_DEFINITION__WINDOW_AFTER_DAYS, oldWindowAfterDays, windowAfterDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRepeating() {
		return repeating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRepeating(boolean newRepeating) {
		boolean oldRepeating = repeating;
		repeating = newRepeating;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.VISIT_DEFINITION__REPEATING, oldRepeating, repeating));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FormDefinition> getForms() {
		if (forms == null) {
			forms = new EObjectResolvingEList<FormDefinition>(FormDefinition.class, this, ProtocolPackage.VISIT_DEFINITION__FORMS);
		}
		return forms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProtocolPackage.VISIT_DEFINITION__KIND:
				return getKind();
			case ProtocolPackage.VISIT_DEFINITION__ANCHOR:
				return getAnchor();
			case ProtocolPackage.VISIT_DEFINITION__TARGET_DAY:
				return getTargetDay();
			case ProtocolPackage.VISIT_DEFINITION__WINDOW_BEFORE_DAYS:
				return getWindowBeforeDays();
			case ProtocolPackage.VISIT_DEFINITION__WINDOW_AFTER_DAYS:
				return getWindowAfterDays();
			case ProtocolPackage.VISIT_DEFINITION__REPEATING:
				return isRepeating();
			case ProtocolPackage.VISIT_DEFINITION__FORMS:
				return getForms();
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
			case ProtocolPackage.VISIT_DEFINITION__KIND:
				setKind((VisitKind)newValue);
				return;
			case ProtocolPackage.VISIT_DEFINITION__ANCHOR:
				setAnchor((VisitAnchor)newValue);
				return;
			case ProtocolPackage.VISIT_DEFINITION__TARGET_DAY:
				setTargetDay((Integer)newValue);
				return;
			case ProtocolPackage.VISIT_DEFINITION__WINDOW_BEFORE_DAYS:
				setWindowBeforeDays((Integer)newValue);
				return;
			case ProtocolPackage.VISIT_DEFINITION__WINDOW_AFTER_DAYS:
				setWindowAfterDays((Integer)newValue);
				return;
			case ProtocolPackage.VISIT_DEFINITION__REPEATING:
				setRepeating((Boolean)newValue);
				return;
			case ProtocolPackage.VISIT_DEFINITION__FORMS:
				getForms().clear();
				getForms().addAll((Collection<? extends FormDefinition>)newValue);
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
			case ProtocolPackage.VISIT_DEFINITION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ProtocolPackage.VISIT_DEFINITION__ANCHOR:
				setAnchor(ANCHOR_EDEFAULT);
				return;
			case ProtocolPackage.VISIT_DEFINITION__TARGET_DAY:
				setTargetDay(TARGET_DAY_EDEFAULT);
				return;
			case ProtocolPackage.VISIT_DEFINITION__WINDOW_BEFORE_DAYS:
				setWindowBeforeDays(WINDOW_BEFORE_DAYS_EDEFAULT);
				return;
			case ProtocolPackage.VISIT_DEFINITION__WINDOW_AFTER_DAYS:
				setWindowAfterDays(WINDOW_AFTER_DAYS_EDEFAULT);
				return;
			case ProtocolPackage.VISIT_DEFINITION__REPEATING:
				setRepeating(REPEATING_EDEFAULT);
				return;
			case ProtocolPackage.VISIT_DEFINITION__FORMS:
				getForms().clear();
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
			case ProtocolPackage.VISIT_DEFINITION__KIND:
				return kind != KIND_EDEFAULT;
			case ProtocolPackage.VISIT_DEFINITION__ANCHOR:
				return anchor != ANCHOR_EDEFAULT;
			case ProtocolPackage.VISIT_DEFINITION__TARGET_DAY:
				return TARGET_DAY_EDEFAULT == null ? targetDay != null : !TARGET_DAY_EDEFAULT.equals(targetDay);
			case ProtocolPackage.VISIT_DEFINITION__WINDOW_BEFORE_DAYS:
				return windowBeforeDays != WINDOW_BEFORE_DAYS_EDEFAULT;
			case ProtocolPackage.VISIT_DEFINITION__WINDOW_AFTER_DAYS:
				return windowAfterDays != WINDOW_AFTER_DAYS_EDEFAULT;
			case ProtocolPackage.VISIT_DEFINITION__REPEATING:
				return repeating != REPEATING_EDEFAULT;
			case ProtocolPackage.VISIT_DEFINITION__FORMS:
				return forms != null && !forms.isEmpty();
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
		result.append(", anchor: ");
		result.append(anchor);
		result.append(", targetDay: ");
		result.append(targetDay);
		result.append(", windowBeforeDays: ");
		result.append(windowBeforeDays);
		result.append(", windowAfterDays: ");
		result.append(windowAfterDays);
		result.append(", repeating: ");
		result.append(repeating);
		result.append(')');
		return result.toString();
	}

} //VisitDefinitionImpl
