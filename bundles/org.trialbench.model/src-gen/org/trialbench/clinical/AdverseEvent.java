/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.clinical;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.trialbench.protocol.SeriousnessCriterion;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Adverse Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.clinical.AdverseEvent#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdverseEvent#getVerbatimTerm <em>Verbatim Term</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdverseEvent#getCoding <em>Coding</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdverseEvent#getOnsetDate <em>Onset Date</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdverseEvent#getResolutionDate <em>Resolution Date</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdverseEvent#isOngoing <em>Ongoing</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdverseEvent#getCtcaeGrade <em>Ctcae Grade</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdverseEvent#getAsgeSeverity <em>Asge Severity</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdverseEvent#getAgreeGrade <em>Agree Grade</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdverseEvent#isSerious <em>Serious</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdverseEvent#getSeriousnessCriteria <em>Seriousness Criteria</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdverseEvent#getRelationship <em>Relationship</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdverseEvent#getActionTaken <em>Action Taken</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdverseEvent#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdverseEvent#getExpected <em>Expected</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdverseEvent#getAwareAt <em>Aware At</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdverseEvent#getReportedToSponsorAt <em>Reported To Sponsor At</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdverseEvent#getReportedToAuthorityAt <em>Reported To Authority At</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdverseEvent#isTreatmentEmergent <em>Treatment Emergent</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdverseEvent#getSdvState <em>Sdv State</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdverseEvent#getVerifiedBy <em>Verified By</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdverseEvent#getVerifiedAt <em>Verified At</em>}</li>
 *   <li>{@link org.trialbench.clinical.AdverseEvent#getQueries <em>Queries</em>}</li>
 * </ul>
 *
 * @see org.trialbench.clinical.ClinicalPackage#getAdverseEvent()
 * @model
 * @generated
 */
public interface AdverseEvent extends ClinicalObject {
	/**
	 * Returns the value of the '<em><b>Subject</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.trialbench.clinical.Subject#getAdverseEvents <em>Adverse Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject</em>' container reference.
	 * @see #setSubject(Subject)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdverseEvent_Subject()
	 * @see org.trialbench.clinical.Subject#getAdverseEvents
	 * @model opposite="adverseEvents"
	 * @generated
	 */
	Subject getSubject();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdverseEvent#getSubject <em>Subject</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' container reference.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(Subject value);

	/**
	 * Returns the value of the '<em><b>Verbatim Term</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verbatim Term</em>' attribute.
	 * @see #setVerbatimTerm(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdverseEvent_VerbatimTerm()
	 * @model
	 * @generated
	 */
	String getVerbatimTerm();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdverseEvent#getVerbatimTerm <em>Verbatim Term</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verbatim Term</em>' attribute.
	 * @see #getVerbatimTerm()
	 * @generated
	 */
	void setVerbatimTerm(String value);

	/**
	 * Returns the value of the '<em><b>Coding</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The MedDRA coding of the verbatim term; null until coded, replaced as a whole on recoding.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Coding</em>' containment reference.
	 * @see #setCoding(MeddraCoding)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdverseEvent_Coding()
	 * @model containment="true"
	 * @generated
	 */
	MeddraCoding getCoding();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdverseEvent#getCoding <em>Coding</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Coding</em>' containment reference.
	 * @see #getCoding()
	 * @generated
	 */
	void setCoding(MeddraCoding value);

	/**
	 * Returns the value of the '<em><b>Onset Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Onset Date</em>' attribute.
	 * @see #setOnsetDate(LocalDate)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdverseEvent_OnsetDate()
	 * @model dataType="org.trialbench.protocol.LocalDate"
	 * @generated
	 */
	LocalDate getOnsetDate();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdverseEvent#getOnsetDate <em>Onset Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Onset Date</em>' attribute.
	 * @see #getOnsetDate()
	 * @generated
	 */
	void setOnsetDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Resolution Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resolution Date</em>' attribute.
	 * @see #setResolutionDate(LocalDate)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdverseEvent_ResolutionDate()
	 * @model dataType="org.trialbench.protocol.LocalDate"
	 * @generated
	 */
	LocalDate getResolutionDate();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdverseEvent#getResolutionDate <em>Resolution Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolution Date</em>' attribute.
	 * @see #getResolutionDate()
	 * @generated
	 */
	void setResolutionDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Ongoing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ongoing</em>' attribute.
	 * @see #setOngoing(boolean)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdverseEvent_Ongoing()
	 * @model
	 * @generated
	 */
	boolean isOngoing();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdverseEvent#isOngoing <em>Ongoing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ongoing</em>' attribute.
	 * @see #isOngoing()
	 * @generated
	 */
	void setOngoing(boolean value);

	/**
	 * Returns the value of the '<em><b>Ctcae Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CTCAE v5 grade 1-5; null when not graded on this scale.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ctcae Grade</em>' attribute.
	 * @see #setCtcaeGrade(Integer)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdverseEvent_CtcaeGrade()
	 * @model
	 * @generated
	 */
	Integer getCtcaeGrade();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdverseEvent#getCtcaeGrade <em>Ctcae Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ctcae Grade</em>' attribute.
	 * @see #getCtcaeGrade()
	 * @generated
	 */
	void setCtcaeGrade(Integer value);

	/**
	 * Returns the value of the '<em><b>Asge Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.trialbench.clinical.AsgeSeverity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Asge Severity</em>' attribute.
	 * @see org.trialbench.clinical.AsgeSeverity
	 * @see #isSetAsgeSeverity()
	 * @see #unsetAsgeSeverity()
	 * @see #setAsgeSeverity(AsgeSeverity)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdverseEvent_AsgeSeverity()
	 * @model unsettable="true"
	 * @generated
	 */
	AsgeSeverity getAsgeSeverity();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdverseEvent#getAsgeSeverity <em>Asge Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Asge Severity</em>' attribute.
	 * @see org.trialbench.clinical.AsgeSeverity
	 * @see #isSetAsgeSeverity()
	 * @see #unsetAsgeSeverity()
	 * @see #getAsgeSeverity()
	 * @generated
	 */
	void setAsgeSeverity(AsgeSeverity value);

	/**
	 * Unsets the value of the '{@link org.trialbench.clinical.AdverseEvent#getAsgeSeverity <em>Asge Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetAsgeSeverity()
	 * @see #getAsgeSeverity()
	 * @see #setAsgeSeverity(AsgeSeverity)
	 * @generated
	 */
	void unsetAsgeSeverity();

	/**
	 * Returns whether the value of the '{@link org.trialbench.clinical.AdverseEvent#getAsgeSeverity <em>Asge Severity</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Asge Severity</em>' attribute is set.
	 * @see #unsetAsgeSeverity()
	 * @see #getAsgeSeverity()
	 * @see #setAsgeSeverity(AsgeSeverity)
	 * @generated
	 */
	boolean isSetAsgeSeverity();

	/**
	 * Returns the value of the '<em><b>Agree Grade</b></em>' attribute.
	 * The literals are from the enumeration {@link org.trialbench.clinical.AgreeGrade}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agree Grade</em>' attribute.
	 * @see org.trialbench.clinical.AgreeGrade
	 * @see #isSetAgreeGrade()
	 * @see #unsetAgreeGrade()
	 * @see #setAgreeGrade(AgreeGrade)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdverseEvent_AgreeGrade()
	 * @model unsettable="true"
	 * @generated
	 */
	AgreeGrade getAgreeGrade();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdverseEvent#getAgreeGrade <em>Agree Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agree Grade</em>' attribute.
	 * @see org.trialbench.clinical.AgreeGrade
	 * @see #isSetAgreeGrade()
	 * @see #unsetAgreeGrade()
	 * @see #getAgreeGrade()
	 * @generated
	 */
	void setAgreeGrade(AgreeGrade value);

	/**
	 * Unsets the value of the '{@link org.trialbench.clinical.AdverseEvent#getAgreeGrade <em>Agree Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetAgreeGrade()
	 * @see #getAgreeGrade()
	 * @see #setAgreeGrade(AgreeGrade)
	 * @generated
	 */
	void unsetAgreeGrade();

	/**
	 * Returns whether the value of the '{@link org.trialbench.clinical.AdverseEvent#getAgreeGrade <em>Agree Grade</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Agree Grade</em>' attribute is set.
	 * @see #unsetAgreeGrade()
	 * @see #getAgreeGrade()
	 * @see #setAgreeGrade(AgreeGrade)
	 * @generated
	 */
	boolean isSetAgreeGrade();

	/**
	 * Returns the value of the '<em><b>Serious</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Serious</em>' attribute.
	 * @see #setSerious(boolean)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdverseEvent_Serious()
	 * @model
	 * @generated
	 */
	boolean isSerious();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdverseEvent#isSerious <em>Serious</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Serious</em>' attribute.
	 * @see #isSerious()
	 * @generated
	 */
	void setSerious(boolean value);

	/**
	 * Returns the value of the '<em><b>Seriousness Criteria</b></em>' attribute list.
	 * The list contents are of type {@link org.trialbench.protocol.SeriousnessCriterion}.
	 * The literals are from the enumeration {@link org.trialbench.protocol.SeriousnessCriterion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seriousness Criteria</em>' attribute list.
	 * @see org.trialbench.protocol.SeriousnessCriterion
	 * @see org.trialbench.clinical.ClinicalPackage#getAdverseEvent_SeriousnessCriteria()
	 * @model
	 * @generated
	 */
	EList<SeriousnessCriterion> getSeriousnessCriteria();

	/**
	 * Returns the value of the '<em><b>Relationship</b></em>' attribute.
	 * The literals are from the enumeration {@link org.trialbench.clinical.Relationship}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Causal relationship to the study procedure, as judged by the investigator.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Relationship</em>' attribute.
	 * @see org.trialbench.clinical.Relationship
	 * @see #isSetRelationship()
	 * @see #unsetRelationship()
	 * @see #setRelationship(Relationship)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdverseEvent_Relationship()
	 * @model unsettable="true"
	 * @generated
	 */
	Relationship getRelationship();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdverseEvent#getRelationship <em>Relationship</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relationship</em>' attribute.
	 * @see org.trialbench.clinical.Relationship
	 * @see #isSetRelationship()
	 * @see #unsetRelationship()
	 * @see #getRelationship()
	 * @generated
	 */
	void setRelationship(Relationship value);

	/**
	 * Unsets the value of the '{@link org.trialbench.clinical.AdverseEvent#getRelationship <em>Relationship</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRelationship()
	 * @see #getRelationship()
	 * @see #setRelationship(Relationship)
	 * @generated
	 */
	void unsetRelationship();

	/**
	 * Returns whether the value of the '{@link org.trialbench.clinical.AdverseEvent#getRelationship <em>Relationship</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Relationship</em>' attribute is set.
	 * @see #unsetRelationship()
	 * @see #getRelationship()
	 * @see #setRelationship(Relationship)
	 * @generated
	 */
	boolean isSetRelationship();

	/**
	 * Returns the value of the '<em><b>Action Taken</b></em>' attribute.
	 * The literals are from the enumeration {@link org.trialbench.clinical.ActionTaken}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action Taken</em>' attribute.
	 * @see org.trialbench.clinical.ActionTaken
	 * @see #isSetActionTaken()
	 * @see #unsetActionTaken()
	 * @see #setActionTaken(ActionTaken)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdverseEvent_ActionTaken()
	 * @model unsettable="true"
	 * @generated
	 */
	ActionTaken getActionTaken();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdverseEvent#getActionTaken <em>Action Taken</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action Taken</em>' attribute.
	 * @see org.trialbench.clinical.ActionTaken
	 * @see #isSetActionTaken()
	 * @see #unsetActionTaken()
	 * @see #getActionTaken()
	 * @generated
	 */
	void setActionTaken(ActionTaken value);

	/**
	 * Unsets the value of the '{@link org.trialbench.clinical.AdverseEvent#getActionTaken <em>Action Taken</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetActionTaken()
	 * @see #getActionTaken()
	 * @see #setActionTaken(ActionTaken)
	 * @generated
	 */
	void unsetActionTaken();

	/**
	 * Returns whether the value of the '{@link org.trialbench.clinical.AdverseEvent#getActionTaken <em>Action Taken</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Action Taken</em>' attribute is set.
	 * @see #unsetActionTaken()
	 * @see #getActionTaken()
	 * @see #setActionTaken(ActionTaken)
	 * @generated
	 */
	boolean isSetActionTaken();

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link org.trialbench.clinical.AeOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see org.trialbench.clinical.AeOutcome
	 * @see #isSetOutcome()
	 * @see #unsetOutcome()
	 * @see #setOutcome(AeOutcome)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdverseEvent_Outcome()
	 * @model unsettable="true"
	 * @generated
	 */
	AeOutcome getOutcome();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdverseEvent#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see org.trialbench.clinical.AeOutcome
	 * @see #isSetOutcome()
	 * @see #unsetOutcome()
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(AeOutcome value);

	/**
	 * Unsets the value of the '{@link org.trialbench.clinical.AdverseEvent#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetOutcome()
	 * @see #getOutcome()
	 * @see #setOutcome(AeOutcome)
	 * @generated
	 */
	void unsetOutcome();

	/**
	 * Returns whether the value of the '{@link org.trialbench.clinical.AdverseEvent#getOutcome <em>Outcome</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Outcome</em>' attribute is set.
	 * @see #unsetOutcome()
	 * @see #getOutcome()
	 * @see #setOutcome(AeOutcome)
	 * @generated
	 */
	boolean isSetOutcome();

	/**
	 * Returns the value of the '<em><b>Expected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expected per the protocol's reference safety information; null until assessed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expected</em>' attribute.
	 * @see #setExpected(Boolean)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdverseEvent_Expected()
	 * @model
	 * @generated
	 */
	Boolean getExpected();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdverseEvent#getExpected <em>Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected</em>' attribute.
	 * @see #getExpected()
	 * @generated
	 */
	void setExpected(Boolean value);

	/**
	 * Returns the value of the '<em><b>Aware At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the site became aware of the event; starts the SAE reporting clock.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aware At</em>' attribute.
	 * @see #setAwareAt(Instant)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdverseEvent_AwareAt()
	 * @model dataType="org.trialbench.protocol.Instant"
	 * @generated
	 */
	Instant getAwareAt();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdverseEvent#getAwareAt <em>Aware At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Aware At</em>' attribute.
	 * @see #getAwareAt()
	 * @generated
	 */
	void setAwareAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Reported To Sponsor At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reported To Sponsor At</em>' attribute.
	 * @see #setReportedToSponsorAt(Instant)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdverseEvent_ReportedToSponsorAt()
	 * @model dataType="org.trialbench.protocol.Instant"
	 * @generated
	 */
	Instant getReportedToSponsorAt();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdverseEvent#getReportedToSponsorAt <em>Reported To Sponsor At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reported To Sponsor At</em>' attribute.
	 * @see #getReportedToSponsorAt()
	 * @generated
	 */
	void setReportedToSponsorAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Reported To Authority At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reported To Authority At</em>' attribute.
	 * @see #setReportedToAuthorityAt(Instant)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdverseEvent_ReportedToAuthorityAt()
	 * @model dataType="org.trialbench.protocol.Instant"
	 * @generated
	 */
	Instant getReportedToAuthorityAt();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdverseEvent#getReportedToAuthorityAt <em>Reported To Authority At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reported To Authority At</em>' attribute.
	 * @see #getReportedToAuthorityAt()
	 * @generated
	 */
	void setReportedToAuthorityAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Treatment Emergent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Onset on or after the date of the subject's first completed procedure visit (the study treatment in either arm). False before any procedure or without an onset date.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Treatment Emergent</em>' attribute.
	 * @see org.trialbench.clinical.ClinicalPackage#getAdverseEvent_TreatmentEmergent()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	boolean isTreatmentEmergent();

	/**
	 * Returns the value of the '<em><b>Sdv State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.trialbench.clinical.SdvState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Source data verification of the event against the site's source documents, kept like an item value's: a change of what the site reported (term, dates, grades, seriousness, relationship, action, outcome, awareness) after verification re-opens it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sdv State</em>' attribute.
	 * @see org.trialbench.clinical.SdvState
	 * @see #setSdvState(SdvState)
	 * @see org.trialbench.clinical.ClinicalPackage#getAdverseEvent_SdvState()
	 * @model
	 * @generated
	 */
	SdvState getSdvState();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdverseEvent#getSdvState <em>Sdv State</em>}' attribute.
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
	 * @see org.trialbench.clinical.ClinicalPackage#getAdverseEvent_VerifiedBy()
	 * @model
	 * @generated
	 */
	User getVerifiedBy();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdverseEvent#getVerifiedBy <em>Verified By</em>}' reference.
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
	 * @see org.trialbench.clinical.ClinicalPackage#getAdverseEvent_VerifiedAt()
	 * @model dataType="org.trialbench.protocol.Instant"
	 * @generated
	 */
	Instant getVerifiedAt();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.AdverseEvent#getVerifiedAt <em>Verified At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verified At</em>' attribute.
	 * @see #getVerifiedAt()
	 * @generated
	 */
	void setVerifiedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Queries</b></em>' containment reference list.
	 * The list contents are of type {@link org.trialbench.clinical.Query}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Queries</em>' containment reference list.
	 * @see org.trialbench.clinical.ClinicalPackage#getAdverseEvent_Queries()
	 * @model containment="true"
	 * @generated
	 */
	EList<Query> getQueries();

} // AdverseEvent
