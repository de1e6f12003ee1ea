/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.clinical.impl;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.trialbench.clinical.ActionTaken;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.AeOutcome;
import org.trialbench.clinical.AgreeGrade;
import org.trialbench.clinical.AsgeSeverity;
import org.trialbench.clinical.ClinicalPackage;
import org.trialbench.clinical.MeddraCoding;
import org.trialbench.clinical.Query;
import org.trialbench.clinical.Relationship;
import org.trialbench.clinical.SdvState;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.User;
import org.trialbench.clinical.Visit;
import org.trialbench.clinical.VisitStatus;

import org.trialbench.protocol.SeriousnessCriterion;
import org.trialbench.protocol.VisitKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Adverse Event</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.clinical.impl.AdverseEventImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdverseEventImpl#getVerbatimTerm <em>Verbatim Term</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdverseEventImpl#getCoding <em>Coding</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdverseEventImpl#getOnsetDate <em>Onset Date</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdverseEventImpl#getResolutionDate <em>Resolution Date</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdverseEventImpl#isOngoing <em>Ongoing</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdverseEventImpl#getCtcaeGrade <em>Ctcae Grade</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdverseEventImpl#getAsgeSeverity <em>Asge Severity</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdverseEventImpl#getAgreeGrade <em>Agree Grade</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdverseEventImpl#isSerious <em>Serious</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdverseEventImpl#getSeriousnessCriteria <em>Seriousness Criteria</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdverseEventImpl#getRelationship <em>Relationship</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdverseEventImpl#getActionTaken <em>Action Taken</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdverseEventImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdverseEventImpl#getExpected <em>Expected</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdverseEventImpl#getAwareAt <em>Aware At</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdverseEventImpl#getReportedToSponsorAt <em>Reported To Sponsor At</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdverseEventImpl#getReportedToAuthorityAt <em>Reported To Authority At</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdverseEventImpl#isTreatmentEmergent <em>Treatment Emergent</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdverseEventImpl#getSdvState <em>Sdv State</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdverseEventImpl#getVerifiedBy <em>Verified By</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdverseEventImpl#getVerifiedAt <em>Verified At</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.AdverseEventImpl#getQueries <em>Queries</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AdverseEventImpl extends ClinicalObjectImpl implements AdverseEvent {
	/**
	 * The default value of the '{@link #getVerbatimTerm() <em>Verbatim Term</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerbatimTerm()
	 * @generated
	 * @ordered
	 */
	protected static final String VERBATIM_TERM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVerbatimTerm() <em>Verbatim Term</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerbatimTerm()
	 * @generated
	 * @ordered
	 */
	protected String verbatimTerm = VERBATIM_TERM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCoding() <em>Coding</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoding()
	 * @generated
	 * @ordered
	 */
	protected MeddraCoding coding;

	/**
	 * The default value of the '{@link #getOnsetDate() <em>Onset Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnsetDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ONSET_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOnsetDate() <em>Onset Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnsetDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate onsetDate = ONSET_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getResolutionDate() <em>Resolution Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolutionDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate RESOLUTION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResolutionDate() <em>Resolution Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolutionDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate resolutionDate = RESOLUTION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #isOngoing() <em>Ongoing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOngoing()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ONGOING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOngoing() <em>Ongoing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOngoing()
	 * @generated
	 * @ordered
	 */
	protected boolean ongoing = ONGOING_EDEFAULT;

	/**
	 * The default value of the '{@link #getCtcaeGrade() <em>Ctcae Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCtcaeGrade()
	 * @generated
	 * @ordered
	 */
	protected static final Integer CTCAE_GRADE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCtcaeGrade() <em>Ctcae Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCtcaeGrade()
	 * @generated
	 * @ordered
	 */
	protected Integer ctcaeGrade = CTCAE_GRADE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAsgeSeverity() <em>Asge Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsgeSeverity()
	 * @generated
	 * @ordered
	 */
	protected static final AsgeSeverity ASGE_SEVERITY_EDEFAULT = AsgeSeverity.MILD;

	/**
	 * The cached value of the '{@link #getAsgeSeverity() <em>Asge Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsgeSeverity()
	 * @generated
	 * @ordered
	 */
	protected AsgeSeverity asgeSeverity = ASGE_SEVERITY_EDEFAULT;

	/**
	 * This is true if the Asge Severity attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean asgeSeverityESet;

	/**
	 * The default value of the '{@link #getAgreeGrade() <em>Agree Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgreeGrade()
	 * @generated
	 * @ordered
	 */
	protected static final AgreeGrade AGREE_GRADE_EDEFAULT = AgreeGrade.GRADE_I;

	/**
	 * The cached value of the '{@link #getAgreeGrade() <em>Agree Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgreeGrade()
	 * @generated
	 * @ordered
	 */
	protected AgreeGrade agreeGrade = AGREE_GRADE_EDEFAULT;

	/**
	 * This is true if the Agree Grade attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean agreeGradeESet;

	/**
	 * The default value of the '{@link #isSerious() <em>Serious</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSerious()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SERIOUS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSerious() <em>Serious</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSerious()
	 * @generated
	 * @ordered
	 */
	protected boolean serious = SERIOUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSeriousnessCriteria() <em>Seriousness Criteria</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeriousnessCriteria()
	 * @generated
	 * @ordered
	 */
	protected EList<SeriousnessCriterion> seriousnessCriteria;

	/**
	 * The default value of the '{@link #getRelationship() <em>Relationship</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationship()
	 * @generated
	 * @ordered
	 */
	protected static final Relationship RELATIONSHIP_EDEFAULT = Relationship.NOT_RELATED;

	/**
	 * The cached value of the '{@link #getRelationship() <em>Relationship</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationship()
	 * @generated
	 * @ordered
	 */
	protected Relationship relationship = RELATIONSHIP_EDEFAULT;

	/**
	 * This is true if the Relationship attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean relationshipESet;

	/**
	 * The default value of the '{@link #getActionTaken() <em>Action Taken</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActionTaken()
	 * @generated
	 * @ordered
	 */
	protected static final ActionTaken ACTION_TAKEN_EDEFAULT = ActionTaken.NONE;

	/**
	 * The cached value of the '{@link #getActionTaken() <em>Action Taken</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActionTaken()
	 * @generated
	 * @ordered
	 */
	protected ActionTaken actionTaken = ACTION_TAKEN_EDEFAULT;

	/**
	 * This is true if the Action Taken attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean actionTakenESet;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final AeOutcome OUTCOME_EDEFAULT = AeOutcome.RECOVERED;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected AeOutcome outcome = OUTCOME_EDEFAULT;

	/**
	 * This is true if the Outcome attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean outcomeESet;

	/**
	 * The default value of the '{@link #getExpected() <em>Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpected()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean EXPECTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpected() <em>Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpected()
	 * @generated
	 * @ordered
	 */
	protected Boolean expected = EXPECTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getAwareAt() <em>Aware At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAwareAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant AWARE_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAwareAt() <em>Aware At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAwareAt()
	 * @generated
	 * @ordered
	 */
	protected Instant awareAt = AWARE_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getReportedToSponsorAt() <em>Reported To Sponsor At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedToSponsorAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant REPORTED_TO_SPONSOR_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReportedToSponsorAt() <em>Reported To Sponsor At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedToSponsorAt()
	 * @generated
	 * @ordered
	 */
	protected Instant reportedToSponsorAt = REPORTED_TO_SPONSOR_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getReportedToAuthorityAt() <em>Reported To Authority At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedToAuthorityAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant REPORTED_TO_AUTHORITY_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReportedToAuthorityAt() <em>Reported To Authority At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedToAuthorityAt()
	 * @generated
	 * @ordered
	 */
	protected Instant reportedToAuthorityAt = REPORTED_TO_AUTHORITY_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #isTreatmentEmergent() <em>Treatment Emergent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTreatmentEmergent()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TREATMENT_EMERGENT_EDEFAULT = false;

	/**
	 * The default value of the '{@link #getSdvState() <em>Sdv State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSdvState()
	 * @generated
	 * @ordered
	 */
	protected static final SdvState SDV_STATE_EDEFAULT = SdvState.NOT_REQUIRED;

	/**
	 * The cached value of the '{@link #getSdvState() <em>Sdv State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSdvState()
	 * @generated
	 * @ordered
	 */
	protected SdvState sdvState = SDV_STATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVerifiedBy() <em>Verified By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerifiedBy()
	 * @generated
	 * @ordered
	 */
	protected User verifiedBy;

	/**
	 * The default value of the '{@link #getVerifiedAt() <em>Verified At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerifiedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant VERIFIED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVerifiedAt() <em>Verified At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerifiedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant verifiedAt = VERIFIED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getQueries() <em>Queries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueries()
	 * @generated
	 * @ordered
	 */
	protected EList<Query> queries;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AdverseEventImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.ADVERSE_EVENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Subject getSubject() {
		if (eContainerFeatureID() != ClinicalPackage.ADVERSE_EVENT__SUBJECT) return null;
		return (Subject)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSubject(Subject newSubject, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newSubject, ClinicalPackage.ADVERSE_EVENT__SUBJECT, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(Subject newSubject) {
		if (newSubject != eInternalContainer() || (eContainerFeatureID() != ClinicalPackage.ADVERSE_EVENT__SUBJECT && newSubject != null)) {
			if (EcoreUtil.isAncestor(this, newSubject))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newSubject != null)
				msgs = ((InternalEObject)newSubject).eInverseAdd(this, ClinicalPackage.SUBJECT__ADVERSE_EVENTS, Subject.class, msgs);
			msgs = basicSetSubject(newSubject, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADVERSE_EVENT__SUBJECT, newSubject, newSubject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVerbatimTerm() {
		return verbatimTerm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerbatimTerm(String newVerbatimTerm) {
		String oldVerbatimTerm = verbatimTerm;
		verbatimTerm = newVerbatimTerm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADVERSE_EVENT__VERBATIM_TERM, oldVerbatimTerm, verbatimTerm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeddraCoding getCoding() {
		return coding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCoding(MeddraCoding newCoding, NotificationChain msgs) {
		MeddraCoding oldCoding = coding;
		coding = newCoding;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADVERSE_EVENT__CODING, oldCoding, newCoding);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoding(MeddraCoding newCoding) {
		if (newCoding != coding) {
			NotificationChain msgs = null;
			if (coding != null)
				msgs = ((InternalEObject)coding).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClinicalPackage.ADVERSE_EVENT__CODING, null, msgs);
			if (newCoding != null)
				msgs = ((InternalEObject)newCoding).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ClinicalPackage.ADVERSE_EVENT__CODING, null, msgs);
			msgs = basicSetCoding(newCoding, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADVERSE_EVENT__CODING, newCoding, newCoding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getOnsetDate() {
		return onsetDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnsetDate(LocalDate newOnsetDate) {
		LocalDate oldOnsetDate = onsetDate;
		onsetDate = newOnsetDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADVERSE_EVENT__ONSET_DATE, oldOnsetDate, onsetDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getResolutionDate() {
		return resolutionDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolutionDate(LocalDate newResolutionDate) {
		LocalDate oldResolutionDate = resolutionDate;
		resolutionDate = newResolutionDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADVERSE_EVENT__RESOLUTION_DATE, oldResolutionDate, resolutionDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOngoing() {
		return ongoing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOngoing(boolean newOngoing) {
		boolean oldOngoing = ongoing;
		ongoing = newOngoing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADVERSE_EVENT__ONGOING, oldOngoing, ongoing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getCtcaeGrade() {
		return ctcaeGrade;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCtcaeGrade(Integer newCtcaeGrade) {
		Integer oldCtcaeGrade = ctcaeGrade;
		ctcaeGrade = newCtcaeGrade;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADVERSE_EVENT__CTCAE_GRADE, oldCtcaeGrade, ctcaeGrade));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AsgeSeverity getAsgeSeverity() {
		return asgeSeverity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAsgeSeverity(AsgeSeverity newAsgeSeverity) {
		AsgeSeverity oldAsgeSeverity = asgeSeverity;
		asgeSeverity = newAsgeSeverity == null ? ASGE_SEVERITY_EDEFAULT : newAsgeSeverity;
		boolean oldAsgeSeverityESet = asgeSeverityESet;
		asgeSeverityESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADVERSE_EVENT__ASGE_SEVERITY, oldAsgeSeverity, asgeSeverity, !oldAsgeSeverityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetAsgeSeverity() {
		AsgeSeverity oldAsgeSeverity = asgeSeverity;
		boolean oldAsgeSeverityESet = asgeSeverityESet;
		asgeSeverity = ASGE_SEVERITY_EDEFAULT;
		asgeSeverityESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ClinicalPackage.ADVERSE_EVENT__ASGE_SEVERITY, oldAsgeSeverity, ASGE_SEVERITY_EDEFAULT, oldAsgeSeverityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetAsgeSeverity() {
		return asgeSeverityESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgreeGrade getAgreeGrade() {
		return agreeGrade;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgreeGrade(AgreeGrade newAgreeGrade) {
		AgreeGrade oldAgreeGrade = agreeGrade;
		agreeGrade = newAgreeGrade == null ? AGREE_GRADE_EDEFAULT : newAgreeGrade;
		boolean oldAgreeGradeESet = agreeGradeESet;
		agreeGradeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADVERSE_EVENT__AGREE_GRADE, oldAgreeGrade, agreeGrade, !oldAgreeGradeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetAgreeGrade() {
		AgreeGrade oldAgreeGrade = agreeGrade;
		boolean oldAgreeGradeESet = agreeGradeESet;
		agreeGrade = AGREE_GRADE_EDEFAULT;
		agreeGradeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ClinicalPackage.ADVERSE_EVENT__AGREE_GRADE, oldAgreeGrade, AGREE_GRADE_EDEFAULT, oldAgreeGradeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetAgreeGrade() {
		return agreeGradeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSerious() {
		return serious;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSerious(boolean newSerious) {
		boolean oldSerious = serious;
		serious = newSerious;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADVERSE_EVENT__SERIOUS, oldSerious, serious));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SeriousnessCriterion> getSeriousnessCriteria() {
		if (seriousnessCriteria == null) {
			seriousnessCriteria = new EDataTypeUniqueEList<SeriousnessCriterion>(SeriousnessCriterion.class, this, ClinicalPackage.ADVERSE_EVENT__SERIOUSNESS_CRITERIA);
		}
		return seriousnessCriteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Relationship getRelationship() {
		return relationship;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelationship(Relationship newRelationship) {
		Relationship oldRelationship = relationship;
		relationship = newRelationship == null ? RELATIONSHIP_EDEFAULT : newRelationship;
		boolean oldRelationshipESet = relationshipESet;
		relationshipESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADVERSE_EVENT__RELATIONSHIP, oldRelationship, relationship, !oldRelationshipESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRelationship() {
		Relationship oldRelationship = relationship;
		boolean oldRelationshipESet = relationshipESet;
		relationship = RELATIONSHIP_EDEFAULT;
		relationshipESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ClinicalPackage.ADVERSE_EVENT__RELATIONSHIP, oldRelationship, RELATIONSHIP_EDEFAULT, oldRelationshipESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRelationship() {
		return relationshipESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionTaken getActionTaken() {
		return actionTaken;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActionTaken(ActionTaken newActionTaken) {
		ActionTaken oldActionTaken = actionTaken;
		actionTaken = newActionTaken == null ? ACTION_TAKEN_EDEFAULT : newActionTaken;
		boolean oldActionTakenESet = actionTakenESet;
		actionTakenESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADVERSE_EVENT__ACTION_TAKEN, oldActionTaken, actionTaken, !oldActionTakenESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetActionTaken() {
		ActionTaken oldActionTaken = actionTaken;
		boolean oldActionTakenESet = actionTakenESet;
		actionTaken = ACTION_TAKEN_EDEFAULT;
		actionTakenESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ClinicalPackage.ADVERSE_EVENT__ACTION_TAKEN, oldActionTaken, ACTION_TAKEN_EDEFAULT, oldActionTakenESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetActionTaken() {
		return actionTakenESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AeOutcome getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(AeOutcome newOutcome) {
		AeOutcome oldOutcome = outcome;
		outcome = newOutcome == null ? OUTCOME_EDEFAULT : newOutcome;
		boolean oldOutcomeESet = outcomeESet;
		outcomeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADVERSE_EVENT__OUTCOME, oldOutcome, outcome, !oldOutcomeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetOutcome() {
		AeOutcome oldOutcome = outcome;
		boolean oldOutcomeESet = outcomeESet;
		outcome = OUTCOME_EDEFAULT;
		outcomeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ClinicalPackage.ADVERSE_EVENT__OUTCOME, oldOutcome, OUTCOME_EDEFAULT, oldOutcomeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetOutcome() {
		return outcomeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getExpected() {
		return expected;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpected(Boolean newExpected) {
		Boolean oldExpected = expected;
		expected = newExpected;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADVERSE_EVENT__EXPECTED, oldExpected, expected));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAwareAt() {
		return awareAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAwareAt(Instant newAwareAt) {
		Instant oldAwareAt = awareAt;
		awareAt = newAwareAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADVERSE_EVENT__AWARE_AT, oldAwareAt, awareAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getReportedToSponsorAt() {
		return reportedToSponsorAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportedToSponsorAt(Instant newReportedToSponsorAt) {
		Instant oldReportedToSponsorAt = reportedToSponsorAt;
		reportedToSponsorAt = newReportedToSponsorAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADVERSE_EVENT__REPORTED_TO_SPONSOR_AT, oldReportedToSponsorAt, reportedToSponsorAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getReportedToAuthorityAt() {
		return reportedToAuthorityAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportedToAuthorityAt(Instant newReportedToAuthorityAt) {
		Instant oldReportedToAuthorityAt = reportedToAuthorityAt;
		reportedToAuthorityAt = newReportedToAuthorityAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADVERSE_EVENT__REPORTED_TO_AUTHORITY_AT, oldReportedToAuthorityAt, reportedToAuthorityAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTreatmentEmergent() {
		LocalDate onset = getOnsetDate();
		Subject subject = getSubject();
		if (onset == null || subject == null) {
		  return false;
		}
		for (Visit visit : subject.getVisits()) {
		  if (visit.getStatus() == VisitStatus.DONE && visit.getDate() != null
		      && visit.getDefinition() != null && visit.getDefinition().getKind() == VisitKind.PROCEDURE
		      && !onset.isBefore(visit.getDate())) {
		    return true;
		  }
		}
		return false;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SdvState getSdvState() {
		return sdvState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSdvState(SdvState newSdvState) {
		SdvState oldSdvState = sdvState;
		sdvState = newSdvState == null ? SDV_STATE_EDEFAULT : newSdvState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADVERSE_EVENT__SDV_STATE, oldSdvState, sdvState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public User getVerifiedBy() {
		if (verifiedBy != null && verifiedBy.eIsProxy()) {
			InternalEObject oldVerifiedBy = (InternalEObject)verifiedBy;
			verifiedBy = (User)eResolveProxy(oldVerifiedBy);
			if (verifiedBy != oldVerifiedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ClinicalPackage.ADVERSE_EVENT__VERIFIED_BY, oldVerifiedBy, verifiedBy));
			}
		}
		return verifiedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public User basicGetVerifiedBy() {
		return verifiedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerifiedBy(User newVerifiedBy) {
		User oldVerifiedBy = verifiedBy;
		verifiedBy = newVerifiedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADVERSE_EVENT__VERIFIED_BY, oldVerifiedBy, verifiedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getVerifiedAt() {
		return verifiedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerifiedAt(Instant newVerifiedAt) {
		Instant oldVerifiedAt = verifiedAt;
		verifiedAt = newVerifiedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.ADVERSE_EVENT__VERIFIED_AT, oldVerifiedAt, verifiedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Query> getQueries() {
		if (queries == null) {
			queries = new EObjectContainmentEList<Query>(Query.class, this, ClinicalPackage.ADVERSE_EVENT__QUERIES);
		}
		return queries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClinicalPackage.ADVERSE_EVENT__SUBJECT:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetSubject((Subject)otherEnd, msgs);
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
			case ClinicalPackage.ADVERSE_EVENT__SUBJECT:
				return basicSetSubject(null, msgs);
			case ClinicalPackage.ADVERSE_EVENT__CODING:
				return basicSetCoding(null, msgs);
			case ClinicalPackage.ADVERSE_EVENT__QUERIES:
				return ((InternalEList<?>)getQueries()).basicRemove(otherEnd, msgs);
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
			case ClinicalPackage.ADVERSE_EVENT__SUBJECT:
				return eInternalContainer().eInverseRemove(this, ClinicalPackage.SUBJECT__ADVERSE_EVENTS, Subject.class, msgs);
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
			case ClinicalPackage.ADVERSE_EVENT__SUBJECT:
				return getSubject();
			case ClinicalPackage.ADVERSE_EVENT__VERBATIM_TERM:
				return getVerbatimTerm();
			case ClinicalPackage.ADVERSE_EVENT__CODING:
				return getCoding();
			case ClinicalPackage.ADVERSE_EVENT__ONSET_DATE:
				return getOnsetDate();
			case ClinicalPackage.ADVERSE_EVENT__RESOLUTION_DATE:
				return getResolutionDate();
			case ClinicalPackage.ADVERSE_EVENT__ONGOING:
				return isOngoing();
			case ClinicalPackage.ADVERSE_EVENT__CTCAE_GRADE:
				return getCtcaeGrade();
			case ClinicalPackage.ADVERSE_EVENT__ASGE_SEVERITY:
				return getAsgeSeverity();
			case ClinicalPackage.ADVERSE_EVENT__AGREE_GRADE:
				return getAgreeGrade();
			case ClinicalPackage.ADVERSE_EVENT__SERIOUS:
				return isSerious();
			case ClinicalPackage.ADVERSE_EVENT__SERIOUSNESS_CRITERIA:
				return getSeriousnessCriteria();
			case ClinicalPackage.ADVERSE_EVENT__RELATIONSHIP:
				return getRelationship();
			case ClinicalPackage.ADVERSE_EVENT__ACTION_TAKEN:
				return getActionTaken();
			case ClinicalPackage.ADVERSE_EVENT__OUTCOME:
				return getOutcome();
			case ClinicalPackage.ADVERSE_EVENT__EXPECTED:
				return getExpected();
			case ClinicalPackage.ADVERSE_EVENT__AWARE_AT:
				return getAwareAt();
			case ClinicalPackage.ADVERSE_EVENT__REPORTED_TO_SPONSOR_AT:
				return getReportedToSponsorAt();
			case ClinicalPackage.ADVERSE_EVENT__REPORTED_TO_AUTHORITY_AT:
				return getReportedToAuthorityAt();
			case ClinicalPackage.ADVERSE_EVENT__TREATMENT_EMERGENT:
				return isTreatmentEmergent();
			case ClinicalPackage.ADVERSE_EVENT__SDV_STATE:
				return getSdvState();
			case ClinicalPackage.ADVERSE_EVENT__VERIFIED_BY:
				if (resolve) return getVerifiedBy();
				return basicGetVerifiedBy();
			case ClinicalPackage.ADVERSE_EVENT__VERIFIED_AT:
				return getVerifiedAt();
			case ClinicalPackage.ADVERSE_EVENT__QUERIES:
				return getQueries();
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
			case ClinicalPackage.ADVERSE_EVENT__SUBJECT:
				setSubject((Subject)newValue);
				return;
			case ClinicalPackage.ADVERSE_EVENT__VERBATIM_TERM:
				setVerbatimTerm((String)newValue);
				return;
			case ClinicalPackage.ADVERSE_EVENT__CODING:
				setCoding((MeddraCoding)newValue);
				return;
			case ClinicalPackage.ADVERSE_EVENT__ONSET_DATE:
				setOnsetDate((LocalDate)newValue);
				return;
			case ClinicalPackage.ADVERSE_EVENT__RESOLUTION_DATE:
				setResolutionDate((LocalDate)newValue);
				return;
			case ClinicalPackage.ADVERSE_EVENT__ONGOING:
				setOngoing((Boolean)newValue);
				return;
			case ClinicalPackage.ADVERSE_EVENT__CTCAE_GRADE:
				setCtcaeGrade((Integer)newValue);
				return;
			case ClinicalPackage.ADVERSE_EVENT__ASGE_SEVERITY:
				setAsgeSeverity((AsgeSeverity)newValue);
				return;
			case ClinicalPackage.ADVERSE_EVENT__AGREE_GRADE:
				setAgreeGrade((AgreeGrade)newValue);
				return;
			case ClinicalPackage.ADVERSE_EVENT__SERIOUS:
				setSerious((Boolean)newValue);
				return;
			case ClinicalPackage.ADVERSE_EVENT__SERIOUSNESS_CRITERIA:
				getSeriousnessCriteria().clear();
				getSeriousnessCriteria().addAll((Collection<? extends SeriousnessCriterion>)newValue);
				return;
			case ClinicalPackage.ADVERSE_EVENT__RELATIONSHIP:
				setRelationship((Relationship)newValue);
				return;
			case ClinicalPackage.ADVERSE_EVENT__ACTION_TAKEN:
				setActionTaken((ActionTaken)newValue);
				return;
			case ClinicalPackage.ADVERSE_EVENT__OUTCOME:
				setOutcome((AeOutcome)newValue);
				return;
			case ClinicalPackage.ADVERSE_EVENT__EXPECTED:
				setExpected((Boolean)newValue);
				return;
			case ClinicalPackage.ADVERSE_EVENT__AWARE_AT:
				setAwareAt((Instant)newValue);
				return;
			case ClinicalPackage.ADVERSE_EVENT__REPORTED_TO_SPONSOR_AT:
				setReportedToSponsorAt((Instant)newValue);
				return;
			case ClinicalPackage.ADVERSE_EVENT__REPORTED_TO_AUTHORITY_AT:
				setReportedToAuthorityAt((Instant)newValue);
				return;
			case ClinicalPackage.ADVERSE_EVENT__SDV_STATE:
				setSdvState((SdvState)newValue);
				return;
			case ClinicalPackage.ADVERSE_EVENT__VERIFIED_BY:
				setVerifiedBy((User)newValue);
				return;
			case ClinicalPackage.ADVERSE_EVENT__VERIFIED_AT:
				setVerifiedAt((Instant)newValue);
				return;
			case ClinicalPackage.ADVERSE_EVENT__QUERIES:
				getQueries().clear();
				getQueries().addAll((Collection<? extends Query>)newValue);
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
			case ClinicalPackage.ADVERSE_EVENT__SUBJECT:
				setSubject((Subject)null);
				return;
			case ClinicalPackage.ADVERSE_EVENT__VERBATIM_TERM:
				setVerbatimTerm(VERBATIM_TERM_EDEFAULT);
				return;
			case ClinicalPackage.ADVERSE_EVENT__CODING:
				setCoding((MeddraCoding)null);
				return;
			case ClinicalPackage.ADVERSE_EVENT__ONSET_DATE:
				setOnsetDate(ONSET_DATE_EDEFAULT);
				return;
			case ClinicalPackage.ADVERSE_EVENT__RESOLUTION_DATE:
				setResolutionDate(RESOLUTION_DATE_EDEFAULT);
				return;
			case ClinicalPackage.ADVERSE_EVENT__ONGOING:
				setOngoing(ONGOING_EDEFAULT);
				return;
			case ClinicalPackage.ADVERSE_EVENT__CTCAE_GRADE:
				setCtcaeGrade(CTCAE_GRADE_EDEFAULT);
				return;
			case ClinicalPackage.ADVERSE_EVENT__ASGE_SEVERITY:
				unsetAsgeSeverity();
				return;
			case ClinicalPackage.ADVERSE_EVENT__AGREE_GRADE:
				unsetAgreeGrade();
				return;
			case ClinicalPackage.ADVERSE_EVENT__SERIOUS:
				setSerious(SERIOUS_EDEFAULT);
				return;
			case ClinicalPackage.ADVERSE_EVENT__SERIOUSNESS_CRITERIA:
				getSeriousnessCriteria().clear();
				return;
			case ClinicalPackage.ADVERSE_EVENT__RELATIONSHIP:
				unsetRelationship();
				return;
			case ClinicalPackage.ADVERSE_EVENT__ACTION_TAKEN:
				unsetActionTaken();
				return;
			case ClinicalPackage.ADVERSE_EVENT__OUTCOME:
				unsetOutcome();
				return;
			case ClinicalPackage.ADVERSE_EVENT__EXPECTED:
				setExpected(EXPECTED_EDEFAULT);
				return;
			case ClinicalPackage.ADVERSE_EVENT__AWARE_AT:
				setAwareAt(AWARE_AT_EDEFAULT);
				return;
			case ClinicalPackage.ADVERSE_EVENT__REPORTED_TO_SPONSOR_AT:
				setReportedToSponsorAt(REPORTED_TO_SPONSOR_AT_EDEFAULT);
				return;
			case ClinicalPackage.ADVERSE_EVENT__REPORTED_TO_AUTHORITY_AT:
				setReportedToAuthorityAt(REPORTED_TO_AUTHORITY_AT_EDEFAULT);
				return;
			case ClinicalPackage.ADVERSE_EVENT__SDV_STATE:
				setSdvState(SDV_STATE_EDEFAULT);
				return;
			case ClinicalPackage.ADVERSE_EVENT__VERIFIED_BY:
				setVerifiedBy((User)null);
				return;
			case ClinicalPackage.ADVERSE_EVENT__VERIFIED_AT:
				setVerifiedAt(VERIFIED_AT_EDEFAULT);
				return;
			case ClinicalPackage.ADVERSE_EVENT__QUERIES:
				getQueries().clear();
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
			case ClinicalPackage.ADVERSE_EVENT__SUBJECT:
				return getSubject() != null;
			case ClinicalPackage.ADVERSE_EVENT__VERBATIM_TERM:
				return VERBATIM_TERM_EDEFAULT == null ? verbatimTerm != null : !VERBATIM_TERM_EDEFAULT.equals(verbatimTerm);
			case ClinicalPackage.ADVERSE_EVENT__CODING:
				return coding != null;
			case ClinicalPackage.ADVERSE_EVENT__ONSET_DATE:
				return ONSET_DATE_EDEFAULT == null ? onsetDate != null : !ONSET_DATE_EDEFAULT.equals(onsetDate);
			case ClinicalPackage.ADVERSE_EVENT__RESOLUTION_DATE:
				return RESOLUTION_DATE_EDEFAULT == null ? resolutionDate != null : !RESOLUTION_DATE_EDEFAULT.equals(resolutionDate);
			case ClinicalPackage.ADVERSE_EVENT__ONGOING:
				return ongoing != ONGOING_EDEFAULT;
			case ClinicalPackage.ADVERSE_EVENT__CTCAE_GRADE:
				return CTCAE_GRADE_EDEFAULT == null ? ctcaeGrade != null : !CTCAE_GRADE_EDEFAULT.equals(ctcaeGrade);
			case ClinicalPackage.ADVERSE_EVENT__ASGE_SEVERITY:
				return isSetAsgeSeverity();
			case ClinicalPackage.ADVERSE_EVENT__AGREE_GRADE:
				return isSetAgreeGrade();
			case ClinicalPackage.ADVERSE_EVENT__SERIOUS:
				return serious != SERIOUS_EDEFAULT;
			case ClinicalPackage.ADVERSE_EVENT__SERIOUSNESS_CRITERIA:
				return seriousnessCriteria != null && !seriousnessCriteria.isEmpty();
			case ClinicalPackage.ADVERSE_EVENT__RELATIONSHIP:
				return isSetRelationship();
			case ClinicalPackage.ADVERSE_EVENT__ACTION_TAKEN:
				return isSetActionTaken();
			case ClinicalPackage.ADVERSE_EVENT__OUTCOME:
				return isSetOutcome();
			case ClinicalPackage.ADVERSE_EVENT__EXPECTED:
				return EXPECTED_EDEFAULT == null ? expected != null : !EXPECTED_EDEFAULT.equals(expected);
			case ClinicalPackage.ADVERSE_EVENT__AWARE_AT:
				return AWARE_AT_EDEFAULT == null ? awareAt != null : !AWARE_AT_EDEFAULT.equals(awareAt);
			case ClinicalPackage.ADVERSE_EVENT__REPORTED_TO_SPONSOR_AT:
				return REPORTED_TO_SPONSOR_AT_EDEFAULT == null ? reportedToSponsorAt != null : !REPORTED_TO_SPONSOR_AT_EDEFAULT.equals(reportedToSponsorAt);
			case ClinicalPackage.ADVERSE_EVENT__REPORTED_TO_AUTHORITY_AT:
				return REPORTED_TO_AUTHORITY_AT_EDEFAULT == null ? reportedToAuthorityAt != null : !REPORTED_TO_AUTHORITY_AT_EDEFAULT.equals(reportedToAuthorityAt);
			case ClinicalPackage.ADVERSE_EVENT__TREATMENT_EMERGENT:
				return isTreatmentEmergent() != TREATMENT_EMERGENT_EDEFAULT;
			case ClinicalPackage.ADVERSE_EVENT__SDV_STATE:
				return sdvState != SDV_STATE_EDEFAULT;
			case ClinicalPackage.ADVERSE_EVENT__VERIFIED_BY:
				return verifiedBy != null;
			case ClinicalPackage.ADVERSE_EVENT__VERIFIED_AT:
				return VERIFIED_AT_EDEFAULT == null ? verifiedAt != null : !VERIFIED_AT_EDEFAULT.equals(verifiedAt);
			case ClinicalPackage.ADVERSE_EVENT__QUERIES:
				return queries != null && !queries.isEmpty();
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
		result.append(" (verbatimTerm: ");
		result.append(verbatimTerm);
		result.append(", onsetDate: ");
		result.append(onsetDate);
		result.append(", resolutionDate: ");
		result.append(resolutionDate);
		result.append(", ongoing: ");
		result.append(ongoing);
		result.append(", ctcaeGrade: ");
		result.append(ctcaeGrade);
		result.append(", asgeSeverity: ");
		if (asgeSeverityESet) result.append(asgeSeverity); else result.append("<unset>");
		result.append(", agreeGrade: ");
		if (agreeGradeESet) result.append(agreeGrade); else result.append("<unset>");
		result.append(", serious: ");
		result.append(serious);
		result.append(", seriousnessCriteria: ");
		result.append(seriousnessCriteria);
		result.append(", relationship: ");
		if (relationshipESet) result.append(relationship); else result.append("<unset>");
		result.append(", actionTaken: ");
		if (actionTakenESet) result.append(actionTaken); else result.append("<unset>");
		result.append(", outcome: ");
		if (outcomeESet) result.append(outcome); else result.append("<unset>");
		result.append(", expected: ");
		result.append(expected);
		result.append(", awareAt: ");
		result.append(awareAt);
		result.append(", reportedToSponsorAt: ");
		result.append(reportedToSponsorAt);
		result.append(", reportedToAuthorityAt: ");
		result.append(reportedToAuthorityAt);
		result.append(", sdvState: ");
		result.append(sdvState);
		result.append(", verifiedAt: ");
		result.append(verifiedAt);
		result.append(')');
		return result.toString();
	}

} //AdverseEventImpl
