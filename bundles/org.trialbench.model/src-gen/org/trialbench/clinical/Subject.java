/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.clinical;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.trialbench.protocol.Stratum;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Subject</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.clinical.Subject#getScreeningNumber <em>Screening Number</em>}</li>
 *   <li>{@link org.trialbench.clinical.Subject#getSite <em>Site</em>}</li>
 *   <li>{@link org.trialbench.clinical.Subject#getSex <em>Sex</em>}</li>
 *   <li>{@link org.trialbench.clinical.Subject#getBirthDate <em>Birth Date</em>}</li>
 *   <li>{@link org.trialbench.clinical.Subject#getConsentDate <em>Consent Date</em>}</li>
 *   <li>{@link org.trialbench.clinical.Subject#getConsentVersion <em>Consent Version</em>}</li>
 *   <li>{@link org.trialbench.clinical.Subject#getAgeAtConsent <em>Age At Consent</em>}</li>
 *   <li>{@link org.trialbench.clinical.Subject#getEligibilityAnswers <em>Eligibility Answers</em>}</li>
 *   <li>{@link org.trialbench.clinical.Subject#getStatus <em>Status</em>}</li>
 *   <li>{@link org.trialbench.clinical.Subject#getScreenFailCategory <em>Screen Fail Category</em>}</li>
 *   <li>{@link org.trialbench.clinical.Subject#getScreenFailReason <em>Screen Fail Reason</em>}</li>
 *   <li>{@link org.trialbench.clinical.Subject#getEnrolmentDate <em>Enrolment Date</em>}</li>
 *   <li>{@link org.trialbench.clinical.Subject#getStratum <em>Stratum</em>}</li>
 *   <li>{@link org.trialbench.clinical.Subject#getAllocation <em>Allocation</em>}</li>
 *   <li>{@link org.trialbench.clinical.Subject#getVisits <em>Visits</em>}</li>
 *   <li>{@link org.trialbench.clinical.Subject#getAdverseEvents <em>Adverse Events</em>}</li>
 *   <li>{@link org.trialbench.clinical.Subject#getWithdrawalDate <em>Withdrawal Date</em>}</li>
 *   <li>{@link org.trialbench.clinical.Subject#getWithdrawalReason <em>Withdrawal Reason</em>}</li>
 *   <li>{@link org.trialbench.clinical.Subject#getSdvState <em>Sdv State</em>}</li>
 *   <li>{@link org.trialbench.clinical.Subject#getVerifiedBy <em>Verified By</em>}</li>
 *   <li>{@link org.trialbench.clinical.Subject#getVerifiedAt <em>Verified At</em>}</li>
 * </ul>
 *
 * @see org.trialbench.clinical.ClinicalPackage#getSubject()
 * @model
 * @generated
 */
public interface Subject extends ClinicalObject {
	/**
	 * Returns the value of the '<em><b>Screening Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Screening Number</em>' attribute.
	 * @see #setScreeningNumber(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getSubject_ScreeningNumber()
	 * @model required="true"
	 * @generated
	 */
	String getScreeningNumber();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Subject#getScreeningNumber <em>Screening Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Screening Number</em>' attribute.
	 * @see #getScreeningNumber()
	 * @generated
	 */
	void setScreeningNumber(String value);

	/**
	 * Returns the value of the '<em><b>Site</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.trialbench.clinical.Site#getSubjects <em>Subjects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Site</em>' container reference.
	 * @see #setSite(Site)
	 * @see org.trialbench.clinical.ClinicalPackage#getSubject_Site()
	 * @see org.trialbench.clinical.Site#getSubjects
	 * @model opposite="subjects"
	 * @generated
	 */
	Site getSite();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Subject#getSite <em>Site</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' container reference.
	 * @see #getSite()
	 * @generated
	 */
	void setSite(Site value);

	/**
	 * Returns the value of the '<em><b>Sex</b></em>' attribute.
	 * The literals are from the enumeration {@link org.trialbench.clinical.Sex}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sex</em>' attribute.
	 * @see org.trialbench.clinical.Sex
	 * @see #setSex(Sex)
	 * @see org.trialbench.clinical.ClinicalPackage#getSubject_Sex()
	 * @model
	 * @generated
	 */
	Sex getSex();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Subject#getSex <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sex</em>' attribute.
	 * @see org.trialbench.clinical.Sex
	 * @see #getSex()
	 * @generated
	 */
	void setSex(Sex value);

	/**
	 * Returns the value of the '<em><b>Birth Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Birth Date</em>' attribute.
	 * @see #setBirthDate(LocalDate)
	 * @see org.trialbench.clinical.ClinicalPackage#getSubject_BirthDate()
	 * @model dataType="org.trialbench.protocol.LocalDate"
	 * @generated
	 */
	LocalDate getBirthDate();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Subject#getBirthDate <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Birth Date</em>' attribute.
	 * @see #getBirthDate()
	 * @generated
	 */
	void setBirthDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Consent Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consent Date</em>' attribute.
	 * @see #setConsentDate(LocalDate)
	 * @see org.trialbench.clinical.ClinicalPackage#getSubject_ConsentDate()
	 * @model dataType="org.trialbench.protocol.LocalDate"
	 * @generated
	 */
	LocalDate getConsentDate();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Subject#getConsentDate <em>Consent Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consent Date</em>' attribute.
	 * @see #getConsentDate()
	 * @generated
	 */
	void setConsentDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Consent Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consent Version</em>' attribute.
	 * @see #setConsentVersion(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getSubject_ConsentVersion()
	 * @model
	 * @generated
	 */
	String getConsentVersion();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Subject#getConsentVersion <em>Consent Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consent Version</em>' attribute.
	 * @see #getConsentVersion()
	 * @generated
	 */
	void setConsentVersion(String value);

	/**
	 * Returns the value of the '<em><b>Age At Consent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Completed years between birth and consent; null when either date is missing or out of order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Age At Consent</em>' attribute.
	 * @see org.trialbench.clinical.ClinicalPackage#getSubject_AgeAtConsent()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	Integer getAgeAtConsent();

	/**
	 * Returns the value of the '<em><b>Eligibility Answers</b></em>' containment reference list.
	 * The list contents are of type {@link org.trialbench.clinical.EligibilityAnswer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Eligibility Answers</em>' containment reference list.
	 * @see org.trialbench.clinical.ClinicalPackage#getSubject_EligibilityAnswers()
	 * @model containment="true"
	 * @generated
	 */
	EList<EligibilityAnswer> getEligibilityAnswers();

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.trialbench.clinical.SubjectStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.trialbench.clinical.SubjectStatus
	 * @see #setStatus(SubjectStatus)
	 * @see org.trialbench.clinical.ClinicalPackage#getSubject_Status()
	 * @model
	 * @generated
	 */
	SubjectStatus getStatus();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Subject#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.trialbench.clinical.SubjectStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(SubjectStatus value);

	/**
	 * Returns the value of the '<em><b>Screen Fail Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.trialbench.clinical.ScreenFailCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CONSORT exclusion category of a screen failure.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Screen Fail Category</em>' attribute.
	 * @see org.trialbench.clinical.ScreenFailCategory
	 * @see #isSetScreenFailCategory()
	 * @see #unsetScreenFailCategory()
	 * @see #setScreenFailCategory(ScreenFailCategory)
	 * @see org.trialbench.clinical.ClinicalPackage#getSubject_ScreenFailCategory()
	 * @model unsettable="true"
	 * @generated
	 */
	ScreenFailCategory getScreenFailCategory();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Subject#getScreenFailCategory <em>Screen Fail Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Screen Fail Category</em>' attribute.
	 * @see org.trialbench.clinical.ScreenFailCategory
	 * @see #isSetScreenFailCategory()
	 * @see #unsetScreenFailCategory()
	 * @see #getScreenFailCategory()
	 * @generated
	 */
	void setScreenFailCategory(ScreenFailCategory value);

	/**
	 * Unsets the value of the '{@link org.trialbench.clinical.Subject#getScreenFailCategory <em>Screen Fail Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetScreenFailCategory()
	 * @see #getScreenFailCategory()
	 * @see #setScreenFailCategory(ScreenFailCategory)
	 * @generated
	 */
	void unsetScreenFailCategory();

	/**
	 * Returns whether the value of the '{@link org.trialbench.clinical.Subject#getScreenFailCategory <em>Screen Fail Category</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Screen Fail Category</em>' attribute is set.
	 * @see #unsetScreenFailCategory()
	 * @see #getScreenFailCategory()
	 * @see #setScreenFailCategory(ScreenFailCategory)
	 * @generated
	 */
	boolean isSetScreenFailCategory();

	/**
	 * Returns the value of the '<em><b>Screen Fail Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Screen Fail Reason</em>' attribute.
	 * @see #setScreenFailReason(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getSubject_ScreenFailReason()
	 * @model
	 * @generated
	 */
	String getScreenFailReason();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Subject#getScreenFailReason <em>Screen Fail Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Screen Fail Reason</em>' attribute.
	 * @see #getScreenFailReason()
	 * @generated
	 */
	void setScreenFailReason(String value);

	/**
	 * Returns the value of the '<em><b>Enrolment Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enrolment Date</em>' attribute.
	 * @see #setEnrolmentDate(LocalDate)
	 * @see org.trialbench.clinical.ClinicalPackage#getSubject_EnrolmentDate()
	 * @model dataType="org.trialbench.protocol.LocalDate"
	 * @generated
	 */
	LocalDate getEnrolmentDate();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Subject#getEnrolmentDate <em>Enrolment Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enrolment Date</em>' attribute.
	 * @see #getEnrolmentDate()
	 * @generated
	 */
	void setEnrolmentDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Stratum</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stratum</em>' reference.
	 * @see #setStratum(Stratum)
	 * @see org.trialbench.clinical.ClinicalPackage#getSubject_Stratum()
	 * @model
	 * @generated
	 */
	Stratum getStratum();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Subject#getStratum <em>Stratum</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stratum</em>' reference.
	 * @see #getStratum()
	 * @generated
	 */
	void setStratum(Stratum value);

	/**
	 * Returns the value of the '<em><b>Allocation</b></em>' containment reference.
	 * It is bidirectional and its opposite is '{@link org.trialbench.clinical.Allocation#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The randomized allocation; its own object so that access control can withhold it from blinded roles.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Allocation</em>' containment reference.
	 * @see #setAllocation(Allocation)
	 * @see org.trialbench.clinical.ClinicalPackage#getSubject_Allocation()
	 * @see org.trialbench.clinical.Allocation#getSubject
	 * @model opposite="subject" containment="true"
	 * @generated
	 */
	Allocation getAllocation();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Subject#getAllocation <em>Allocation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allocation</em>' containment reference.
	 * @see #getAllocation()
	 * @generated
	 */
	void setAllocation(Allocation value);

	/**
	 * Returns the value of the '<em><b>Visits</b></em>' containment reference list.
	 * The list contents are of type {@link org.trialbench.clinical.Visit}.
	 * It is bidirectional and its opposite is '{@link org.trialbench.clinical.Visit#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Visits</em>' containment reference list.
	 * @see org.trialbench.clinical.ClinicalPackage#getSubject_Visits()
	 * @see org.trialbench.clinical.Visit#getSubject
	 * @model opposite="subject" containment="true"
	 * @generated
	 */
	EList<Visit> getVisits();

	/**
	 * Returns the value of the '<em><b>Adverse Events</b></em>' containment reference list.
	 * The list contents are of type {@link org.trialbench.clinical.AdverseEvent}.
	 * It is bidirectional and its opposite is '{@link org.trialbench.clinical.AdverseEvent#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adverse Events</em>' containment reference list.
	 * @see org.trialbench.clinical.ClinicalPackage#getSubject_AdverseEvents()
	 * @see org.trialbench.clinical.AdverseEvent#getSubject
	 * @model opposite="subject" containment="true"
	 * @generated
	 */
	EList<AdverseEvent> getAdverseEvents();

	/**
	 * Returns the value of the '<em><b>Withdrawal Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Withdrawal Date</em>' attribute.
	 * @see #setWithdrawalDate(LocalDate)
	 * @see org.trialbench.clinical.ClinicalPackage#getSubject_WithdrawalDate()
	 * @model dataType="org.trialbench.protocol.LocalDate"
	 * @generated
	 */
	LocalDate getWithdrawalDate();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Subject#getWithdrawalDate <em>Withdrawal Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Withdrawal Date</em>' attribute.
	 * @see #getWithdrawalDate()
	 * @generated
	 */
	void setWithdrawalDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Withdrawal Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Withdrawal Reason</em>' attribute.
	 * @see #setWithdrawalReason(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getSubject_WithdrawalReason()
	 * @model
	 * @generated
	 */
	String getWithdrawalReason();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Subject#getWithdrawalReason <em>Withdrawal Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Withdrawal Reason</em>' attribute.
	 * @see #getWithdrawalReason()
	 * @generated
	 */
	void setWithdrawalReason(String value);

	/**
	 * Returns the value of the '<em><b>Sdv State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.trialbench.clinical.SdvState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Source data verification of the consent record (consent date and version against the signed informed consent form), kept like an item value's: a change of consentDate or consentVersion after verification re-opens it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sdv State</em>' attribute.
	 * @see org.trialbench.clinical.SdvState
	 * @see #setSdvState(SdvState)
	 * @see org.trialbench.clinical.ClinicalPackage#getSubject_SdvState()
	 * @model
	 * @generated
	 */
	SdvState getSdvState();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Subject#getSdvState <em>Sdv State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sdv State</em>' attribute.
	 * @see org.trialbench.clinical.SdvState
	 * @see #getSdvState()
	 * @generated
	 */
	void setSdvState(SdvState value);

	/**
	 * Returns the value of the '<em><b>Verified By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verified By</em>' reference.
	 * @see #setVerifiedBy(User)
	 * @see org.trialbench.clinical.ClinicalPackage#getSubject_VerifiedBy()
	 * @model
	 * @generated
	 */
	User getVerifiedBy();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Subject#getVerifiedBy <em>Verified By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verified By</em>' reference.
	 * @see #getVerifiedBy()
	 * @generated
	 */
	void setVerifiedBy(User value);

	/**
	 * Returns the value of the '<em><b>Verified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verified At</em>' attribute.
	 * @see #setVerifiedAt(Instant)
	 * @see org.trialbench.clinical.ClinicalPackage#getSubject_VerifiedAt()
	 * @model dataType="org.trialbench.protocol.Instant"
	 * @generated
	 */
	Instant getVerifiedAt();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Subject#getVerifiedAt <em>Verified At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verified At</em>' attribute.
	 * @see #getVerifiedAt()
	 * @generated
	 */
	void setVerifiedAt(Instant value);

} // Subject
