/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

import org.trialbench.protocol.CodeList;
import org.trialbench.protocol.Derivation;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDataType;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.ProtocolPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Item Definition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.impl.ItemDefinitionImpl#getQuestion <em>Question</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.ItemDefinitionImpl#getDataType <em>Data Type</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.ItemDefinitionImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.ItemDefinitionImpl#getMin <em>Min</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.ItemDefinitionImpl#getMax <em>Max</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.ItemDefinitionImpl#getDecimalPlaces <em>Decimal Places</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.ItemDefinitionImpl#getCodeList <em>Code List</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.ItemDefinitionImpl#isRequired <em>Required</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.ItemDefinitionImpl#isCritical <em>Critical</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.ItemDefinitionImpl#isRevealsAllocation <em>Reveals Allocation</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.ItemDefinitionImpl#isDerived <em>Derived</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.ItemDefinitionImpl#getDerivation <em>Derivation</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.ItemDefinitionImpl#getForm <em>Form</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ItemDefinitionImpl extends ProtocolElementImpl implements ItemDefinition {
	/**
	 * The default value of the '{@link #getQuestion() <em>Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestion()
	 * @generated
	 * @ordered
	 */
	protected static final String QUESTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuestion() <em>Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestion()
	 * @generated
	 * @ordered
	 */
	protected String question = QUESTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDataType() <em>Data Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataType()
	 * @generated
	 * @ordered
	 */
	protected static final ItemDataType DATA_TYPE_EDEFAULT = ItemDataType.INTEGER;

	/**
	 * The cached value of the '{@link #getDataType() <em>Data Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataType()
	 * @generated
	 * @ordered
	 */
	protected ItemDataType dataType = DATA_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMin() <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMin()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal MIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMin() <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMin()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal min = MIN_EDEFAULT;

	/**
	 * This is true if the Min attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean minESet;

	/**
	 * The default value of the '{@link #getMax() <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMax()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal MAX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMax() <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMax()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal max = MAX_EDEFAULT;

	/**
	 * This is true if the Max attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean maxESet;

	/**
	 * The default value of the '{@link #getDecimalPlaces() <em>Decimal Places</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecimalPlaces()
	 * @generated
	 * @ordered
	 */
	protected static final Integer DECIMAL_PLACES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecimalPlaces() <em>Decimal Places</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecimalPlaces()
	 * @generated
	 * @ordered
	 */
	protected Integer decimalPlaces = DECIMAL_PLACES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCodeList() <em>Code List</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodeList()
	 * @generated
	 * @ordered
	 */
	protected CodeList codeList;

	/**
	 * The default value of the '{@link #isRequired() <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRequired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REQUIRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRequired() <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRequired()
	 * @generated
	 * @ordered
	 */
	protected boolean required = REQUIRED_EDEFAULT;

	/**
	 * The default value of the '{@link #isCritical() <em>Critical</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCritical()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CRITICAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCritical() <em>Critical</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCritical()
	 * @generated
	 * @ordered
	 */
	protected boolean critical = CRITICAL_EDEFAULT;

	/**
	 * The default value of the '{@link #isRevealsAllocation() <em>Reveals Allocation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRevealsAllocation()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REVEALS_ALLOCATION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRevealsAllocation() <em>Reveals Allocation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRevealsAllocation()
	 * @generated
	 * @ordered
	 */
	protected boolean revealsAllocation = REVEALS_ALLOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #isDerived() <em>Derived</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDerived()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DERIVED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDerived() <em>Derived</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDerived()
	 * @generated
	 * @ordered
	 */
	protected boolean derived = DERIVED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDerivation() <em>Derivation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDerivation()
	 * @generated
	 * @ordered
	 */
	protected Derivation derivation;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ItemDefinitionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProtocolPackage.Literals.ITEM_DEFINITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuestion() {
		return question;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuestion(String newQuestion) {
		String oldQuestion = question;
		question = newQuestion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.ITEM_DEFINITION__QUESTION, oldQuestion, question));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItemDataType getDataType() {
		return dataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataType(ItemDataType newDataType) {
		ItemDataType oldDataType = dataType;
		dataType = newDataType == null ? DATA_TYPE_EDEFAULT : newDataType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.ITEM_DEFINITION__DATA_TYPE, oldDataType, dataType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.ITEM_DEFINITION__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getMin() {
		return min;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMin(BigDecimal newMin) {
		BigDecimal oldMin = min;
		min = newMin;
		boolean oldMinESet = minESet;
		minESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.ITEM_DEFINITION__MIN, oldMin, min, !oldMinESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMin() {
		BigDecimal oldMin = min;
		boolean oldMinESet = minESet;
		min = MIN_EDEFAULT;
		minESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ProtocolPackage.ITEM_DEFINITION__MIN, oldMin, MIN_EDEFAULT, oldMinESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMin() {
		return minESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getMax() {
		return max;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMax(BigDecimal newMax) {
		BigDecimal oldMax = max;
		max = newMax;
		boolean oldMaxESet = maxESet;
		maxESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.ITEM_DEFINITION__MAX, oldMax, max, !oldMaxESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMax() {
		BigDecimal oldMax = max;
		boolean oldMaxESet = maxESet;
		max = MAX_EDEFAULT;
		maxESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ProtocolPackage.ITEM_DEFINITION__MAX, oldMax, MAX_EDEFAULT, oldMaxESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMax() {
		return maxESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getDecimalPlaces() {
		return decimalPlaces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecimalPlaces(Integer newDecimalPlaces) {
		Integer oldDecimalPlaces = decimalPlaces;
		decimalPlaces = newDecimalPlaces;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.ITEM_DEFINITION__DECIMAL_PLACES, oldDecimalPlaces, decimalPlaces));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CodeList getCodeList() {
		if (codeList != null && codeList.eIsProxy()) {
			InternalEObject oldCodeList = (InternalEObject)codeList;
			codeList = (CodeList)eResolveProxy(oldCodeList);
			if (codeList != oldCodeList) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProtocolPackage.ITEM_DEFINITION__CODE_LIST, oldCodeList, codeList));
			}
		}
		return codeList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CodeList basicGetCodeList() {
		return codeList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCodeList(CodeList newCodeList) {
		CodeList oldCodeList = codeList;
		codeList = newCodeList;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.ITEM_DEFINITION__CODE_LIST, oldCodeList, codeList));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRequired() {
		return required;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequired(boolean newRequired) {
		boolean oldRequired = required;
		required = newRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.ITEM_DEFINITION__REQUIRED, oldRequired, required));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCritical() {
		return critical;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCritical(boolean newCritical) {
		boolean oldCritical = critical;
		critical = newCritical;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.ITEM_DEFINITION__CRITICAL, oldCritical, critical));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRevealsAllocation() {
		return revealsAllocation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevealsAllocation(boolean newRevealsAllocation) {
		boolean oldRevealsAllocation = revealsAllocation;
		revealsAllocation = newRevealsAllocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.ITEM_DEFINITION__REVEALS_ALLOCATION, oldRevealsAllocation, revealsAllocation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDerived() {
		return derived;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDerived(boolean newDerived) {
		boolean oldDerived = derived;
		derived = newDerived;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.ITEM_DEFINITION__DERIVED, oldDerived, derived));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Derivation getDerivation() {
		if (derivation != null && derivation.eIsProxy()) {
			InternalEObject oldDerivation = (InternalEObject)derivation;
			derivation = (Derivation)eResolveProxy(oldDerivation);
			if (derivation != oldDerivation) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProtocolPackage.ITEM_DEFINITION__DERIVATION, oldDerivation, derivation));
			}
		}
		return derivation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Derivation basicGetDerivation() {
		return derivation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDerivation(Derivation newDerivation) {
		Derivation oldDerivation = derivation;
		derivation = newDerivation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.ITEM_DEFINITION__DERIVATION, oldDerivation, derivation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FormDefinition getForm() {
		if (eContainerFeatureID() != ProtocolPackage.ITEM_DEFINITION__FORM) return null;
		return (FormDefinition)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetForm(FormDefinition newForm, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newForm, ProtocolPackage.ITEM_DEFINITION__FORM, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForm(FormDefinition newForm) {
		if (newForm != eInternalContainer() || (eContainerFeatureID() != ProtocolPackage.ITEM_DEFINITION__FORM && newForm != null)) {
			if (EcoreUtil.isAncestor(this, newForm))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newForm != null)
				msgs = ((InternalEObject)newForm).eInverseAdd(this, ProtocolPackage.FORM_DEFINITION__ITEMS, FormDefinition.class, msgs);
			msgs = basicSetForm(newForm, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.ITEM_DEFINITION__FORM, newForm, newForm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProtocolPackage.ITEM_DEFINITION__FORM:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetForm((FormDefinition)otherEnd, msgs);
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
			case ProtocolPackage.ITEM_DEFINITION__FORM:
				return basicSetForm(null, msgs);
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
			case ProtocolPackage.ITEM_DEFINITION__FORM:
				return eInternalContainer().eInverseRemove(this, ProtocolPackage.FORM_DEFINITION__ITEMS, FormDefinition.class, msgs);
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
			case ProtocolPackage.ITEM_DEFINITION__QUESTION:
				return getQuestion();
			case ProtocolPackage.ITEM_DEFINITION__DATA_TYPE:
				return getDataType();
			case ProtocolPackage.ITEM_DEFINITION__UNIT:
				return getUnit();
			case ProtocolPackage.ITEM_DEFINITION__MIN:
				return getMin();
			case ProtocolPackage.ITEM_DEFINITION__MAX:
				return getMax();
			case ProtocolPackage.ITEM_DEFINITION__DECIMAL_PLACES:
				return getDecimalPlaces();
			case ProtocolPackage.ITEM_DEFINITION__CODE_LIST:
				if (resolve) return getCodeList();
				return basicGetCodeList();
			case ProtocolPackage.ITEM_DEFINITION__REQUIRED:
				return isRequired();
			case ProtocolPackage.ITEM_DEFINITION__CRITICAL:
				return isCritical();
			case ProtocolPackage.ITEM_DEFINITION__REVEALS_ALLOCATION:
				return isRevealsAllocation();
			case ProtocolPackage.ITEM_DEFINITION__DERIVED:
				return isDerived();
			case ProtocolPackage.ITEM_DEFINITION__DERIVATION:
				if (resolve) return getDerivation();
				return basicGetDerivation();
			case ProtocolPackage.ITEM_DEFINITION__FORM:
				return getForm();
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
			case ProtocolPackage.ITEM_DEFINITION__QUESTION:
				setQuestion((String)newValue);
				return;
			case ProtocolPackage.ITEM_DEFINITION__DATA_TYPE:
				setDataType((ItemDataType)newValue);
				return;
			case ProtocolPackage.ITEM_DEFINITION__UNIT:
				setUnit((String)newValue);
				return;
			case ProtocolPackage.ITEM_DEFINITION__MIN:
				setMin((BigDecimal)newValue);
				return;
			case ProtocolPackage.ITEM_DEFINITION__MAX:
				setMax((BigDecimal)newValue);
				return;
			case ProtocolPackage.ITEM_DEFINITION__DECIMAL_PLACES:
				setDecimalPlaces((Integer)newValue);
				return;
			case ProtocolPackage.ITEM_DEFINITION__CODE_LIST:
				setCodeList((CodeList)newValue);
				return;
			case ProtocolPackage.ITEM_DEFINITION__REQUIRED:
				setRequired((Boolean)newValue);
				return;
			case ProtocolPackage.ITEM_DEFINITION__CRITICAL:
				setCritical((Boolean)newValue);
				return;
			case ProtocolPackage.ITEM_DEFINITION__REVEALS_ALLOCATION:
				setRevealsAllocation((Boolean)newValue);
				return;
			case ProtocolPackage.ITEM_DEFINITION__DERIVED:
				setDerived((Boolean)newValue);
				return;
			case ProtocolPackage.ITEM_DEFINITION__DERIVATION:
				setDerivation((Derivation)newValue);
				return;
			case ProtocolPackage.ITEM_DEFINITION__FORM:
				setForm((FormDefinition)newValue);
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
			case ProtocolPackage.ITEM_DEFINITION__QUESTION:
				setQuestion(QUESTION_EDEFAULT);
				return;
			case ProtocolPackage.ITEM_DEFINITION__DATA_TYPE:
				setDataType(DATA_TYPE_EDEFAULT);
				return;
			case ProtocolPackage.ITEM_DEFINITION__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case ProtocolPackage.ITEM_DEFINITION__MIN:
				unsetMin();
				return;
			case ProtocolPackage.ITEM_DEFINITION__MAX:
				unsetMax();
				return;
			case ProtocolPackage.ITEM_DEFINITION__DECIMAL_PLACES:
				setDecimalPlaces(DECIMAL_PLACES_EDEFAULT);
				return;
			case ProtocolPackage.ITEM_DEFINITION__CODE_LIST:
				setCodeList((CodeList)null);
				return;
			case ProtocolPackage.ITEM_DEFINITION__REQUIRED:
				setRequired(REQUIRED_EDEFAULT);
				return;
			case ProtocolPackage.ITEM_DEFINITION__CRITICAL:
				setCritical(CRITICAL_EDEFAULT);
				return;
			case ProtocolPackage.ITEM_DEFINITION__REVEALS_ALLOCATION:
				setRevealsAllocation(REVEALS_ALLOCATION_EDEFAULT);
				return;
			case ProtocolPackage.ITEM_DEFINITION__DERIVED:
				setDerived(DERIVED_EDEFAULT);
				return;
			case ProtocolPackage.ITEM_DEFINITION__DERIVATION:
				setDerivation((Derivation)null);
				return;
			case ProtocolPackage.ITEM_DEFINITION__FORM:
				setForm((FormDefinition)null);
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
			case ProtocolPackage.ITEM_DEFINITION__QUESTION:
				return QUESTION_EDEFAULT == null ? question != null : !QUESTION_EDEFAULT.equals(question);
			case ProtocolPackage.ITEM_DEFINITION__DATA_TYPE:
				return dataType != DATA_TYPE_EDEFAULT;
			case ProtocolPackage.ITEM_DEFINITION__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case ProtocolPackage.ITEM_DEFINITION__MIN:
				return isSetMin();
			case ProtocolPackage.ITEM_DEFINITION__MAX:
				return isSetMax();
			case ProtocolPackage.ITEM_DEFINITION__DECIMAL_PLACES:
				return DECIMAL_PLACES_EDEFAULT == null ? decimalPlaces != null : !DECIMAL_PLACES_EDEFAULT.equals(decimalPlaces);
			case ProtocolPackage.ITEM_DEFINITION__CODE_LIST:
				return codeList != null;
			case ProtocolPackage.ITEM_DEFINITION__REQUIRED:
				return required != REQUIRED_EDEFAULT;
			case ProtocolPackage.ITEM_DEFINITION__CRITICAL:
				return critical != CRITICAL_EDEFAULT;
			case ProtocolPackage.ITEM_DEFINITION__REVEALS_ALLOCATION:
				return revealsAllocation != REVEALS_ALLOCATION_EDEFAULT;
			case ProtocolPackage.ITEM_DEFINITION__DERIVED:
				return derived != DERIVED_EDEFAULT;
			case ProtocolPackage.ITEM_DEFINITION__DERIVATION:
				return derivation != null;
			case ProtocolPackage.ITEM_DEFINITION__FORM:
				return getForm() != null;
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
		result.append(" (question: ");
		result.append(question);
		result.append(", dataType: ");
		result.append(dataType);
		result.append(", unit: ");
		result.append(unit);
		result.append(", min: ");
		if (minESet) result.append(min); else result.append("<unset>");
		result.append(", max: ");
		if (maxESet) result.append(max); else result.append("<unset>");
		result.append(", decimalPlaces: ");
		result.append(decimalPlaces);
		result.append(", required: ");
		result.append(required);
		result.append(", critical: ");
		result.append(critical);
		result.append(", revealsAllocation: ");
		result.append(revealsAllocation);
		result.append(", derived: ");
		result.append(derived);
		result.append(')');
		return result.toString();
	}

} //ItemDefinitionImpl
