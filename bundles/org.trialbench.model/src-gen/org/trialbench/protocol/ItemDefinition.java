/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Item Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.ItemDefinition#getQuestion <em>Question</em>}</li>
 *   <li>{@link org.trialbench.protocol.ItemDefinition#getDataType <em>Data Type</em>}</li>
 *   <li>{@link org.trialbench.protocol.ItemDefinition#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.trialbench.protocol.ItemDefinition#getMin <em>Min</em>}</li>
 *   <li>{@link org.trialbench.protocol.ItemDefinition#getMax <em>Max</em>}</li>
 *   <li>{@link org.trialbench.protocol.ItemDefinition#getDecimalPlaces <em>Decimal Places</em>}</li>
 *   <li>{@link org.trialbench.protocol.ItemDefinition#getCodeList <em>Code List</em>}</li>
 *   <li>{@link org.trialbench.protocol.ItemDefinition#isRequired <em>Required</em>}</li>
 *   <li>{@link org.trialbench.protocol.ItemDefinition#isCritical <em>Critical</em>}</li>
 *   <li>{@link org.trialbench.protocol.ItemDefinition#isRevealsAllocation <em>Reveals Allocation</em>}</li>
 *   <li>{@link org.trialbench.protocol.ItemDefinition#isDerived <em>Derived</em>}</li>
 *   <li>{@link org.trialbench.protocol.ItemDefinition#getDerivation <em>Derivation</em>}</li>
 *   <li>{@link org.trialbench.protocol.ItemDefinition#getForm <em>Form</em>}</li>
 * </ul>
 *
 * @see org.trialbench.protocol.ProtocolPackage#getItemDefinition()
 * @model
 * @generated
 */
public interface ItemDefinition extends ProtocolElement {
	/**
	 * Returns the value of the '<em><b>Question</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The question or label shown on the CRF; the name is the short label for tables.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Question</em>' attribute.
	 * @see #setQuestion(String)
	 * @see org.trialbench.protocol.ProtocolPackage#getItemDefinition_Question()
	 * @model
	 * @generated
	 */
	String getQuestion();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.ItemDefinition#getQuestion <em>Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Question</em>' attribute.
	 * @see #getQuestion()
	 * @generated
	 */
	void setQuestion(String value);

	/**
	 * Returns the value of the '<em><b>Data Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.trialbench.protocol.ItemDataType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Type</em>' attribute.
	 * @see org.trialbench.protocol.ItemDataType
	 * @see #setDataType(ItemDataType)
	 * @see org.trialbench.protocol.ProtocolPackage#getItemDefinition_DataType()
	 * @model
	 * @generated
	 */
	ItemDataType getDataType();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.ItemDefinition#getDataType <em>Data Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Type</em>' attribute.
	 * @see org.trialbench.protocol.ItemDataType
	 * @see #getDataType()
	 * @generated
	 */
	void setDataType(ItemDataType value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.trialbench.protocol.ProtocolPackage#getItemDefinition_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.ItemDefinition#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min</em>' attribute.
	 * @see #isSetMin()
	 * @see #unsetMin()
	 * @see #setMin(BigDecimal)
	 * @see org.trialbench.protocol.ProtocolPackage#getItemDefinition_Min()
	 * @model unsettable="true"
	 * @generated
	 */
	BigDecimal getMin();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.ItemDefinition#getMin <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min</em>' attribute.
	 * @see #isSetMin()
	 * @see #unsetMin()
	 * @see #getMin()
	 * @generated
	 */
	void setMin(BigDecimal value);

	/**
	 * Unsets the value of the '{@link org.trialbench.protocol.ItemDefinition#getMin <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMin()
	 * @see #getMin()
	 * @see #setMin(BigDecimal)
	 * @generated
	 */
	void unsetMin();

	/**
	 * Returns whether the value of the '{@link org.trialbench.protocol.ItemDefinition#getMin <em>Min</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Min</em>' attribute is set.
	 * @see #unsetMin()
	 * @see #getMin()
	 * @see #setMin(BigDecimal)
	 * @generated
	 */
	boolean isSetMin();

	/**
	 * Returns the value of the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max</em>' attribute.
	 * @see #isSetMax()
	 * @see #unsetMax()
	 * @see #setMax(BigDecimal)
	 * @see org.trialbench.protocol.ProtocolPackage#getItemDefinition_Max()
	 * @model unsettable="true"
	 * @generated
	 */
	BigDecimal getMax();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.ItemDefinition#getMax <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max</em>' attribute.
	 * @see #isSetMax()
	 * @see #unsetMax()
	 * @see #getMax()
	 * @generated
	 */
	void setMax(BigDecimal value);

	/**
	 * Unsets the value of the '{@link org.trialbench.protocol.ItemDefinition#getMax <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMax()
	 * @see #getMax()
	 * @see #setMax(BigDecimal)
	 * @generated
	 */
	void unsetMax();

	/**
	 * Returns whether the value of the '{@link org.trialbench.protocol.ItemDefinition#getMax <em>Max</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Max</em>' attribute is set.
	 * @see #unsetMax()
	 * @see #getMax()
	 * @see #setMax(BigDecimal)
	 * @generated
	 */
	boolean isSetMax();

	/**
	 * Returns the value of the '<em><b>Decimal Places</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decimal Places</em>' attribute.
	 * @see #setDecimalPlaces(Integer)
	 * @see org.trialbench.protocol.ProtocolPackage#getItemDefinition_DecimalPlaces()
	 * @model
	 * @generated
	 */
	Integer getDecimalPlaces();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.ItemDefinition#getDecimalPlaces <em>Decimal Places</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decimal Places</em>' attribute.
	 * @see #getDecimalPlaces()
	 * @generated
	 */
	void setDecimalPlaces(Integer value);

	/**
	 * Returns the value of the '<em><b>Code List</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code List</em>' reference.
	 * @see #setCodeList(CodeList)
	 * @see org.trialbench.protocol.ProtocolPackage#getItemDefinition_CodeList()
	 * @model
	 * @generated
	 */
	CodeList getCodeList();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.ItemDefinition#getCodeList <em>Code List</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code List</em>' reference.
	 * @see #getCodeList()
	 * @generated
	 */
	void setCodeList(CodeList value);

	/**
	 * Returns the value of the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required</em>' attribute.
	 * @see #setRequired(boolean)
	 * @see org.trialbench.protocol.ProtocolPackage#getItemDefinition_Required()
	 * @model
	 * @generated
	 */
	boolean isRequired();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.ItemDefinition#isRequired <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Required</em>' attribute.
	 * @see #isRequired()
	 * @generated
	 */
	void setRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Critical</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Critical data for risk-based monitoring: always 100% source data verification.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Critical</em>' attribute.
	 * @see #setCritical(boolean)
	 * @see org.trialbench.protocol.ProtocolPackage#getItemDefinition_Critical()
	 * @model
	 * @generated
	 */
	boolean isCritical();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.ItemDefinition#isCritical <em>Critical</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Critical</em>' attribute.
	 * @see #isCritical()
	 * @generated
	 */
	void setCritical(boolean value);

	/**
	 * Returns the value of the '<em><b>Reveals Allocation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value would unblind an outcome assessor or adjudicator; redacted from adjudication packets.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reveals Allocation</em>' attribute.
	 * @see #setRevealsAllocation(boolean)
	 * @see org.trialbench.protocol.ProtocolPackage#getItemDefinition_RevealsAllocation()
	 * @model
	 * @generated
	 */
	boolean isRevealsAllocation();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.ItemDefinition#isRevealsAllocation <em>Reveals Allocation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reveals Allocation</em>' attribute.
	 * @see #isRevealsAllocation()
	 * @generated
	 */
	void setRevealsAllocation(boolean value);

	/**
	 * Returns the value of the '<em><b>Derived</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value is computed by the derivation and never typed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Derived</em>' attribute.
	 * @see #setDerived(boolean)
	 * @see org.trialbench.protocol.ProtocolPackage#getItemDefinition_Derived()
	 * @model
	 * @generated
	 */
	boolean isDerived();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.ItemDefinition#isDerived <em>Derived</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Derived</em>' attribute.
	 * @see #isDerived()
	 * @generated
	 */
	void setDerived(boolean value);

	/**
	 * Returns the value of the '<em><b>Derivation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Derivation</em>' reference.
	 * @see #setDerivation(Derivation)
	 * @see org.trialbench.protocol.ProtocolPackage#getItemDefinition_Derivation()
	 * @model
	 * @generated
	 */
	Derivation getDerivation();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.ItemDefinition#getDerivation <em>Derivation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Derivation</em>' reference.
	 * @see #getDerivation()
	 * @generated
	 */
	void setDerivation(Derivation value);

	/**
	 * Returns the value of the '<em><b>Form</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.trialbench.protocol.FormDefinition#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Form</em>' container reference.
	 * @see #setForm(FormDefinition)
	 * @see org.trialbench.protocol.ProtocolPackage#getItemDefinition_Form()
	 * @see org.trialbench.protocol.FormDefinition#getItems
	 * @model opposite="items"
	 * @generated
	 */
	FormDefinition getForm();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.ItemDefinition#getForm <em>Form</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Form</em>' container reference.
	 * @see #getForm()
	 * @generated
	 */
	void setForm(FormDefinition value);

} // ItemDefinition
