/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.clinical;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.trialbench.protocol.VisitDefinition;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Visit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.clinical.Visit#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.trialbench.clinical.Visit#getDefinition <em>Definition</em>}</li>
 *   <li>{@link org.trialbench.clinical.Visit#getOccurrence <em>Occurrence</em>}</li>
 *   <li>{@link org.trialbench.clinical.Visit#getDate <em>Date</em>}</li>
 *   <li>{@link org.trialbench.clinical.Visit#getStatus <em>Status</em>}</li>
 *   <li>{@link org.trialbench.clinical.Visit#getForms <em>Forms</em>}</li>
 * </ul>
 *
 * @see org.trialbench.clinical.ClinicalPackage#getVisit()
 * @model
 * @generated
 */
public interface Visit extends ClinicalObject {
	/**
	 * Returns the value of the '<em><b>Subject</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.trialbench.clinical.Subject#getVisits <em>Visits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject</em>' container reference.
	 * @see #setSubject(Subject)
	 * @see org.trialbench.clinical.ClinicalPackage#getVisit_Subject()
	 * @see org.trialbench.clinical.Subject#getVisits
	 * @model opposite="visits"
	 * @generated
	 */
	Subject getSubject();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Visit#getSubject <em>Subject</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' container reference.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(Subject value);

	/**
	 * Returns the value of the '<em><b>Definition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Definition</em>' reference.
	 * @see #setDefinition(VisitDefinition)
	 * @see org.trialbench.clinical.ClinicalPackage#getVisit_Definition()
	 * @model required="true"
	 * @generated
	 */
	VisitDefinition getDefinition();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Visit#getDefinition <em>Definition</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition</em>' reference.
	 * @see #getDefinition()
	 * @generated
	 */
	void setDefinition(VisitDefinition value);

	/**
	 * Returns the value of the '<em><b>Occurrence</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1 for scheduled visits; counts repeats of a repeating (unscheduled) visit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Occurrence</em>' attribute.
	 * @see #setOccurrence(int)
	 * @see org.trialbench.clinical.ClinicalPackage#getVisit_Occurrence()
	 * @model default="1"
	 * @generated
	 */
	int getOccurrence();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Visit#getOccurrence <em>Occurrence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Occurrence</em>' attribute.
	 * @see #getOccurrence()
	 * @generated
	 */
	void setOccurrence(int value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.trialbench.clinical.ClinicalPackage#getVisit_Date()
	 * @model dataType="org.trialbench.protocol.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Visit#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.trialbench.clinical.VisitStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.trialbench.clinical.VisitStatus
	 * @see #setStatus(VisitStatus)
	 * @see org.trialbench.clinical.ClinicalPackage#getVisit_Status()
	 * @model
	 * @generated
	 */
	VisitStatus getStatus();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Visit#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.trialbench.clinical.VisitStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(VisitStatus value);

	/**
	 * Returns the value of the '<em><b>Forms</b></em>' containment reference list.
	 * The list contents are of type {@link org.trialbench.clinical.FormRecord}.
	 * It is bidirectional and its opposite is '{@link org.trialbench.clinical.FormRecord#getVisit <em>Visit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Forms</em>' containment reference list.
	 * @see org.trialbench.clinical.ClinicalPackage#getVisit_Forms()
	 * @see org.trialbench.clinical.FormRecord#getVisit
	 * @model opposite="visit" containment="true"
	 * @generated
	 */
	EList<FormRecord> getForms();

} // Visit
