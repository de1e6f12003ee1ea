/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Visit Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.VisitDefinition#getKind <em>Kind</em>}</li>
 *   <li>{@link org.trialbench.protocol.VisitDefinition#getAnchor <em>Anchor</em>}</li>
 *   <li>{@link org.trialbench.protocol.VisitDefinition#getTargetDay <em>Target Day</em>}</li>
 *   <li>{@link org.trialbench.protocol.VisitDefinition#getWindowBeforeDays <em>Window Before Days</em>}</li>
 *   <li>{@link org.trialbench.protocol.VisitDefinition#getWindowAfterDays <em>Window After Days</em>}</li>
 *   <li>{@link org.trialbench.protocol.VisitDefinition#isRepeating <em>Repeating</em>}</li>
 *   <li>{@link org.trialbench.protocol.VisitDefinition#getForms <em>Forms</em>}</li>
 * </ul>
 *
 * @see org.trialbench.protocol.ProtocolPackage#getVisitDefinition()
 * @model
 * @generated
 */
public interface VisitDefinition extends ProtocolElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.trialbench.protocol.VisitKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.trialbench.protocol.VisitKind
	 * @see #setKind(VisitKind)
	 * @see org.trialbench.protocol.ProtocolPackage#getVisitDefinition_Kind()
	 * @model
	 * @generated
	 */
	VisitKind getKind();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.VisitDefinition#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.trialbench.protocol.VisitKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(VisitKind value);

	/**
	 * Returns the value of the '<em><b>Anchor</b></em>' attribute.
	 * The default value is <code>"randomization"</code>.
	 * The literals are from the enumeration {@link org.trialbench.protocol.VisitAnchor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Anchor</em>' attribute.
	 * @see org.trialbench.protocol.VisitAnchor
	 * @see #setAnchor(VisitAnchor)
	 * @see org.trialbench.protocol.ProtocolPackage#getVisitDefinition_Anchor()
	 * @model default="randomization"
	 * @generated
	 */
	VisitAnchor getAnchor();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.VisitDefinition#getAnchor <em>Anchor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anchor</em>' attribute.
	 * @see org.trialbench.protocol.VisitAnchor
	 * @see #getAnchor()
	 * @generated
	 */
	void setAnchor(VisitAnchor value);

	/**
	 * Returns the value of the '<em><b>Target Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Target day relative to the anchor (day 0 = anchor date; negative before it). Null for unscheduled visits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Day</em>' attribute.
	 * @see #setTargetDay(Integer)
	 * @see org.trialbench.protocol.ProtocolPackage#getVisitDefinition_TargetDay()
	 * @model
	 * @generated
	 */
	Integer getTargetDay();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.VisitDefinition#getTargetDay <em>Target Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Day</em>' attribute.
	 * @see #getTargetDay()
	 * @generated
	 */
	void setTargetDay(Integer value);

	/**
	 * Returns the value of the '<em><b>Window Before Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Window Before Days</em>' attribute.
	 * @see #setWindowBeforeDays(int)
	 * @see org.trialbench.protocol.ProtocolPackage#getVisitDefinition_WindowBeforeDays()
	 * @model
	 * @generated
	 */
	int getWindowBeforeDays();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.VisitDefinition#getWindowBeforeDays <em>Window Before Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Window Before Days</em>' attribute.
	 * @see #getWindowBeforeDays()
	 * @generated
	 */
	void setWindowBeforeDays(int value);

	/**
	 * Returns the value of the '<em><b>Window After Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Window After Days</em>' attribute.
	 * @see #setWindowAfterDays(int)
	 * @see org.trialbench.protocol.ProtocolPackage#getVisitDefinition_WindowAfterDays()
	 * @model
	 * @generated
	 */
	int getWindowAfterDays();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.VisitDefinition#getWindowAfterDays <em>Window After Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Window After Days</em>' attribute.
	 * @see #getWindowAfterDays()
	 * @generated
	 */
	void setWindowAfterDays(int value);

	/**
	 * Returns the value of the '<em><b>Repeating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Repeating</em>' attribute.
	 * @see #setRepeating(boolean)
	 * @see org.trialbench.protocol.ProtocolPackage#getVisitDefinition_Repeating()
	 * @model
	 * @generated
	 */
	boolean isRepeating();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.VisitDefinition#isRepeating <em>Repeating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Repeating</em>' attribute.
	 * @see #isRepeating()
	 * @generated
	 */
	void setRepeating(boolean value);

	/**
	 * Returns the value of the '<em><b>Forms</b></em>' reference list.
	 * The list contents are of type {@link org.trialbench.protocol.FormDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Forms collected at this visit, in display order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Forms</em>' reference list.
	 * @see org.trialbench.protocol.ProtocolPackage#getVisitDefinition_Forms()
	 * @model
	 * @generated
	 */
	EList<FormDefinition> getForms();

} // VisitDefinition
