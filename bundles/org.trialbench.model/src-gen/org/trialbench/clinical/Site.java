/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.clinical;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Site</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.clinical.Site#getCode <em>Code</em>}</li>
 *   <li>{@link org.trialbench.clinical.Site#getName <em>Name</em>}</li>
 *   <li>{@link org.trialbench.clinical.Site#getCountry <em>Country</em>}</li>
 *   <li>{@link org.trialbench.clinical.Site#getActivationDate <em>Activation Date</em>}</li>
 *   <li>{@link org.trialbench.clinical.Site#getPrincipalInvestigator <em>Principal Investigator</em>}</li>
 *   <li>{@link org.trialbench.clinical.Site#getSubjects <em>Subjects</em>}</li>
 *   <li>{@link org.trialbench.clinical.Site#getTimeZone <em>Time Zone</em>}</li>
 * </ul>
 *
 * @see org.trialbench.clinical.ClinicalPackage#getSite()
 * @model
 * @generated
 */
public interface Site extends ClinicalObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getSite_Code()
	 * @model required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Site#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getSite_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Site#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-2 country code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getSite_Country()
	 * @model
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Site#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Activation Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activation Date</em>' attribute.
	 * @see #setActivationDate(LocalDate)
	 * @see org.trialbench.clinical.ClinicalPackage#getSite_ActivationDate()
	 * @model dataType="org.trialbench.protocol.LocalDate"
	 * @generated
	 */
	LocalDate getActivationDate();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Site#getActivationDate <em>Activation Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activation Date</em>' attribute.
	 * @see #getActivationDate()
	 * @generated
	 */
	void setActivationDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Principal Investigator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Principal Investigator</em>' reference.
	 * @see #setPrincipalInvestigator(User)
	 * @see org.trialbench.clinical.ClinicalPackage#getSite_PrincipalInvestigator()
	 * @model
	 * @generated
	 */
	User getPrincipalInvestigator();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Site#getPrincipalInvestigator <em>Principal Investigator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Principal Investigator</em>' reference.
	 * @see #getPrincipalInvestigator()
	 * @generated
	 */
	void setPrincipalInvestigator(User value);

	/**
	 * Returns the value of the '<em><b>Subjects</b></em>' containment reference list.
	 * The list contents are of type {@link org.trialbench.clinical.Subject}.
	 * It is bidirectional and its opposite is '{@link org.trialbench.clinical.Subject#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subjects</em>' containment reference list.
	 * @see org.trialbench.clinical.ClinicalPackage#getSite_Subjects()
	 * @see org.trialbench.clinical.Subject#getSite
	 * @model opposite="site" containment="true"
	 * @generated
	 */
	EList<Subject> getSubjects();

	/**
	 * Returns the value of the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IANA time zone of the site (e.g. Europe/Berlin), for clocks that count local calendar days.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Zone</em>' attribute.
	 * @see #setTimeZone(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getSite_TimeZone()
	 * @model
	 * @generated
	 */
	String getTimeZone();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Site#getTimeZone <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Zone</em>' attribute.
	 * @see #getTimeZone()
	 * @generated
	 */
	void setTimeZone(String value);

} // Site
