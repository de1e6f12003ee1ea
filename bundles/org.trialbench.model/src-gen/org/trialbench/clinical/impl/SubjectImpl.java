/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.clinical.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.Allocation;
import org.trialbench.clinical.ClinicalPackage;
import org.trialbench.clinical.EligibilityAnswer;
import org.trialbench.clinical.ScreenFailCategory;
import org.trialbench.clinical.SdvState;
import org.trialbench.clinical.Sex;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.clinical.User;
import org.trialbench.clinical.Visit;

import org.trialbench.protocol.Stratum;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Subject</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.clinical.impl.SubjectImpl#getScreeningNumber <em>Screening Number</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.SubjectImpl#getSite <em>Site</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.SubjectImpl#getSex <em>Sex</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.SubjectImpl#getBirthDate <em>Birth Date</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.SubjectImpl#getConsentDate <em>Consent Date</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.SubjectImpl#getConsentVersion <em>Consent Version</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.SubjectImpl#getAgeAtConsent <em>Age At Consent</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.SubjectImpl#getEligibilityAnswers <em>Eligibility Answers</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.SubjectImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.SubjectImpl#getScreenFailCategory <em>Screen Fail Category</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.SubjectImpl#getScreenFailReason <em>Screen Fail Reason</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.SubjectImpl#getEnrolmentDate <em>Enrolment Date</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.SubjectImpl#getStratum <em>Stratum</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.SubjectImpl#getAllocation <em>Allocation</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.SubjectImpl#getVisits <em>Visits</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.SubjectImpl#getAdverseEvents <em>Adverse Events</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.SubjectImpl#getWithdrawalDate <em>Withdrawal Date</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.SubjectImpl#getWithdrawalReason <em>Withdrawal Reason</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.SubjectImpl#getSdvState <em>Sdv State</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.SubjectImpl#getVerifiedBy <em>Verified By</em>}</li>
 *   <li>{@link org.trialbench.clinical.impl.SubjectImpl#getVerifiedAt <em>Verified At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SubjectImpl extends ClinicalObjectImpl implements Subject {
	/**
	 * The default value of the '{@link #getScreeningNumber() <em>Screening Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScreeningNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String SCREENING_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScreeningNumber() <em>Screening Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScreeningNumber()
	 * @generated
	 * @ordered
	 */
	protected String screeningNumber = SCREENING_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSex() <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSex()
	 * @generated
	 * @ordered
	 */
	protected static final Sex SEX_EDEFAULT = Sex.FEMALE;

	/**
	 * The cached value of the '{@link #getSex() <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSex()
	 * @generated
	 * @ordered
	 */
	protected Sex sex = SEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getBirthDate() <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate BIRTH_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBirthDate() <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate birthDate = BIRTH_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getConsentDate() <em>Consent Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsentDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate CONSENT_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConsentDate() <em>Consent Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsentDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate consentDate = CONSENT_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getConsentVersion() <em>Consent Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsentVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String CONSENT_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConsentVersion() <em>Consent Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsentVersion()
	 * @generated
	 * @ordered
	 */
	protected String consentVersion = CONSENT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAgeAtConsent() <em>Age At Consent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgeAtConsent()
	 * @generated
	 * @ordered
	 */
	protected static final Integer AGE_AT_CONSENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEligibilityAnswers() <em>Eligibility Answers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEligibilityAnswers()
	 * @generated
	 * @ordered
	 */
	protected EList<EligibilityAnswer> eligibilityAnswers;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final SubjectStatus STATUS_EDEFAULT = SubjectStatus.SCREENING;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected SubjectStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getScreenFailCategory() <em>Screen Fail Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScreenFailCategory()
	 * @generated
	 * @ordered
	 */
	protected static final ScreenFailCategory SCREEN_FAIL_CATEGORY_EDEFAULT = ScreenFailCategory.NOT_MEETING_CRITERIA;

	/**
	 * The cached value of the '{@link #getScreenFailCategory() <em>Screen Fail Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScreenFailCategory()
	 * @generated
	 * @ordered
	 */
	protected ScreenFailCategory screenFailCategory = SCREEN_FAIL_CATEGORY_EDEFAULT;

	/**
	 * This is true if the Screen Fail Category attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean screenFailCategoryESet;

	/**
	 * The default value of the '{@link #getScreenFailReason() <em>Screen Fail Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScreenFailReason()
	 * @generated
	 * @ordered
	 */
	protected static final String SCREEN_FAIL_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScreenFailReason() <em>Screen Fail Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScreenFailReason()
	 * @generated
	 * @ordered
	 */
	protected String screenFailReason = SCREEN_FAIL_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnrolmentDate() <em>Enrolment Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnrolmentDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ENROLMENT_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnrolmentDate() <em>Enrolment Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnrolmentDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate enrolmentDate = ENROLMENT_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStratum() <em>Stratum</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStratum()
	 * @generated
	 * @ordered
	 */
	protected Stratum stratum;

	/**
	 * The cached value of the '{@link #getAllocation() <em>Allocation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocation()
	 * @generated
	 * @ordered
	 */
	protected Allocation allocation;

	/**
	 * The cached value of the '{@link #getVisits() <em>Visits</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisits()
	 * @generated
	 * @ordered
	 */
	protected EList<Visit> visits;

	/**
	 * The cached value of the '{@link #getAdverseEvents() <em>Adverse Events</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdverseEvents()
	 * @generated
	 * @ordered
	 */
	protected EList<AdverseEvent> adverseEvents;

	/**
	 * The default value of the '{@link #getWithdrawalDate() <em>Withdrawal Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWithdrawalDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate WITHDRAWAL_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWithdrawalDate() <em>Withdrawal Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWithdrawalDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate withdrawalDate = WITHDRAWAL_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWithdrawalReason() <em>Withdrawal Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWithdrawalReason()
	 * @generated
	 * @ordered
	 */
	protected static final String WITHDRAWAL_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWithdrawalReason() <em>Withdrawal Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWithdrawalReason()
	 * @generated
	 * @ordered
	 */
	protected String withdrawalReason = WITHDRAWAL_REASON_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClinicalPackage.Literals.SUBJECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScreeningNumber() {
		return screeningNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScreeningNumber(String newScreeningNumber) {
		String oldScreeningNumber = screeningNumber;
		screeningNumber = newScreeningNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SUBJECT__SCREENING_NUMBER, oldScreeningNumber, screeningNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site getSite() {
		if (eContainerFeatureID() != ClinicalPackage.SUBJECT__SITE) return null;
		return (Site)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSite(Site newSite, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newSite, ClinicalPackage.SUBJECT__SITE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSite(Site newSite) {
		if (newSite != eInternalContainer() || (eContainerFeatureID() != ClinicalPackage.SUBJECT__SITE && newSite != null)) {
			if (EcoreUtil.isAncestor(this, newSite))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newSite != null)
				msgs = ((InternalEObject)newSite).eInverseAdd(this, ClinicalPackage.SITE__SUBJECTS, Site.class, msgs);
			msgs = basicSetSite(newSite, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SUBJECT__SITE, newSite, newSite));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sex getSex() {
		return sex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSex(Sex newSex) {
		Sex oldSex = sex;
		sex = newSex == null ? SEX_EDEFAULT : newSex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SUBJECT__SEX, oldSex, sex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getBirthDate() {
		return birthDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBirthDate(LocalDate newBirthDate) {
		LocalDate oldBirthDate = birthDate;
		birthDate = newBirthDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SUBJECT__BIRTH_DATE, oldBirthDate, birthDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getConsentDate() {
		return consentDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsentDate(LocalDate newConsentDate) {
		LocalDate oldConsentDate = consentDate;
		consentDate = newConsentDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SUBJECT__CONSENT_DATE, oldConsentDate, consentDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConsentVersion() {
		return consentVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsentVersion(String newConsentVersion) {
		String oldConsentVersion = consentVersion;
		consentVersion = newConsentVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SUBJECT__CONSENT_VERSION, oldConsentVersion, consentVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getAgeAtConsent() {
		LocalDate birth = getBirthDate();
		LocalDate consent = getConsentDate();
		if (birth == null || consent == null || consent.isBefore(birth)) {
		  return null;
		}
		return Period.between(birth, consent).getYears();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EligibilityAnswer> getEligibilityAnswers() {
		if (eligibilityAnswers == null) {
			eligibilityAnswers = new EObjectContainmentEList<EligibilityAnswer>(EligibilityAnswer.class, this, ClinicalPackage.SUBJECT__ELIGIBILITY_ANSWERS);
		}
		return eligibilityAnswers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubjectStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(SubjectStatus newStatus) {
		SubjectStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SUBJECT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScreenFailCategory getScreenFailCategory() {
		return screenFailCategory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScreenFailCategory(ScreenFailCategory newScreenFailCategory) {
		ScreenFailCategory oldScreenFailCategory = screenFailCategory;
		screenFailCategory = newScreenFailCategory == null ? SCREEN_FAIL_CATEGORY_EDEFAULT : newScreenFailCategory;
		boolean oldScreenFailCategoryESet = screenFailCategoryESet;
		screenFailCategoryESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SUBJECT__SCREEN_FAIL_CATEGORY, oldScreenFailCategory, screenFailCategory, !oldScreenFailCategoryESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetScreenFailCategory() {
		ScreenFailCategory oldScreenFailCategory = screenFailCategory;
		boolean oldScreenFailCategoryESet = screenFailCategoryESet;
		screenFailCategory = SCREEN_FAIL_CATEGORY_EDEFAULT;
		screenFailCategoryESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ClinicalPackage.SUBJECT__SCREEN_FAIL_CATEGORY, oldScreenFailCategory, SCREEN_FAIL_CATEGORY_EDEFAULT, oldScreenFailCategoryESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetScreenFailCategory() {
		return screenFailCategoryESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScreenFailReason() {
		return screenFailReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScreenFailReason(String newScreenFailReason) {
		String oldScreenFailReason = screenFailReason;
		screenFailReason = newScreenFailReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SUBJECT__SCREEN_FAIL_REASON, oldScreenFailReason, screenFailReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEnrolmentDate() {
		return enrolmentDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnrolmentDate(LocalDate newEnrolmentDate) {
		LocalDate oldEnrolmentDate = enrolmentDate;
		enrolmentDate = newEnrolmentDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SUBJECT__ENROLMENT_DATE, oldEnrolmentDate, enrolmentDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stratum getStratum() {
		if (stratum != null && stratum.eIsProxy()) {
			InternalEObject oldStratum = (InternalEObject)stratum;
			stratum = (Stratum)eResolveProxy(oldStratum);
			if (stratum != oldStratum) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ClinicalPackage.SUBJECT__STRATUM, oldStratum, stratum));
			}
		}
		return stratum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Stratum basicGetStratum() {
		return stratum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStratum(Stratum newStratum) {
		Stratum oldStratum = stratum;
		stratum = newStratum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SUBJECT__STRATUM, oldStratum, stratum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Allocation getAllocation() {
		return allocation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAllocation(Allocation newAllocation, NotificationChain msgs) {
		Allocation oldAllocation = allocation;
		allocation = newAllocation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ClinicalPackage.SUBJECT__ALLOCATION, oldAllocation, newAllocation);
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
	public void setAllocation(Allocation newAllocation) {
		if (newAllocation != allocation) {
			NotificationChain msgs = null;
			if (allocation != null)
				msgs = ((InternalEObject)allocation).eInverseRemove(this, ClinicalPackage.ALLOCATION__SUBJECT, Allocation.class, msgs);
			if (newAllocation != null)
				msgs = ((InternalEObject)newAllocation).eInverseAdd(this, ClinicalPackage.ALLOCATION__SUBJECT, Allocation.class, msgs);
			msgs = basicSetAllocation(newAllocation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SUBJECT__ALLOCATION, newAllocation, newAllocation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Visit> getVisits() {
		if (visits == null) {
			visits = new EObjectContainmentWithInverseEList<Visit>(Visit.class, this, ClinicalPackage.SUBJECT__VISITS, ClinicalPackage.VISIT__SUBJECT);
		}
		return visits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AdverseEvent> getAdverseEvents() {
		if (adverseEvents == null) {
			adverseEvents = new EObjectContainmentWithInverseEList<AdverseEvent>(AdverseEvent.class, this, ClinicalPackage.SUBJECT__ADVERSE_EVENTS, ClinicalPackage.ADVERSE_EVENT__SUBJECT);
		}
		return adverseEvents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getWithdrawalDate() {
		return withdrawalDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWithdrawalDate(LocalDate newWithdrawalDate) {
		LocalDate oldWithdrawalDate = withdrawalDate;
		withdrawalDate = newWithdrawalDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SUBJECT__WITHDRAWAL_DATE, oldWithdrawalDate, withdrawalDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWithdrawalReason() {
		return withdrawalReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWithdrawalReason(String newWithdrawalReason) {
		String oldWithdrawalReason = withdrawalReason;
		withdrawalReason = newWithdrawalReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SUBJECT__WITHDRAWAL_REASON, oldWithdrawalReason, withdrawalReason));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SUBJECT__SDV_STATE, oldSdvState, sdvState));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ClinicalPackage.SUBJECT__VERIFIED_BY, oldVerifiedBy, verifiedBy));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SUBJECT__VERIFIED_BY, oldVerifiedBy, verifiedBy));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClinicalPackage.SUBJECT__VERIFIED_AT, oldVerifiedAt, verifiedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ClinicalPackage.SUBJECT__SITE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetSite((Site)otherEnd, msgs);
			case ClinicalPackage.SUBJECT__ALLOCATION:
				if (allocation != null)
					msgs = ((InternalEObject)allocation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ClinicalPackage.SUBJECT__ALLOCATION, null, msgs);
				return basicSetAllocation((Allocation)otherEnd, msgs);
			case ClinicalPackage.SUBJECT__VISITS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getVisits()).basicAdd(otherEnd, msgs);
			case ClinicalPackage.SUBJECT__ADVERSE_EVENTS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getAdverseEvents()).basicAdd(otherEnd, msgs);
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
			case ClinicalPackage.SUBJECT__SITE:
				return basicSetSite(null, msgs);
			case ClinicalPackage.SUBJECT__ELIGIBILITY_ANSWERS:
				return ((InternalEList<?>)getEligibilityAnswers()).basicRemove(otherEnd, msgs);
			case ClinicalPackage.SUBJECT__ALLOCATION:
				return basicSetAllocation(null, msgs);
			case ClinicalPackage.SUBJECT__VISITS:
				return ((InternalEList<?>)getVisits()).basicRemove(otherEnd, msgs);
			case ClinicalPackage.SUBJECT__ADVERSE_EVENTS:
				return ((InternalEList<?>)getAdverseEvents()).basicRemove(otherEnd, msgs);
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
			case ClinicalPackage.SUBJECT__SITE:
				return eInternalContainer().eInverseRemove(this, ClinicalPackage.SITE__SUBJECTS, Site.class, msgs);
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
			case ClinicalPackage.SUBJECT__SCREENING_NUMBER:
				return getScreeningNumber();
			case ClinicalPackage.SUBJECT__SITE:
				return getSite();
			case ClinicalPackage.SUBJECT__SEX:
				return getSex();
			case ClinicalPackage.SUBJECT__BIRTH_DATE:
				return getBirthDate();
			case ClinicalPackage.SUBJECT__CONSENT_DATE:
				return getConsentDate();
			case ClinicalPackage.SUBJECT__CONSENT_VERSION:
				return getConsentVersion();
			case ClinicalPackage.SUBJECT__AGE_AT_CONSENT:
				return getAgeAtConsent();
			case ClinicalPackage.SUBJECT__ELIGIBILITY_ANSWERS:
				return getEligibilityAnswers();
			case ClinicalPackage.SUBJECT__STATUS:
				return getStatus();
			case ClinicalPackage.SUBJECT__SCREEN_FAIL_CATEGORY:
				return getScreenFailCategory();
			case ClinicalPackage.SUBJECT__SCREEN_FAIL_REASON:
				return getScreenFailReason();
			case ClinicalPackage.SUBJECT__ENROLMENT_DATE:
				return getEnrolmentDate();
			case ClinicalPackage.SUBJECT__STRATUM:
				if (resolve) return getStratum();
				return basicGetStratum();
			case ClinicalPackage.SUBJECT__ALLOCATION:
				return getAllocation();
			case ClinicalPackage.SUBJECT__VISITS:
				return getVisits();
			case ClinicalPackage.SUBJECT__ADVERSE_EVENTS:
				return getAdverseEvents();
			case ClinicalPackage.SUBJECT__WITHDRAWAL_DATE:
				return getWithdrawalDate();
			case ClinicalPackage.SUBJECT__WITHDRAWAL_REASON:
				return getWithdrawalReason();
			case ClinicalPackage.SUBJECT__SDV_STATE:
				return getSdvState();
			case ClinicalPackage.SUBJECT__VERIFIED_BY:
				if (resolve) return getVerifiedBy();
				return basicGetVerifiedBy();
			case ClinicalPackage.SUBJECT__VERIFIED_AT:
				return getVerifiedAt();
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
			case ClinicalPackage.SUBJECT__SCREENING_NUMBER:
				setScreeningNumber((String)newValue);
				return;
			case ClinicalPackage.SUBJECT__SITE:
				setSite((Site)newValue);
				return;
			case ClinicalPackage.SUBJECT__SEX:
				setSex((Sex)newValue);
				return;
			case ClinicalPackage.SUBJECT__BIRTH_DATE:
				setBirthDate((LocalDate)newValue);
				return;
			case ClinicalPackage.SUBJECT__CONSENT_DATE:
				setConsentDate((LocalDate)newValue);
				return;
			case ClinicalPackage.SUBJECT__CONSENT_VERSION:
				setConsentVersion((String)newValue);
				return;
			case ClinicalPackage.SUBJECT__ELIGIBILITY_ANSWERS:
				getEligibilityAnswers().clear();
				getEligibilityAnswers().addAll((Collection<? extends EligibilityAnswer>)newValue);
				return;
			case ClinicalPackage.SUBJECT__STATUS:
				setStatus((SubjectStatus)newValue);
				return;
			case ClinicalPackage.SUBJECT__SCREEN_FAIL_CATEGORY:
				setScreenFailCategory((ScreenFailCategory)newValue);
				return;
			case ClinicalPackage.SUBJECT__SCREEN_FAIL_REASON:
				setScreenFailReason((String)newValue);
				return;
			case ClinicalPackage.SUBJECT__ENROLMENT_DATE:
				setEnrolmentDate((LocalDate)newValue);
				return;
			case ClinicalPackage.SUBJECT__STRATUM:
				setStratum((Stratum)newValue);
				return;
			case ClinicalPackage.SUBJECT__ALLOCATION:
				setAllocation((Allocation)newValue);
				return;
			case ClinicalPackage.SUBJECT__VISITS:
				getVisits().clear();
				getVisits().addAll((Collection<? extends Visit>)newValue);
				return;
			case ClinicalPackage.SUBJECT__ADVERSE_EVENTS:
				getAdverseEvents().clear();
				getAdverseEvents().addAll((Collection<? extends AdverseEvent>)newValue);
				return;
			case ClinicalPackage.SUBJECT__WITHDRAWAL_DATE:
				setWithdrawalDate((LocalDate)newValue);
				return;
			case ClinicalPackage.SUBJECT__WITHDRAWAL_REASON:
				setWithdrawalReason((String)newValue);
				return;
			case ClinicalPackage.SUBJECT__SDV_STATE:
				setSdvState((SdvState)newValue);
				return;
			case ClinicalPackage.SUBJECT__VERIFIED_BY:
				setVerifiedBy((User)newValue);
				return;
			case ClinicalPackage.SUBJECT__VERIFIED_AT:
				setVerifiedAt((Instant)newValue);
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
			case ClinicalPackage.SUBJECT__SCREENING_NUMBER:
				setScreeningNumber(SCREENING_NUMBER_EDEFAULT);
				return;
			case ClinicalPackage.SUBJECT__SITE:
				setSite((Site)null);
				return;
			case ClinicalPackage.SUBJECT__SEX:
				setSex(SEX_EDEFAULT);
				return;
			case ClinicalPackage.SUBJECT__BIRTH_DATE:
				setBirthDate(BIRTH_DATE_EDEFAULT);
				return;
			case ClinicalPackage.SUBJECT__CONSENT_DATE:
				setConsentDate(CONSENT_DATE_EDEFAULT);
				return;
			case ClinicalPackage.SUBJECT__CONSENT_VERSION:
				setConsentVersion(CONSENT_VERSION_EDEFAULT);
				return;
			case ClinicalPackage.SUBJECT__ELIGIBILITY_ANSWERS:
				getEligibilityAnswers().clear();
				return;
			case ClinicalPackage.SUBJECT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ClinicalPackage.SUBJECT__SCREEN_FAIL_CATEGORY:
				unsetScreenFailCategory();
				return;
			case ClinicalPackage.SUBJECT__SCREEN_FAIL_REASON:
				setScreenFailReason(SCREEN_FAIL_REASON_EDEFAULT);
				return;
			case ClinicalPackage.SUBJECT__ENROLMENT_DATE:
				setEnrolmentDate(ENROLMENT_DATE_EDEFAULT);
				return;
			case ClinicalPackage.SUBJECT__STRATUM:
				setStratum((Stratum)null);
				return;
			case ClinicalPackage.SUBJECT__ALLOCATION:
				setAllocation((Allocation)null);
				return;
			case ClinicalPackage.SUBJECT__VISITS:
				getVisits().clear();
				return;
			case ClinicalPackage.SUBJECT__ADVERSE_EVENTS:
				getAdverseEvents().clear();
				return;
			case ClinicalPackage.SUBJECT__WITHDRAWAL_DATE:
				setWithdrawalDate(WITHDRAWAL_DATE_EDEFAULT);
				return;
			case ClinicalPackage.SUBJECT__WITHDRAWAL_REASON:
				setWithdrawalReason(WITHDRAWAL_REASON_EDEFAULT);
				return;
			case ClinicalPackage.SUBJECT__SDV_STATE:
				setSdvState(SDV_STATE_EDEFAULT);
				return;
			case ClinicalPackage.SUBJECT__VERIFIED_BY:
				setVerifiedBy((User)null);
				return;
			case ClinicalPackage.SUBJECT__VERIFIED_AT:
				setVerifiedAt(VERIFIED_AT_EDEFAULT);
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
			case ClinicalPackage.SUBJECT__SCREENING_NUMBER:
				return SCREENING_NUMBER_EDEFAULT == null ? screeningNumber != null : !SCREENING_NUMBER_EDEFAULT.equals(screeningNumber);
			case ClinicalPackage.SUBJECT__SITE:
				return getSite() != null;
			case ClinicalPackage.SUBJECT__SEX:
				return sex != SEX_EDEFAULT;
			case ClinicalPackage.SUBJECT__BIRTH_DATE:
				return BIRTH_DATE_EDEFAULT == null ? birthDate != null : !BIRTH_DATE_EDEFAULT.equals(birthDate);
			case ClinicalPackage.SUBJECT__CONSENT_DATE:
				return CONSENT_DATE_EDEFAULT == null ? consentDate != null : !CONSENT_DATE_EDEFAULT.equals(consentDate);
			case ClinicalPackage.SUBJECT__CONSENT_VERSION:
				return CONSENT_VERSION_EDEFAULT == null ? consentVersion != null : !CONSENT_VERSION_EDEFAULT.equals(consentVersion);
			case ClinicalPackage.SUBJECT__AGE_AT_CONSENT:
				return AGE_AT_CONSENT_EDEFAULT == null ? getAgeAtConsent() != null : !AGE_AT_CONSENT_EDEFAULT.equals(getAgeAtConsent());
			case ClinicalPackage.SUBJECT__ELIGIBILITY_ANSWERS:
				return eligibilityAnswers != null && !eligibilityAnswers.isEmpty();
			case ClinicalPackage.SUBJECT__STATUS:
				return status != STATUS_EDEFAULT;
			case ClinicalPackage.SUBJECT__SCREEN_FAIL_CATEGORY:
				return isSetScreenFailCategory();
			case ClinicalPackage.SUBJECT__SCREEN_FAIL_REASON:
				return SCREEN_FAIL_REASON_EDEFAULT == null ? screenFailReason != null : !SCREEN_FAIL_REASON_EDEFAULT.equals(screenFailReason);
			case ClinicalPackage.SUBJECT__ENROLMENT_DATE:
				return ENROLMENT_DATE_EDEFAULT == null ? enrolmentDate != null : !ENROLMENT_DATE_EDEFAULT.equals(enrolmentDate);
			case ClinicalPackage.SUBJECT__STRATUM:
				return stratum != null;
			case ClinicalPackage.SUBJECT__ALLOCATION:
				return allocation != null;
			case ClinicalPackage.SUBJECT__VISITS:
				return visits != null && !visits.isEmpty();
			case ClinicalPackage.SUBJECT__ADVERSE_EVENTS:
				return adverseEvents != null && !adverseEvents.isEmpty();
			case ClinicalPackage.SUBJECT__WITHDRAWAL_DATE:
				return WITHDRAWAL_DATE_EDEFAULT == null ? withdrawalDate != null : !WITHDRAWAL_DATE_EDEFAULT.equals(withdrawalDate);
			case ClinicalPackage.SUBJECT__WITHDRAWAL_REASON:
				return WITHDRAWAL_REASON_EDEFAULT == null ? withdrawalReason != null : !WITHDRAWAL_REASON_EDEFAULT.equals(withdrawalReason);
			case ClinicalPackage.SUBJECT__SDV_STATE:
				return sdvState != SDV_STATE_EDEFAULT;
			case ClinicalPackage.SUBJECT__VERIFIED_BY:
				return verifiedBy != null;
			case ClinicalPackage.SUBJECT__VERIFIED_AT:
				return VERIFIED_AT_EDEFAULT == null ? verifiedAt != null : !VERIFIED_AT_EDEFAULT.equals(verifiedAt);
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
		result.append(" (screeningNumber: ");
		result.append(screeningNumber);
		result.append(", sex: ");
		result.append(sex);
		result.append(", birthDate: ");
		result.append(birthDate);
		result.append(", consentDate: ");
		result.append(consentDate);
		result.append(", consentVersion: ");
		result.append(consentVersion);
		result.append(", status: ");
		result.append(status);
		result.append(", screenFailCategory: ");
		if (screenFailCategoryESet) result.append(screenFailCategory); else result.append("<unset>");
		result.append(", screenFailReason: ");
		result.append(screenFailReason);
		result.append(", enrolmentDate: ");
		result.append(enrolmentDate);
		result.append(", withdrawalDate: ");
		result.append(withdrawalDate);
		result.append(", withdrawalReason: ");
		result.append(withdrawalReason);
		result.append(", sdvState: ");
		result.append(sdvState);
		result.append(", verifiedAt: ");
		result.append(verifiedAt);
		result.append(')');
		return result.toString();
	}

} //SubjectImpl
