/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edit Check</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A data check beyond the item's own type, range, code list and required flag. Pure data, evaluated by the validator. Items from other forms of the same subject may be referenced; within a repeating form the same form record is used.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.EditCheck#getMessage <em>Message</em>}</li>
 *   <li>{@link org.trialbench.protocol.EditCheck#getSeverity <em>Severity</em>}</li>
 * </ul>
 *
 * @see org.trialbench.protocol.ProtocolPackage#getEditCheck()
 * @model abstract="true"
 * @generated
 */
public interface EditCheck extends ProtocolElement {
	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.trialbench.protocol.ProtocolPackage#getEditCheck_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.EditCheck#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The default value is <code>"error"</code>.
	 * The literals are from the enumeration {@link org.trialbench.protocol.CheckSeverity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see org.trialbench.protocol.CheckSeverity
	 * @see #setSeverity(CheckSeverity)
	 * @see org.trialbench.protocol.ProtocolPackage#getEditCheck_Severity()
	 * @model default="error"
	 * @generated
	 */
	CheckSeverity getSeverity();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.EditCheck#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see org.trialbench.protocol.CheckSeverity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(CheckSeverity value);

} // EditCheck
