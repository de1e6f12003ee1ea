/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.clinical;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Run-time clinical data of one trial: sites, users, subjects with their consent, eligibility, allocation, visits, forms and item values, queries, adverse events, adjudication and e-signatures. Refers to the protocol package for definitions. Every object carries a stable string id, assigned when it is created and independent of storage.
 * <!-- end-model-doc -->
 * @see org.trialbench.clinical.ClinicalFactory
 * @model kind="package"
 * @generated
 */
public interface ClinicalPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "clinical";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://trialbench.org/clinical/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "clinical";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ClinicalPackage eINSTANCE = org.trialbench.clinical.impl.ClinicalPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.impl.ClinicalObjectImpl <em>Object</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.impl.ClinicalObjectImpl
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getClinicalObject()
	 * @generated
	 */
	int CLINICAL_OBJECT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLINICAL_OBJECT__ID = 0;

	/**
	 * The number of structural features of the '<em>Object</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLINICAL_OBJECT_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Object</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLINICAL_OBJECT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.impl.TrialImpl <em>Trial</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.impl.TrialImpl
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getTrial()
	 * @generated
	 */
	int TRIAL = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIAL__ID = CLINICAL_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIAL__NAME = CLINICAL_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIAL__PROTOCOL = CLINICAL_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIAL__SITES = CLINICAL_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Users</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIAL__USERS = CLINICAL_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Adjudication Cases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIAL__ADJUDICATION_CASES = CLINICAL_OBJECT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Trial</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIAL_FEATURE_COUNT = CLINICAL_OBJECT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Trial</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIAL_OPERATION_COUNT = CLINICAL_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.impl.SiteImpl <em>Site</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.impl.SiteImpl
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getSite()
	 * @generated
	 */
	int SITE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__ID = CLINICAL_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__CODE = CLINICAL_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__NAME = CLINICAL_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__COUNTRY = CLINICAL_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Activation Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__ACTIVATION_DATE = CLINICAL_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Principal Investigator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__PRINCIPAL_INVESTIGATOR = CLINICAL_OBJECT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Subjects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__SUBJECTS = CLINICAL_OBJECT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__TIME_ZONE = CLINICAL_OBJECT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_FEATURE_COUNT = CLINICAL_OBJECT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_OPERATION_COUNT = CLINICAL_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.impl.UserImpl <em>User</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.impl.UserImpl
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getUser()
	 * @generated
	 */
	int USER = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__ID = CLINICAL_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Username</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__USERNAME = CLINICAL_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Full Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__FULL_NAME = CLINICAL_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__EMAIL = CLINICAL_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__ROLES = CLINICAL_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sites</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__SITES = CLINICAL_OBJECT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__ACTIVE = CLINICAL_OBJECT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_FEATURE_COUNT = CLINICAL_OBJECT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_OPERATION_COUNT = CLINICAL_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.impl.SubjectImpl <em>Subject</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.impl.SubjectImpl
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getSubject()
	 * @generated
	 */
	int SUBJECT = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__ID = CLINICAL_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Screening Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__SCREENING_NUMBER = CLINICAL_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Site</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__SITE = CLINICAL_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sex</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__SEX = CLINICAL_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Birth Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__BIRTH_DATE = CLINICAL_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Consent Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__CONSENT_DATE = CLINICAL_OBJECT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Consent Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__CONSENT_VERSION = CLINICAL_OBJECT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Age At Consent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__AGE_AT_CONSENT = CLINICAL_OBJECT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Eligibility Answers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__ELIGIBILITY_ANSWERS = CLINICAL_OBJECT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__STATUS = CLINICAL_OBJECT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Screen Fail Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__SCREEN_FAIL_CATEGORY = CLINICAL_OBJECT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Screen Fail Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__SCREEN_FAIL_REASON = CLINICAL_OBJECT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Enrolment Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__ENROLMENT_DATE = CLINICAL_OBJECT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Stratum</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__STRATUM = CLINICAL_OBJECT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Allocation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__ALLOCATION = CLINICAL_OBJECT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Visits</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__VISITS = CLINICAL_OBJECT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Adverse Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__ADVERSE_EVENTS = CLINICAL_OBJECT_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Withdrawal Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__WITHDRAWAL_DATE = CLINICAL_OBJECT_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Withdrawal Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__WITHDRAWAL_REASON = CLINICAL_OBJECT_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Sdv State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__SDV_STATE = CLINICAL_OBJECT_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Verified By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__VERIFIED_BY = CLINICAL_OBJECT_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Verified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__VERIFIED_AT = CLINICAL_OBJECT_FEATURE_COUNT + 20;

	/**
	 * The number of structural features of the '<em>Subject</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_FEATURE_COUNT = CLINICAL_OBJECT_FEATURE_COUNT + 21;

	/**
	 * The number of operations of the '<em>Subject</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_OPERATION_COUNT = CLINICAL_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.impl.EligibilityAnswerImpl <em>Eligibility Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.impl.EligibilityAnswerImpl
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getEligibilityAnswer()
	 * @generated
	 */
	int ELIGIBILITY_ANSWER = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_ANSWER__ID = CLINICAL_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Criterion</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_ANSWER__CRITERION = CLINICAL_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Met</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_ANSWER__MET = CLINICAL_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_ANSWER__COMMENT = CLINICAL_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Eligibility Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_ANSWER_FEATURE_COUNT = CLINICAL_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Eligibility Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_ANSWER_OPERATION_COUNT = CLINICAL_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.impl.AllocationImpl <em>Allocation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.impl.AllocationImpl
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getAllocation()
	 * @generated
	 */
	int ALLOCATION = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION__ID = CLINICAL_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION__SUBJECT = CLINICAL_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Arm</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION__ARM = CLINICAL_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Randomization Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION__RANDOMIZATION_NUMBER = CLINICAL_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Allocated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION__ALLOCATED_AT = CLINICAL_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Allocated By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION__ALLOCATED_BY = CLINICAL_OBJECT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Received Allocated Intervention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION__RECEIVED_ALLOCATED_INTERVENTION = CLINICAL_OBJECT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Not Received Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION__NOT_RECEIVED_REASON = CLINICAL_OBJECT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Allocation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_FEATURE_COUNT = CLINICAL_OBJECT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Allocation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_OPERATION_COUNT = CLINICAL_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.impl.VisitImpl <em>Visit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.impl.VisitImpl
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getVisit()
	 * @generated
	 */
	int VISIT = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__ID = CLINICAL_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__SUBJECT = CLINICAL_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__DEFINITION = CLINICAL_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Occurrence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__OCCURRENCE = CLINICAL_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__DATE = CLINICAL_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__STATUS = CLINICAL_OBJECT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Forms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__FORMS = CLINICAL_OBJECT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Visit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT_FEATURE_COUNT = CLINICAL_OBJECT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Visit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT_OPERATION_COUNT = CLINICAL_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.impl.FormRecordImpl <em>Form Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.impl.FormRecordImpl
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getFormRecord()
	 * @generated
	 */
	int FORM_RECORD = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_RECORD__ID = CLINICAL_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Visit</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_RECORD__VISIT = CLINICAL_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_RECORD__DEFINITION = CLINICAL_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Occurrence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_RECORD__OCCURRENCE = CLINICAL_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_RECORD__STATUS = CLINICAL_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Item Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_RECORD__ITEM_VALUES = CLINICAL_OBJECT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Signature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_RECORD__SIGNATURE = CLINICAL_OBJECT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Form Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_RECORD_FEATURE_COUNT = CLINICAL_OBJECT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Form Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_RECORD_OPERATION_COUNT = CLINICAL_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.impl.ItemValueImpl <em>Item Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.impl.ItemValueImpl
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getItemValue()
	 * @generated
	 */
	int ITEM_VALUE = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_VALUE__ID = CLINICAL_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Form</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_VALUE__FORM = CLINICAL_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_VALUE__DEFINITION = CLINICAL_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_VALUE__VALUE = CLINICAL_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Missing Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_VALUE__MISSING_CODE = CLINICAL_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sdv State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_VALUE__SDV_STATE = CLINICAL_OBJECT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Verified By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_VALUE__VERIFIED_BY = CLINICAL_OBJECT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Verified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_VALUE__VERIFIED_AT = CLINICAL_OBJECT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Queries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_VALUE__QUERIES = CLINICAL_OBJECT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Item Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_VALUE_FEATURE_COUNT = CLINICAL_OBJECT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Item Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_VALUE_OPERATION_COUNT = CLINICAL_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.impl.QueryImpl <em>Query</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.impl.QueryImpl
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getQuery()
	 * @generated
	 */
	int QUERY = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUERY__ID = CLINICAL_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUERY__STATUS = CLINICAL_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Raised By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUERY__RAISED_BY = CLINICAL_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Raised At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUERY__RAISED_AT = CLINICAL_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUERY__FIELD = CLINICAL_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Messages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUERY__MESSAGES = CLINICAL_OBJECT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Query</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUERY_FEATURE_COUNT = CLINICAL_OBJECT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Query</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUERY_OPERATION_COUNT = CLINICAL_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.impl.QueryMessageImpl <em>Query Message</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.impl.QueryMessageImpl
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getQueryMessage()
	 * @generated
	 */
	int QUERY_MESSAGE = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUERY_MESSAGE__ID = CLINICAL_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUERY_MESSAGE__AUTHOR = CLINICAL_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUERY_MESSAGE__AT = CLINICAL_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUERY_MESSAGE__TEXT = CLINICAL_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUERY_MESSAGE__KIND = CLINICAL_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Query Message</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUERY_MESSAGE_FEATURE_COUNT = CLINICAL_OBJECT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Query Message</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUERY_MESSAGE_OPERATION_COUNT = CLINICAL_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.impl.AdverseEventImpl <em>Adverse Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.impl.AdverseEventImpl
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getAdverseEvent()
	 * @generated
	 */
	int ADVERSE_EVENT = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__ID = CLINICAL_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__SUBJECT = CLINICAL_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Verbatim Term</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__VERBATIM_TERM = CLINICAL_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Coding</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__CODING = CLINICAL_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Onset Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__ONSET_DATE = CLINICAL_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Resolution Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__RESOLUTION_DATE = CLINICAL_OBJECT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Ongoing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__ONGOING = CLINICAL_OBJECT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Ctcae Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__CTCAE_GRADE = CLINICAL_OBJECT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Asge Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__ASGE_SEVERITY = CLINICAL_OBJECT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Agree Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__AGREE_GRADE = CLINICAL_OBJECT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Serious</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__SERIOUS = CLINICAL_OBJECT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Seriousness Criteria</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__SERIOUSNESS_CRITERIA = CLINICAL_OBJECT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Relationship</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__RELATIONSHIP = CLINICAL_OBJECT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Action Taken</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__ACTION_TAKEN = CLINICAL_OBJECT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__OUTCOME = CLINICAL_OBJECT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Expected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__EXPECTED = CLINICAL_OBJECT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Aware At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__AWARE_AT = CLINICAL_OBJECT_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Reported To Sponsor At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__REPORTED_TO_SPONSOR_AT = CLINICAL_OBJECT_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Reported To Authority At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__REPORTED_TO_AUTHORITY_AT = CLINICAL_OBJECT_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Treatment Emergent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__TREATMENT_EMERGENT = CLINICAL_OBJECT_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Sdv State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__SDV_STATE = CLINICAL_OBJECT_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Verified By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__VERIFIED_BY = CLINICAL_OBJECT_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Verified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__VERIFIED_AT = CLINICAL_OBJECT_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Queries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__QUERIES = CLINICAL_OBJECT_FEATURE_COUNT + 22;

	/**
	 * The number of structural features of the '<em>Adverse Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT_FEATURE_COUNT = CLINICAL_OBJECT_FEATURE_COUNT + 23;

	/**
	 * The number of operations of the '<em>Adverse Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT_OPERATION_COUNT = CLINICAL_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.impl.MeddraCodingImpl <em>Meddra Coding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.impl.MeddraCodingImpl
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getMeddraCoding()
	 * @generated
	 */
	int MEDDRA_CODING = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDDRA_CODING__ID = CLINICAL_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Dictionary Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDDRA_CODING__DICTIONARY_VERSION = CLINICAL_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Llt Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDDRA_CODING__LLT_CODE = CLINICAL_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Llt Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDDRA_CODING__LLT_NAME = CLINICAL_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Pt Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDDRA_CODING__PT_CODE = CLINICAL_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Pt Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDDRA_CODING__PT_NAME = CLINICAL_OBJECT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Hlt Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDDRA_CODING__HLT_CODE = CLINICAL_OBJECT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Hlt Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDDRA_CODING__HLT_NAME = CLINICAL_OBJECT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Hlgt Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDDRA_CODING__HLGT_CODE = CLINICAL_OBJECT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Hlgt Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDDRA_CODING__HLGT_NAME = CLINICAL_OBJECT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Soc Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDDRA_CODING__SOC_CODE = CLINICAL_OBJECT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Soc Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDDRA_CODING__SOC_NAME = CLINICAL_OBJECT_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Meddra Coding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDDRA_CODING_FEATURE_COUNT = CLINICAL_OBJECT_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Meddra Coding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDDRA_CODING_OPERATION_COUNT = CLINICAL_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.impl.AdjudicationCaseImpl <em>Adjudication Case</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.impl.AdjudicationCaseImpl
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getAdjudicationCase()
	 * @generated
	 */
	int ADJUDICATION_CASE = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUDICATION_CASE__ID = CLINICAL_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUDICATION_CASE__SUBJECT = CLINICAL_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Endpoint</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUDICATION_CASE__ENDPOINT = CLINICAL_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Visit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUDICATION_CASE__VISIT = CLINICAL_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUDICATION_CASE__STATUS = CLINICAL_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUDICATION_CASE__CREATED_AT = CLINICAL_OBJECT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Reviews</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUDICATION_CASE__REVIEWS = CLINICAL_OBJECT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Final Decision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUDICATION_CASE__FINAL_DECISION = CLINICAL_OBJECT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Resolution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUDICATION_CASE__RESOLUTION = CLINICAL_OBJECT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Closed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUDICATION_CASE__CLOSED_AT = CLINICAL_OBJECT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Adjudication Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUDICATION_CASE_FEATURE_COUNT = CLINICAL_OBJECT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Adjudication Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUDICATION_CASE_OPERATION_COUNT = CLINICAL_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.impl.AdjudicationReviewImpl <em>Adjudication Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.impl.AdjudicationReviewImpl
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getAdjudicationReview()
	 * @generated
	 */
	int ADJUDICATION_REVIEW = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUDICATION_REVIEW__ID = CLINICAL_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Adjudicator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUDICATION_REVIEW__ADJUDICATOR = CLINICAL_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Round</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUDICATION_REVIEW__ROUND = CLINICAL_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Decision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUDICATION_REVIEW__DECISION = CLINICAL_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUDICATION_REVIEW__RATIONALE = CLINICAL_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Submitted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUDICATION_REVIEW__SUBMITTED_AT = CLINICAL_OBJECT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Signature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUDICATION_REVIEW__SIGNATURE = CLINICAL_OBJECT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Adjudication Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUDICATION_REVIEW_FEATURE_COUNT = CLINICAL_OBJECT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Adjudication Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUDICATION_REVIEW_OPERATION_COUNT = CLINICAL_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.impl.SignatureImpl <em>Signature</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.impl.SignatureImpl
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getSignature()
	 * @generated
	 */
	int SIGNATURE = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__ID = CLINICAL_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Signer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__SIGNER = CLINICAL_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Signer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__SIGNER_NAME = CLINICAL_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Meaning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__MEANING = CLINICAL_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Signed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__SIGNED_AT = CLINICAL_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Record Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__RECORD_HASH = CLINICAL_OBJECT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Signature</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE_FEATURE_COUNT = CLINICAL_OBJECT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Signature</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE_OPERATION_COUNT = CLINICAL_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.Role <em>Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.Role
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 17;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.Sex <em>Sex</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.Sex
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getSex()
	 * @generated
	 */
	int SEX = 18;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.SubjectStatus <em>Subject Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.SubjectStatus
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getSubjectStatus()
	 * @generated
	 */
	int SUBJECT_STATUS = 19;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.ScreenFailCategory <em>Screen Fail Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.ScreenFailCategory
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getScreenFailCategory()
	 * @generated
	 */
	int SCREEN_FAIL_CATEGORY = 20;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.VisitStatus <em>Visit Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.VisitStatus
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getVisitStatus()
	 * @generated
	 */
	int VISIT_STATUS = 21;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.FormStatus <em>Form Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.FormStatus
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getFormStatus()
	 * @generated
	 */
	int FORM_STATUS = 22;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.MissingCode <em>Missing Code</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.MissingCode
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getMissingCode()
	 * @generated
	 */
	int MISSING_CODE = 23;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.SdvState <em>Sdv State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.SdvState
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getSdvState()
	 * @generated
	 */
	int SDV_STATE = 24;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.QueryStatus <em>Query Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.QueryStatus
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getQueryStatus()
	 * @generated
	 */
	int QUERY_STATUS = 25;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.QueryMessageKind <em>Query Message Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.QueryMessageKind
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getQueryMessageKind()
	 * @generated
	 */
	int QUERY_MESSAGE_KIND = 26;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.AsgeSeverity <em>Asge Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.AsgeSeverity
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getAsgeSeverity()
	 * @generated
	 */
	int ASGE_SEVERITY = 27;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.AgreeGrade <em>Agree Grade</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.AgreeGrade
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getAgreeGrade()
	 * @generated
	 */
	int AGREE_GRADE = 28;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.Relationship <em>Relationship</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.Relationship
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getRelationship()
	 * @generated
	 */
	int RELATIONSHIP = 29;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.ActionTaken <em>Action Taken</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.ActionTaken
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getActionTaken()
	 * @generated
	 */
	int ACTION_TAKEN = 30;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.AeOutcome <em>Ae Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.AeOutcome
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getAeOutcome()
	 * @generated
	 */
	int AE_OUTCOME = 31;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.AdjudicationStatus <em>Adjudication Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.AdjudicationStatus
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getAdjudicationStatus()
	 * @generated
	 */
	int ADJUDICATION_STATUS = 32;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.AdjudicationDecision <em>Adjudication Decision</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.AdjudicationDecision
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getAdjudicationDecision()
	 * @generated
	 */
	int ADJUDICATION_DECISION = 33;

	/**
	 * The meta object id for the '{@link org.trialbench.clinical.SignatureMeaning <em>Signature Meaning</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.clinical.SignatureMeaning
	 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getSignatureMeaning()
	 * @generated
	 */
	int SIGNATURE_MEANING = 34;


	/**
	 * Returns the meta object for class '{@link org.trialbench.clinical.ClinicalObject <em>Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Object</em>'.
	 * @see org.trialbench.clinical.ClinicalObject
	 * @generated
	 */
	EClass getClinicalObject();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.ClinicalObject#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.trialbench.clinical.ClinicalObject#getId()
	 * @see #getClinicalObject()
	 * @generated
	 */
	EAttribute getClinicalObject_Id();

	/**
	 * Returns the meta object for class '{@link org.trialbench.clinical.Trial <em>Trial</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trial</em>'.
	 * @see org.trialbench.clinical.Trial
	 * @generated
	 */
	EClass getTrial();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Trial#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.trialbench.clinical.Trial#getName()
	 * @see #getTrial()
	 * @generated
	 */
	EAttribute getTrial_Name();

	/**
	 * Returns the meta object for the reference '{@link org.trialbench.clinical.Trial#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Protocol</em>'.
	 * @see org.trialbench.clinical.Trial#getProtocol()
	 * @see #getTrial()
	 * @generated
	 */
	EReference getTrial_Protocol();

	/**
	 * Returns the meta object for the containment reference list '{@link org.trialbench.clinical.Trial#getSites <em>Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sites</em>'.
	 * @see org.trialbench.clinical.Trial#getSites()
	 * @see #getTrial()
	 * @generated
	 */
	EReference getTrial_Sites();

	/**
	 * Returns the meta object for the containment reference list '{@link org.trialbench.clinical.Trial#getUsers <em>Users</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Users</em>'.
	 * @see org.trialbench.clinical.Trial#getUsers()
	 * @see #getTrial()
	 * @generated
	 */
	EReference getTrial_Users();

	/**
	 * Returns the meta object for the containment reference list '{@link org.trialbench.clinical.Trial#getAdjudicationCases <em>Adjudication Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Adjudication Cases</em>'.
	 * @see org.trialbench.clinical.Trial#getAdjudicationCases()
	 * @see #getTrial()
	 * @generated
	 */
	EReference getTrial_AdjudicationCases();

	/**
	 * Returns the meta object for class '{@link org.trialbench.clinical.Site <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Site</em>'.
	 * @see org.trialbench.clinical.Site
	 * @generated
	 */
	EClass getSite();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Site#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.trialbench.clinical.Site#getCode()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Site#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.trialbench.clinical.Site#getName()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Site#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.trialbench.clinical.Site#getCountry()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Country();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Site#getActivationDate <em>Activation Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activation Date</em>'.
	 * @see org.trialbench.clinical.Site#getActivationDate()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_ActivationDate();

	/**
	 * Returns the meta object for the reference '{@link org.trialbench.clinical.Site#getPrincipalInvestigator <em>Principal Investigator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Principal Investigator</em>'.
	 * @see org.trialbench.clinical.Site#getPrincipalInvestigator()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_PrincipalInvestigator();

	/**
	 * Returns the meta object for the containment reference list '{@link org.trialbench.clinical.Site#getSubjects <em>Subjects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subjects</em>'.
	 * @see org.trialbench.clinical.Site#getSubjects()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Subjects();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Site#getTimeZone <em>Time Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Zone</em>'.
	 * @see org.trialbench.clinical.Site#getTimeZone()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_TimeZone();

	/**
	 * Returns the meta object for class '{@link org.trialbench.clinical.User <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>User</em>'.
	 * @see org.trialbench.clinical.User
	 * @generated
	 */
	EClass getUser();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.User#getUsername <em>Username</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Username</em>'.
	 * @see org.trialbench.clinical.User#getUsername()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Username();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.User#getFullName <em>Full Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Full Name</em>'.
	 * @see org.trialbench.clinical.User#getFullName()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_FullName();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.User#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.trialbench.clinical.User#getEmail()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Email();

	/**
	 * Returns the meta object for the attribute list '{@link org.trialbench.clinical.User#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Roles</em>'.
	 * @see org.trialbench.clinical.User#getRoles()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Roles();

	/**
	 * Returns the meta object for the reference list '{@link org.trialbench.clinical.User#getSites <em>Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sites</em>'.
	 * @see org.trialbench.clinical.User#getSites()
	 * @see #getUser()
	 * @generated
	 */
	EReference getUser_Sites();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.User#isActive <em>Active</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active</em>'.
	 * @see org.trialbench.clinical.User#isActive()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Active();

	/**
	 * Returns the meta object for class '{@link org.trialbench.clinical.Subject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Subject</em>'.
	 * @see org.trialbench.clinical.Subject
	 * @generated
	 */
	EClass getSubject();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Subject#getScreeningNumber <em>Screening Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Screening Number</em>'.
	 * @see org.trialbench.clinical.Subject#getScreeningNumber()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_ScreeningNumber();

	/**
	 * Returns the meta object for the container reference '{@link org.trialbench.clinical.Subject#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Site</em>'.
	 * @see org.trialbench.clinical.Subject#getSite()
	 * @see #getSubject()
	 * @generated
	 */
	EReference getSubject_Site();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Subject#getSex <em>Sex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sex</em>'.
	 * @see org.trialbench.clinical.Subject#getSex()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_Sex();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Subject#getBirthDate <em>Birth Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Birth Date</em>'.
	 * @see org.trialbench.clinical.Subject#getBirthDate()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_BirthDate();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Subject#getConsentDate <em>Consent Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consent Date</em>'.
	 * @see org.trialbench.clinical.Subject#getConsentDate()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_ConsentDate();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Subject#getConsentVersion <em>Consent Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consent Version</em>'.
	 * @see org.trialbench.clinical.Subject#getConsentVersion()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_ConsentVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Subject#getAgeAtConsent <em>Age At Consent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Age At Consent</em>'.
	 * @see org.trialbench.clinical.Subject#getAgeAtConsent()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_AgeAtConsent();

	/**
	 * Returns the meta object for the containment reference list '{@link org.trialbench.clinical.Subject#getEligibilityAnswers <em>Eligibility Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Eligibility Answers</em>'.
	 * @see org.trialbench.clinical.Subject#getEligibilityAnswers()
	 * @see #getSubject()
	 * @generated
	 */
	EReference getSubject_EligibilityAnswers();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Subject#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.trialbench.clinical.Subject#getStatus()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Subject#getScreenFailCategory <em>Screen Fail Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Screen Fail Category</em>'.
	 * @see org.trialbench.clinical.Subject#getScreenFailCategory()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_ScreenFailCategory();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Subject#getScreenFailReason <em>Screen Fail Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Screen Fail Reason</em>'.
	 * @see org.trialbench.clinical.Subject#getScreenFailReason()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_ScreenFailReason();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Subject#getEnrolmentDate <em>Enrolment Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enrolment Date</em>'.
	 * @see org.trialbench.clinical.Subject#getEnrolmentDate()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_EnrolmentDate();

	/**
	 * Returns the meta object for the reference '{@link org.trialbench.clinical.Subject#getStratum <em>Stratum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Stratum</em>'.
	 * @see org.trialbench.clinical.Subject#getStratum()
	 * @see #getSubject()
	 * @generated
	 */
	EReference getSubject_Stratum();

	/**
	 * Returns the meta object for the containment reference '{@link org.trialbench.clinical.Subject#getAllocation <em>Allocation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Allocation</em>'.
	 * @see org.trialbench.clinical.Subject#getAllocation()
	 * @see #getSubject()
	 * @generated
	 */
	EReference getSubject_Allocation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.trialbench.clinical.Subject#getVisits <em>Visits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Visits</em>'.
	 * @see org.trialbench.clinical.Subject#getVisits()
	 * @see #getSubject()
	 * @generated
	 */
	EReference getSubject_Visits();

	/**
	 * Returns the meta object for the containment reference list '{@link org.trialbench.clinical.Subject#getAdverseEvents <em>Adverse Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Adverse Events</em>'.
	 * @see org.trialbench.clinical.Subject#getAdverseEvents()
	 * @see #getSubject()
	 * @generated
	 */
	EReference getSubject_AdverseEvents();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Subject#getWithdrawalDate <em>Withdrawal Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Withdrawal Date</em>'.
	 * @see org.trialbench.clinical.Subject#getWithdrawalDate()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_WithdrawalDate();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Subject#getWithdrawalReason <em>Withdrawal Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Withdrawal Reason</em>'.
	 * @see org.trialbench.clinical.Subject#getWithdrawalReason()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_WithdrawalReason();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Subject#getSdvState <em>Sdv State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sdv State</em>'.
	 * @see org.trialbench.clinical.Subject#getSdvState()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_SdvState();

	/**
	 * Returns the meta object for the reference '{@link org.trialbench.clinical.Subject#getVerifiedBy <em>Verified By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Verified By</em>'.
	 * @see org.trialbench.clinical.Subject#getVerifiedBy()
	 * @see #getSubject()
	 * @generated
	 */
	EReference getSubject_VerifiedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Subject#getVerifiedAt <em>Verified At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verified At</em>'.
	 * @see org.trialbench.clinical.Subject#getVerifiedAt()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_VerifiedAt();

	/**
	 * Returns the meta object for class '{@link org.trialbench.clinical.EligibilityAnswer <em>Eligibility Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Eligibility Answer</em>'.
	 * @see org.trialbench.clinical.EligibilityAnswer
	 * @generated
	 */
	EClass getEligibilityAnswer();

	/**
	 * Returns the meta object for the reference '{@link org.trialbench.clinical.EligibilityAnswer#getCriterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Criterion</em>'.
	 * @see org.trialbench.clinical.EligibilityAnswer#getCriterion()
	 * @see #getEligibilityAnswer()
	 * @generated
	 */
	EReference getEligibilityAnswer_Criterion();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.EligibilityAnswer#isMet <em>Met</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Met</em>'.
	 * @see org.trialbench.clinical.EligibilityAnswer#isMet()
	 * @see #getEligibilityAnswer()
	 * @generated
	 */
	EAttribute getEligibilityAnswer_Met();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.EligibilityAnswer#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.trialbench.clinical.EligibilityAnswer#getComment()
	 * @see #getEligibilityAnswer()
	 * @generated
	 */
	EAttribute getEligibilityAnswer_Comment();

	/**
	 * Returns the meta object for class '{@link org.trialbench.clinical.Allocation <em>Allocation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Allocation</em>'.
	 * @see org.trialbench.clinical.Allocation
	 * @generated
	 */
	EClass getAllocation();

	/**
	 * Returns the meta object for the container reference '{@link org.trialbench.clinical.Allocation#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Subject</em>'.
	 * @see org.trialbench.clinical.Allocation#getSubject()
	 * @see #getAllocation()
	 * @generated
	 */
	EReference getAllocation_Subject();

	/**
	 * Returns the meta object for the reference '{@link org.trialbench.clinical.Allocation#getArm <em>Arm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Arm</em>'.
	 * @see org.trialbench.clinical.Allocation#getArm()
	 * @see #getAllocation()
	 * @generated
	 */
	EReference getAllocation_Arm();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Allocation#getRandomizationNumber <em>Randomization Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Randomization Number</em>'.
	 * @see org.trialbench.clinical.Allocation#getRandomizationNumber()
	 * @see #getAllocation()
	 * @generated
	 */
	EAttribute getAllocation_RandomizationNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Allocation#getAllocatedAt <em>Allocated At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allocated At</em>'.
	 * @see org.trialbench.clinical.Allocation#getAllocatedAt()
	 * @see #getAllocation()
	 * @generated
	 */
	EAttribute getAllocation_AllocatedAt();

	/**
	 * Returns the meta object for the reference '{@link org.trialbench.clinical.Allocation#getAllocatedBy <em>Allocated By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Allocated By</em>'.
	 * @see org.trialbench.clinical.Allocation#getAllocatedBy()
	 * @see #getAllocation()
	 * @generated
	 */
	EReference getAllocation_AllocatedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Allocation#getReceivedAllocatedIntervention <em>Received Allocated Intervention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Received Allocated Intervention</em>'.
	 * @see org.trialbench.clinical.Allocation#getReceivedAllocatedIntervention()
	 * @see #getAllocation()
	 * @generated
	 */
	EAttribute getAllocation_ReceivedAllocatedIntervention();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Allocation#getNotReceivedReason <em>Not Received Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Not Received Reason</em>'.
	 * @see org.trialbench.clinical.Allocation#getNotReceivedReason()
	 * @see #getAllocation()
	 * @generated
	 */
	EAttribute getAllocation_NotReceivedReason();

	/**
	 * Returns the meta object for class '{@link org.trialbench.clinical.Visit <em>Visit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Visit</em>'.
	 * @see org.trialbench.clinical.Visit
	 * @generated
	 */
	EClass getVisit();

	/**
	 * Returns the meta object for the container reference '{@link org.trialbench.clinical.Visit#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Subject</em>'.
	 * @see org.trialbench.clinical.Visit#getSubject()
	 * @see #getVisit()
	 * @generated
	 */
	EReference getVisit_Subject();

	/**
	 * Returns the meta object for the reference '{@link org.trialbench.clinical.Visit#getDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Definition</em>'.
	 * @see org.trialbench.clinical.Visit#getDefinition()
	 * @see #getVisit()
	 * @generated
	 */
	EReference getVisit_Definition();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Visit#getOccurrence <em>Occurrence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Occurrence</em>'.
	 * @see org.trialbench.clinical.Visit#getOccurrence()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_Occurrence();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Visit#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.trialbench.clinical.Visit#getDate()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Visit#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.trialbench.clinical.Visit#getStatus()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link org.trialbench.clinical.Visit#getForms <em>Forms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Forms</em>'.
	 * @see org.trialbench.clinical.Visit#getForms()
	 * @see #getVisit()
	 * @generated
	 */
	EReference getVisit_Forms();

	/**
	 * Returns the meta object for class '{@link org.trialbench.clinical.FormRecord <em>Form Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Form Record</em>'.
	 * @see org.trialbench.clinical.FormRecord
	 * @generated
	 */
	EClass getFormRecord();

	/**
	 * Returns the meta object for the container reference '{@link org.trialbench.clinical.FormRecord#getVisit <em>Visit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Visit</em>'.
	 * @see org.trialbench.clinical.FormRecord#getVisit()
	 * @see #getFormRecord()
	 * @generated
	 */
	EReference getFormRecord_Visit();

	/**
	 * Returns the meta object for the reference '{@link org.trialbench.clinical.FormRecord#getDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Definition</em>'.
	 * @see org.trialbench.clinical.FormRecord#getDefinition()
	 * @see #getFormRecord()
	 * @generated
	 */
	EReference getFormRecord_Definition();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.FormRecord#getOccurrence <em>Occurrence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Occurrence</em>'.
	 * @see org.trialbench.clinical.FormRecord#getOccurrence()
	 * @see #getFormRecord()
	 * @generated
	 */
	EAttribute getFormRecord_Occurrence();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.FormRecord#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.trialbench.clinical.FormRecord#getStatus()
	 * @see #getFormRecord()
	 * @generated
	 */
	EAttribute getFormRecord_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link org.trialbench.clinical.FormRecord#getItemValues <em>Item Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Item Values</em>'.
	 * @see org.trialbench.clinical.FormRecord#getItemValues()
	 * @see #getFormRecord()
	 * @generated
	 */
	EReference getFormRecord_ItemValues();

	/**
	 * Returns the meta object for the containment reference '{@link org.trialbench.clinical.FormRecord#getSignature <em>Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Signature</em>'.
	 * @see org.trialbench.clinical.FormRecord#getSignature()
	 * @see #getFormRecord()
	 * @generated
	 */
	EReference getFormRecord_Signature();

	/**
	 * Returns the meta object for class '{@link org.trialbench.clinical.ItemValue <em>Item Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item Value</em>'.
	 * @see org.trialbench.clinical.ItemValue
	 * @generated
	 */
	EClass getItemValue();

	/**
	 * Returns the meta object for the container reference '{@link org.trialbench.clinical.ItemValue#getForm <em>Form</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Form</em>'.
	 * @see org.trialbench.clinical.ItemValue#getForm()
	 * @see #getItemValue()
	 * @generated
	 */
	EReference getItemValue_Form();

	/**
	 * Returns the meta object for the reference '{@link org.trialbench.clinical.ItemValue#getDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Definition</em>'.
	 * @see org.trialbench.clinical.ItemValue#getDefinition()
	 * @see #getItemValue()
	 * @generated
	 */
	EReference getItemValue_Definition();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.ItemValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.trialbench.clinical.ItemValue#getValue()
	 * @see #getItemValue()
	 * @generated
	 */
	EAttribute getItemValue_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.ItemValue#getMissingCode <em>Missing Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Missing Code</em>'.
	 * @see org.trialbench.clinical.ItemValue#getMissingCode()
	 * @see #getItemValue()
	 * @generated
	 */
	EAttribute getItemValue_MissingCode();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.ItemValue#getSdvState <em>Sdv State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sdv State</em>'.
	 * @see org.trialbench.clinical.ItemValue#getSdvState()
	 * @see #getItemValue()
	 * @generated
	 */
	EAttribute getItemValue_SdvState();

	/**
	 * Returns the meta object for the reference '{@link org.trialbench.clinical.ItemValue#getVerifiedBy <em>Verified By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Verified By</em>'.
	 * @see org.trialbench.clinical.ItemValue#getVerifiedBy()
	 * @see #getItemValue()
	 * @generated
	 */
	EReference getItemValue_VerifiedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.ItemValue#getVerifiedAt <em>Verified At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verified At</em>'.
	 * @see org.trialbench.clinical.ItemValue#getVerifiedAt()
	 * @see #getItemValue()
	 * @generated
	 */
	EAttribute getItemValue_VerifiedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.trialbench.clinical.ItemValue#getQueries <em>Queries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Queries</em>'.
	 * @see org.trialbench.clinical.ItemValue#getQueries()
	 * @see #getItemValue()
	 * @generated
	 */
	EReference getItemValue_Queries();

	/**
	 * Returns the meta object for class '{@link org.trialbench.clinical.Query <em>Query</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Query</em>'.
	 * @see org.trialbench.clinical.Query
	 * @generated
	 */
	EClass getQuery();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Query#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.trialbench.clinical.Query#getStatus()
	 * @see #getQuery()
	 * @generated
	 */
	EAttribute getQuery_Status();

	/**
	 * Returns the meta object for the reference '{@link org.trialbench.clinical.Query#getRaisedBy <em>Raised By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Raised By</em>'.
	 * @see org.trialbench.clinical.Query#getRaisedBy()
	 * @see #getQuery()
	 * @generated
	 */
	EReference getQuery_RaisedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Query#getRaisedAt <em>Raised At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Raised At</em>'.
	 * @see org.trialbench.clinical.Query#getRaisedAt()
	 * @see #getQuery()
	 * @generated
	 */
	EAttribute getQuery_RaisedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Query#getField <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field</em>'.
	 * @see org.trialbench.clinical.Query#getField()
	 * @see #getQuery()
	 * @generated
	 */
	EAttribute getQuery_Field();

	/**
	 * Returns the meta object for the containment reference list '{@link org.trialbench.clinical.Query#getMessages <em>Messages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Messages</em>'.
	 * @see org.trialbench.clinical.Query#getMessages()
	 * @see #getQuery()
	 * @generated
	 */
	EReference getQuery_Messages();

	/**
	 * Returns the meta object for class '{@link org.trialbench.clinical.QueryMessage <em>Query Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Query Message</em>'.
	 * @see org.trialbench.clinical.QueryMessage
	 * @generated
	 */
	EClass getQueryMessage();

	/**
	 * Returns the meta object for the reference '{@link org.trialbench.clinical.QueryMessage#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Author</em>'.
	 * @see org.trialbench.clinical.QueryMessage#getAuthor()
	 * @see #getQueryMessage()
	 * @generated
	 */
	EReference getQueryMessage_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.QueryMessage#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.trialbench.clinical.QueryMessage#getAt()
	 * @see #getQueryMessage()
	 * @generated
	 */
	EAttribute getQueryMessage_At();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.QueryMessage#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.trialbench.clinical.QueryMessage#getText()
	 * @see #getQueryMessage()
	 * @generated
	 */
	EAttribute getQueryMessage_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.QueryMessage#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.trialbench.clinical.QueryMessage#getKind()
	 * @see #getQueryMessage()
	 * @generated
	 */
	EAttribute getQueryMessage_Kind();

	/**
	 * Returns the meta object for class '{@link org.trialbench.clinical.AdverseEvent <em>Adverse Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Adverse Event</em>'.
	 * @see org.trialbench.clinical.AdverseEvent
	 * @generated
	 */
	EClass getAdverseEvent();

	/**
	 * Returns the meta object for the container reference '{@link org.trialbench.clinical.AdverseEvent#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Subject</em>'.
	 * @see org.trialbench.clinical.AdverseEvent#getSubject()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EReference getAdverseEvent_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.AdverseEvent#getVerbatimTerm <em>Verbatim Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verbatim Term</em>'.
	 * @see org.trialbench.clinical.AdverseEvent#getVerbatimTerm()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_VerbatimTerm();

	/**
	 * Returns the meta object for the containment reference '{@link org.trialbench.clinical.AdverseEvent#getCoding <em>Coding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Coding</em>'.
	 * @see org.trialbench.clinical.AdverseEvent#getCoding()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EReference getAdverseEvent_Coding();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.AdverseEvent#getOnsetDate <em>Onset Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Onset Date</em>'.
	 * @see org.trialbench.clinical.AdverseEvent#getOnsetDate()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_OnsetDate();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.AdverseEvent#getResolutionDate <em>Resolution Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolution Date</em>'.
	 * @see org.trialbench.clinical.AdverseEvent#getResolutionDate()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_ResolutionDate();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.AdverseEvent#isOngoing <em>Ongoing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ongoing</em>'.
	 * @see org.trialbench.clinical.AdverseEvent#isOngoing()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_Ongoing();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.AdverseEvent#getCtcaeGrade <em>Ctcae Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ctcae Grade</em>'.
	 * @see org.trialbench.clinical.AdverseEvent#getCtcaeGrade()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_CtcaeGrade();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.AdverseEvent#getAsgeSeverity <em>Asge Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Asge Severity</em>'.
	 * @see org.trialbench.clinical.AdverseEvent#getAsgeSeverity()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_AsgeSeverity();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.AdverseEvent#getAgreeGrade <em>Agree Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Agree Grade</em>'.
	 * @see org.trialbench.clinical.AdverseEvent#getAgreeGrade()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_AgreeGrade();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.AdverseEvent#isSerious <em>Serious</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Serious</em>'.
	 * @see org.trialbench.clinical.AdverseEvent#isSerious()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_Serious();

	/**
	 * Returns the meta object for the attribute list '{@link org.trialbench.clinical.AdverseEvent#getSeriousnessCriteria <em>Seriousness Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Seriousness Criteria</em>'.
	 * @see org.trialbench.clinical.AdverseEvent#getSeriousnessCriteria()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_SeriousnessCriteria();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.AdverseEvent#getRelationship <em>Relationship</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relationship</em>'.
	 * @see org.trialbench.clinical.AdverseEvent#getRelationship()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_Relationship();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.AdverseEvent#getActionTaken <em>Action Taken</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action Taken</em>'.
	 * @see org.trialbench.clinical.AdverseEvent#getActionTaken()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_ActionTaken();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.AdverseEvent#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.trialbench.clinical.AdverseEvent#getOutcome()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.AdverseEvent#getExpected <em>Expected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected</em>'.
	 * @see org.trialbench.clinical.AdverseEvent#getExpected()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_Expected();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.AdverseEvent#getAwareAt <em>Aware At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Aware At</em>'.
	 * @see org.trialbench.clinical.AdverseEvent#getAwareAt()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_AwareAt();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.AdverseEvent#getReportedToSponsorAt <em>Reported To Sponsor At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reported To Sponsor At</em>'.
	 * @see org.trialbench.clinical.AdverseEvent#getReportedToSponsorAt()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_ReportedToSponsorAt();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.AdverseEvent#getReportedToAuthorityAt <em>Reported To Authority At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reported To Authority At</em>'.
	 * @see org.trialbench.clinical.AdverseEvent#getReportedToAuthorityAt()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_ReportedToAuthorityAt();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.AdverseEvent#isTreatmentEmergent <em>Treatment Emergent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Treatment Emergent</em>'.
	 * @see org.trialbench.clinical.AdverseEvent#isTreatmentEmergent()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_TreatmentEmergent();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.AdverseEvent#getSdvState <em>Sdv State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sdv State</em>'.
	 * @see org.trialbench.clinical.AdverseEvent#getSdvState()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_SdvState();

	/**
	 * Returns the meta object for the reference '{@link org.trialbench.clinical.AdverseEvent#getVerifiedBy <em>Verified By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Verified By</em>'.
	 * @see org.trialbench.clinical.AdverseEvent#getVerifiedBy()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EReference getAdverseEvent_VerifiedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.AdverseEvent#getVerifiedAt <em>Verified At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verified At</em>'.
	 * @see org.trialbench.clinical.AdverseEvent#getVerifiedAt()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_VerifiedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.trialbench.clinical.AdverseEvent#getQueries <em>Queries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Queries</em>'.
	 * @see org.trialbench.clinical.AdverseEvent#getQueries()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EReference getAdverseEvent_Queries();

	/**
	 * Returns the meta object for class '{@link org.trialbench.clinical.MeddraCoding <em>Meddra Coding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Meddra Coding</em>'.
	 * @see org.trialbench.clinical.MeddraCoding
	 * @generated
	 */
	EClass getMeddraCoding();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.MeddraCoding#getDictionaryVersion <em>Dictionary Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dictionary Version</em>'.
	 * @see org.trialbench.clinical.MeddraCoding#getDictionaryVersion()
	 * @see #getMeddraCoding()
	 * @generated
	 */
	EAttribute getMeddraCoding_DictionaryVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.MeddraCoding#getLltCode <em>Llt Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Llt Code</em>'.
	 * @see org.trialbench.clinical.MeddraCoding#getLltCode()
	 * @see #getMeddraCoding()
	 * @generated
	 */
	EAttribute getMeddraCoding_LltCode();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.MeddraCoding#getLltName <em>Llt Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Llt Name</em>'.
	 * @see org.trialbench.clinical.MeddraCoding#getLltName()
	 * @see #getMeddraCoding()
	 * @generated
	 */
	EAttribute getMeddraCoding_LltName();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.MeddraCoding#getPtCode <em>Pt Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pt Code</em>'.
	 * @see org.trialbench.clinical.MeddraCoding#getPtCode()
	 * @see #getMeddraCoding()
	 * @generated
	 */
	EAttribute getMeddraCoding_PtCode();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.MeddraCoding#getPtName <em>Pt Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pt Name</em>'.
	 * @see org.trialbench.clinical.MeddraCoding#getPtName()
	 * @see #getMeddraCoding()
	 * @generated
	 */
	EAttribute getMeddraCoding_PtName();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.MeddraCoding#getHltCode <em>Hlt Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hlt Code</em>'.
	 * @see org.trialbench.clinical.MeddraCoding#getHltCode()
	 * @see #getMeddraCoding()
	 * @generated
	 */
	EAttribute getMeddraCoding_HltCode();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.MeddraCoding#getHltName <em>Hlt Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hlt Name</em>'.
	 * @see org.trialbench.clinical.MeddraCoding#getHltName()
	 * @see #getMeddraCoding()
	 * @generated
	 */
	EAttribute getMeddraCoding_HltName();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.MeddraCoding#getHlgtCode <em>Hlgt Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hlgt Code</em>'.
	 * @see org.trialbench.clinical.MeddraCoding#getHlgtCode()
	 * @see #getMeddraCoding()
	 * @generated
	 */
	EAttribute getMeddraCoding_HlgtCode();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.MeddraCoding#getHlgtName <em>Hlgt Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hlgt Name</em>'.
	 * @see org.trialbench.clinical.MeddraCoding#getHlgtName()
	 * @see #getMeddraCoding()
	 * @generated
	 */
	EAttribute getMeddraCoding_HlgtName();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.MeddraCoding#getSocCode <em>Soc Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Soc Code</em>'.
	 * @see org.trialbench.clinical.MeddraCoding#getSocCode()
	 * @see #getMeddraCoding()
	 * @generated
	 */
	EAttribute getMeddraCoding_SocCode();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.MeddraCoding#getSocName <em>Soc Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Soc Name</em>'.
	 * @see org.trialbench.clinical.MeddraCoding#getSocName()
	 * @see #getMeddraCoding()
	 * @generated
	 */
	EAttribute getMeddraCoding_SocName();

	/**
	 * Returns the meta object for class '{@link org.trialbench.clinical.AdjudicationCase <em>Adjudication Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Adjudication Case</em>'.
	 * @see org.trialbench.clinical.AdjudicationCase
	 * @generated
	 */
	EClass getAdjudicationCase();

	/**
	 * Returns the meta object for the reference '{@link org.trialbench.clinical.AdjudicationCase#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Subject</em>'.
	 * @see org.trialbench.clinical.AdjudicationCase#getSubject()
	 * @see #getAdjudicationCase()
	 * @generated
	 */
	EReference getAdjudicationCase_Subject();

	/**
	 * Returns the meta object for the reference '{@link org.trialbench.clinical.AdjudicationCase#getEndpoint <em>Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Endpoint</em>'.
	 * @see org.trialbench.clinical.AdjudicationCase#getEndpoint()
	 * @see #getAdjudicationCase()
	 * @generated
	 */
	EReference getAdjudicationCase_Endpoint();

	/**
	 * Returns the meta object for the reference '{@link org.trialbench.clinical.AdjudicationCase#getVisit <em>Visit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Visit</em>'.
	 * @see org.trialbench.clinical.AdjudicationCase#getVisit()
	 * @see #getAdjudicationCase()
	 * @generated
	 */
	EReference getAdjudicationCase_Visit();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.AdjudicationCase#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.trialbench.clinical.AdjudicationCase#getStatus()
	 * @see #getAdjudicationCase()
	 * @generated
	 */
	EAttribute getAdjudicationCase_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.AdjudicationCase#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.trialbench.clinical.AdjudicationCase#getCreatedAt()
	 * @see #getAdjudicationCase()
	 * @generated
	 */
	EAttribute getAdjudicationCase_CreatedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.trialbench.clinical.AdjudicationCase#getReviews <em>Reviews</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reviews</em>'.
	 * @see org.trialbench.clinical.AdjudicationCase#getReviews()
	 * @see #getAdjudicationCase()
	 * @generated
	 */
	EReference getAdjudicationCase_Reviews();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.AdjudicationCase#getFinalDecision <em>Final Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Final Decision</em>'.
	 * @see org.trialbench.clinical.AdjudicationCase#getFinalDecision()
	 * @see #getAdjudicationCase()
	 * @generated
	 */
	EAttribute getAdjudicationCase_FinalDecision();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.AdjudicationCase#getResolution <em>Resolution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolution</em>'.
	 * @see org.trialbench.clinical.AdjudicationCase#getResolution()
	 * @see #getAdjudicationCase()
	 * @generated
	 */
	EAttribute getAdjudicationCase_Resolution();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.AdjudicationCase#getClosedAt <em>Closed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closed At</em>'.
	 * @see org.trialbench.clinical.AdjudicationCase#getClosedAt()
	 * @see #getAdjudicationCase()
	 * @generated
	 */
	EAttribute getAdjudicationCase_ClosedAt();

	/**
	 * Returns the meta object for class '{@link org.trialbench.clinical.AdjudicationReview <em>Adjudication Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Adjudication Review</em>'.
	 * @see org.trialbench.clinical.AdjudicationReview
	 * @generated
	 */
	EClass getAdjudicationReview();

	/**
	 * Returns the meta object for the reference '{@link org.trialbench.clinical.AdjudicationReview#getAdjudicator <em>Adjudicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Adjudicator</em>'.
	 * @see org.trialbench.clinical.AdjudicationReview#getAdjudicator()
	 * @see #getAdjudicationReview()
	 * @generated
	 */
	EReference getAdjudicationReview_Adjudicator();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.AdjudicationReview#getRound <em>Round</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Round</em>'.
	 * @see org.trialbench.clinical.AdjudicationReview#getRound()
	 * @see #getAdjudicationReview()
	 * @generated
	 */
	EAttribute getAdjudicationReview_Round();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.AdjudicationReview#getDecision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision</em>'.
	 * @see org.trialbench.clinical.AdjudicationReview#getDecision()
	 * @see #getAdjudicationReview()
	 * @generated
	 */
	EAttribute getAdjudicationReview_Decision();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.AdjudicationReview#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.trialbench.clinical.AdjudicationReview#getRationale()
	 * @see #getAdjudicationReview()
	 * @generated
	 */
	EAttribute getAdjudicationReview_Rationale();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.AdjudicationReview#getSubmittedAt <em>Submitted At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Submitted At</em>'.
	 * @see org.trialbench.clinical.AdjudicationReview#getSubmittedAt()
	 * @see #getAdjudicationReview()
	 * @generated
	 */
	EAttribute getAdjudicationReview_SubmittedAt();

	/**
	 * Returns the meta object for the containment reference '{@link org.trialbench.clinical.AdjudicationReview#getSignature <em>Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Signature</em>'.
	 * @see org.trialbench.clinical.AdjudicationReview#getSignature()
	 * @see #getAdjudicationReview()
	 * @generated
	 */
	EReference getAdjudicationReview_Signature();

	/**
	 * Returns the meta object for class '{@link org.trialbench.clinical.Signature <em>Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Signature</em>'.
	 * @see org.trialbench.clinical.Signature
	 * @generated
	 */
	EClass getSignature();

	/**
	 * Returns the meta object for the reference '{@link org.trialbench.clinical.Signature#getSigner <em>Signer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Signer</em>'.
	 * @see org.trialbench.clinical.Signature#getSigner()
	 * @see #getSignature()
	 * @generated
	 */
	EReference getSignature_Signer();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Signature#getSignerName <em>Signer Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signer Name</em>'.
	 * @see org.trialbench.clinical.Signature#getSignerName()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_SignerName();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Signature#getMeaning <em>Meaning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Meaning</em>'.
	 * @see org.trialbench.clinical.Signature#getMeaning()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_Meaning();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Signature#getSignedAt <em>Signed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed At</em>'.
	 * @see org.trialbench.clinical.Signature#getSignedAt()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_SignedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.clinical.Signature#getRecordHash <em>Record Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Record Hash</em>'.
	 * @see org.trialbench.clinical.Signature#getRecordHash()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_RecordHash();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.clinical.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Role</em>'.
	 * @see org.trialbench.clinical.Role
	 * @generated
	 */
	EEnum getRole();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.clinical.Sex <em>Sex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sex</em>'.
	 * @see org.trialbench.clinical.Sex
	 * @generated
	 */
	EEnum getSex();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.clinical.SubjectStatus <em>Subject Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Subject Status</em>'.
	 * @see org.trialbench.clinical.SubjectStatus
	 * @generated
	 */
	EEnum getSubjectStatus();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.clinical.ScreenFailCategory <em>Screen Fail Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Screen Fail Category</em>'.
	 * @see org.trialbench.clinical.ScreenFailCategory
	 * @generated
	 */
	EEnum getScreenFailCategory();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.clinical.VisitStatus <em>Visit Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Visit Status</em>'.
	 * @see org.trialbench.clinical.VisitStatus
	 * @generated
	 */
	EEnum getVisitStatus();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.clinical.FormStatus <em>Form Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Form Status</em>'.
	 * @see org.trialbench.clinical.FormStatus
	 * @generated
	 */
	EEnum getFormStatus();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.clinical.MissingCode <em>Missing Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Missing Code</em>'.
	 * @see org.trialbench.clinical.MissingCode
	 * @generated
	 */
	EEnum getMissingCode();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.clinical.SdvState <em>Sdv State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sdv State</em>'.
	 * @see org.trialbench.clinical.SdvState
	 * @generated
	 */
	EEnum getSdvState();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.clinical.QueryStatus <em>Query Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Query Status</em>'.
	 * @see org.trialbench.clinical.QueryStatus
	 * @generated
	 */
	EEnum getQueryStatus();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.clinical.QueryMessageKind <em>Query Message Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Query Message Kind</em>'.
	 * @see org.trialbench.clinical.QueryMessageKind
	 * @generated
	 */
	EEnum getQueryMessageKind();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.clinical.AsgeSeverity <em>Asge Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Asge Severity</em>'.
	 * @see org.trialbench.clinical.AsgeSeverity
	 * @generated
	 */
	EEnum getAsgeSeverity();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.clinical.AgreeGrade <em>Agree Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Agree Grade</em>'.
	 * @see org.trialbench.clinical.AgreeGrade
	 * @generated
	 */
	EEnum getAgreeGrade();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.clinical.Relationship <em>Relationship</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Relationship</em>'.
	 * @see org.trialbench.clinical.Relationship
	 * @generated
	 */
	EEnum getRelationship();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.clinical.ActionTaken <em>Action Taken</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Action Taken</em>'.
	 * @see org.trialbench.clinical.ActionTaken
	 * @generated
	 */
	EEnum getActionTaken();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.clinical.AeOutcome <em>Ae Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Ae Outcome</em>'.
	 * @see org.trialbench.clinical.AeOutcome
	 * @generated
	 */
	EEnum getAeOutcome();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.clinical.AdjudicationStatus <em>Adjudication Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Adjudication Status</em>'.
	 * @see org.trialbench.clinical.AdjudicationStatus
	 * @generated
	 */
	EEnum getAdjudicationStatus();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.clinical.AdjudicationDecision <em>Adjudication Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Adjudication Decision</em>'.
	 * @see org.trialbench.clinical.AdjudicationDecision
	 * @generated
	 */
	EEnum getAdjudicationDecision();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.clinical.SignatureMeaning <em>Signature Meaning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Signature Meaning</em>'.
	 * @see org.trialbench.clinical.SignatureMeaning
	 * @generated
	 */
	EEnum getSignatureMeaning();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ClinicalFactory getClinicalFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.impl.ClinicalObjectImpl <em>Object</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.impl.ClinicalObjectImpl
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getClinicalObject()
		 * @generated
		 */
		EClass CLINICAL_OBJECT = eINSTANCE.getClinicalObject();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLINICAL_OBJECT__ID = eINSTANCE.getClinicalObject_Id();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.impl.TrialImpl <em>Trial</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.impl.TrialImpl
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getTrial()
		 * @generated
		 */
		EClass TRIAL = eINSTANCE.getTrial();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRIAL__NAME = eINSTANCE.getTrial_Name();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRIAL__PROTOCOL = eINSTANCE.getTrial_Protocol();

		/**
		 * The meta object literal for the '<em><b>Sites</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRIAL__SITES = eINSTANCE.getTrial_Sites();

		/**
		 * The meta object literal for the '<em><b>Users</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRIAL__USERS = eINSTANCE.getTrial_Users();

		/**
		 * The meta object literal for the '<em><b>Adjudication Cases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRIAL__ADJUDICATION_CASES = eINSTANCE.getTrial_AdjudicationCases();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.impl.SiteImpl <em>Site</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.impl.SiteImpl
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getSite()
		 * @generated
		 */
		EClass SITE = eINSTANCE.getSite();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__CODE = eINSTANCE.getSite_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__NAME = eINSTANCE.getSite_Name();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__COUNTRY = eINSTANCE.getSite_Country();

		/**
		 * The meta object literal for the '<em><b>Activation Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__ACTIVATION_DATE = eINSTANCE.getSite_ActivationDate();

		/**
		 * The meta object literal for the '<em><b>Principal Investigator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__PRINCIPAL_INVESTIGATOR = eINSTANCE.getSite_PrincipalInvestigator();

		/**
		 * The meta object literal for the '<em><b>Subjects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__SUBJECTS = eINSTANCE.getSite_Subjects();

		/**
		 * The meta object literal for the '<em><b>Time Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__TIME_ZONE = eINSTANCE.getSite_TimeZone();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.impl.UserImpl <em>User</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.impl.UserImpl
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getUser()
		 * @generated
		 */
		EClass USER = eINSTANCE.getUser();

		/**
		 * The meta object literal for the '<em><b>Username</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__USERNAME = eINSTANCE.getUser_Username();

		/**
		 * The meta object literal for the '<em><b>Full Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__FULL_NAME = eINSTANCE.getUser_FullName();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__EMAIL = eINSTANCE.getUser_Email();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__ROLES = eINSTANCE.getUser_Roles();

		/**
		 * The meta object literal for the '<em><b>Sites</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USER__SITES = eINSTANCE.getUser_Sites();

		/**
		 * The meta object literal for the '<em><b>Active</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__ACTIVE = eINSTANCE.getUser_Active();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.impl.SubjectImpl <em>Subject</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.impl.SubjectImpl
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getSubject()
		 * @generated
		 */
		EClass SUBJECT = eINSTANCE.getSubject();

		/**
		 * The meta object literal for the '<em><b>Screening Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__SCREENING_NUMBER = eINSTANCE.getSubject_ScreeningNumber();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT__SITE = eINSTANCE.getSubject_Site();

		/**
		 * The meta object literal for the '<em><b>Sex</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__SEX = eINSTANCE.getSubject_Sex();

		/**
		 * The meta object literal for the '<em><b>Birth Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__BIRTH_DATE = eINSTANCE.getSubject_BirthDate();

		/**
		 * The meta object literal for the '<em><b>Consent Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__CONSENT_DATE = eINSTANCE.getSubject_ConsentDate();

		/**
		 * The meta object literal for the '<em><b>Consent Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__CONSENT_VERSION = eINSTANCE.getSubject_ConsentVersion();

		/**
		 * The meta object literal for the '<em><b>Age At Consent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__AGE_AT_CONSENT = eINSTANCE.getSubject_AgeAtConsent();

		/**
		 * The meta object literal for the '<em><b>Eligibility Answers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT__ELIGIBILITY_ANSWERS = eINSTANCE.getSubject_EligibilityAnswers();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__STATUS = eINSTANCE.getSubject_Status();

		/**
		 * The meta object literal for the '<em><b>Screen Fail Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__SCREEN_FAIL_CATEGORY = eINSTANCE.getSubject_ScreenFailCategory();

		/**
		 * The meta object literal for the '<em><b>Screen Fail Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__SCREEN_FAIL_REASON = eINSTANCE.getSubject_ScreenFailReason();

		/**
		 * The meta object literal for the '<em><b>Enrolment Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__ENROLMENT_DATE = eINSTANCE.getSubject_EnrolmentDate();

		/**
		 * The meta object literal for the '<em><b>Stratum</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT__STRATUM = eINSTANCE.getSubject_Stratum();

		/**
		 * The meta object literal for the '<em><b>Allocation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT__ALLOCATION = eINSTANCE.getSubject_Allocation();

		/**
		 * The meta object literal for the '<em><b>Visits</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT__VISITS = eINSTANCE.getSubject_Visits();

		/**
		 * The meta object literal for the '<em><b>Adverse Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT__ADVERSE_EVENTS = eINSTANCE.getSubject_AdverseEvents();

		/**
		 * The meta object literal for the '<em><b>Withdrawal Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__WITHDRAWAL_DATE = eINSTANCE.getSubject_WithdrawalDate();

		/**
		 * The meta object literal for the '<em><b>Withdrawal Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__WITHDRAWAL_REASON = eINSTANCE.getSubject_WithdrawalReason();

		/**
		 * The meta object literal for the '<em><b>Sdv State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__SDV_STATE = eINSTANCE.getSubject_SdvState();

		/**
		 * The meta object literal for the '<em><b>Verified By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT__VERIFIED_BY = eINSTANCE.getSubject_VerifiedBy();

		/**
		 * The meta object literal for the '<em><b>Verified At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__VERIFIED_AT = eINSTANCE.getSubject_VerifiedAt();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.impl.EligibilityAnswerImpl <em>Eligibility Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.impl.EligibilityAnswerImpl
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getEligibilityAnswer()
		 * @generated
		 */
		EClass ELIGIBILITY_ANSWER = eINSTANCE.getEligibilityAnswer();

		/**
		 * The meta object literal for the '<em><b>Criterion</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELIGIBILITY_ANSWER__CRITERION = eINSTANCE.getEligibilityAnswer_Criterion();

		/**
		 * The meta object literal for the '<em><b>Met</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELIGIBILITY_ANSWER__MET = eINSTANCE.getEligibilityAnswer_Met();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELIGIBILITY_ANSWER__COMMENT = eINSTANCE.getEligibilityAnswer_Comment();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.impl.AllocationImpl <em>Allocation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.impl.AllocationImpl
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getAllocation()
		 * @generated
		 */
		EClass ALLOCATION = eINSTANCE.getAllocation();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALLOCATION__SUBJECT = eINSTANCE.getAllocation_Subject();

		/**
		 * The meta object literal for the '<em><b>Arm</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALLOCATION__ARM = eINSTANCE.getAllocation_Arm();

		/**
		 * The meta object literal for the '<em><b>Randomization Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION__RANDOMIZATION_NUMBER = eINSTANCE.getAllocation_RandomizationNumber();

		/**
		 * The meta object literal for the '<em><b>Allocated At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION__ALLOCATED_AT = eINSTANCE.getAllocation_AllocatedAt();

		/**
		 * The meta object literal for the '<em><b>Allocated By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALLOCATION__ALLOCATED_BY = eINSTANCE.getAllocation_AllocatedBy();

		/**
		 * The meta object literal for the '<em><b>Received Allocated Intervention</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION__RECEIVED_ALLOCATED_INTERVENTION = eINSTANCE.getAllocation_ReceivedAllocatedIntervention();

		/**
		 * The meta object literal for the '<em><b>Not Received Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION__NOT_RECEIVED_REASON = eINSTANCE.getAllocation_NotReceivedReason();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.impl.VisitImpl <em>Visit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.impl.VisitImpl
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getVisit()
		 * @generated
		 */
		EClass VISIT = eINSTANCE.getVisit();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VISIT__SUBJECT = eINSTANCE.getVisit_Subject();

		/**
		 * The meta object literal for the '<em><b>Definition</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VISIT__DEFINITION = eINSTANCE.getVisit_Definition();

		/**
		 * The meta object literal for the '<em><b>Occurrence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__OCCURRENCE = eINSTANCE.getVisit_Occurrence();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__DATE = eINSTANCE.getVisit_Date();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__STATUS = eINSTANCE.getVisit_Status();

		/**
		 * The meta object literal for the '<em><b>Forms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VISIT__FORMS = eINSTANCE.getVisit_Forms();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.impl.FormRecordImpl <em>Form Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.impl.FormRecordImpl
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getFormRecord()
		 * @generated
		 */
		EClass FORM_RECORD = eINSTANCE.getFormRecord();

		/**
		 * The meta object literal for the '<em><b>Visit</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FORM_RECORD__VISIT = eINSTANCE.getFormRecord_Visit();

		/**
		 * The meta object literal for the '<em><b>Definition</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FORM_RECORD__DEFINITION = eINSTANCE.getFormRecord_Definition();

		/**
		 * The meta object literal for the '<em><b>Occurrence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_RECORD__OCCURRENCE = eINSTANCE.getFormRecord_Occurrence();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_RECORD__STATUS = eINSTANCE.getFormRecord_Status();

		/**
		 * The meta object literal for the '<em><b>Item Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FORM_RECORD__ITEM_VALUES = eINSTANCE.getFormRecord_ItemValues();

		/**
		 * The meta object literal for the '<em><b>Signature</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FORM_RECORD__SIGNATURE = eINSTANCE.getFormRecord_Signature();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.impl.ItemValueImpl <em>Item Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.impl.ItemValueImpl
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getItemValue()
		 * @generated
		 */
		EClass ITEM_VALUE = eINSTANCE.getItemValue();

		/**
		 * The meta object literal for the '<em><b>Form</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM_VALUE__FORM = eINSTANCE.getItemValue_Form();

		/**
		 * The meta object literal for the '<em><b>Definition</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM_VALUE__DEFINITION = eINSTANCE.getItemValue_Definition();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_VALUE__VALUE = eINSTANCE.getItemValue_Value();

		/**
		 * The meta object literal for the '<em><b>Missing Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_VALUE__MISSING_CODE = eINSTANCE.getItemValue_MissingCode();

		/**
		 * The meta object literal for the '<em><b>Sdv State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_VALUE__SDV_STATE = eINSTANCE.getItemValue_SdvState();

		/**
		 * The meta object literal for the '<em><b>Verified By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM_VALUE__VERIFIED_BY = eINSTANCE.getItemValue_VerifiedBy();

		/**
		 * The meta object literal for the '<em><b>Verified At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_VALUE__VERIFIED_AT = eINSTANCE.getItemValue_VerifiedAt();

		/**
		 * The meta object literal for the '<em><b>Queries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM_VALUE__QUERIES = eINSTANCE.getItemValue_Queries();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.impl.QueryImpl <em>Query</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.impl.QueryImpl
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getQuery()
		 * @generated
		 */
		EClass QUERY = eINSTANCE.getQuery();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUERY__STATUS = eINSTANCE.getQuery_Status();

		/**
		 * The meta object literal for the '<em><b>Raised By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUERY__RAISED_BY = eINSTANCE.getQuery_RaisedBy();

		/**
		 * The meta object literal for the '<em><b>Raised At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUERY__RAISED_AT = eINSTANCE.getQuery_RaisedAt();

		/**
		 * The meta object literal for the '<em><b>Field</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUERY__FIELD = eINSTANCE.getQuery_Field();

		/**
		 * The meta object literal for the '<em><b>Messages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUERY__MESSAGES = eINSTANCE.getQuery_Messages();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.impl.QueryMessageImpl <em>Query Message</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.impl.QueryMessageImpl
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getQueryMessage()
		 * @generated
		 */
		EClass QUERY_MESSAGE = eINSTANCE.getQueryMessage();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUERY_MESSAGE__AUTHOR = eINSTANCE.getQueryMessage_Author();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUERY_MESSAGE__AT = eINSTANCE.getQueryMessage_At();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUERY_MESSAGE__TEXT = eINSTANCE.getQueryMessage_Text();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUERY_MESSAGE__KIND = eINSTANCE.getQueryMessage_Kind();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.impl.AdverseEventImpl <em>Adverse Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.impl.AdverseEventImpl
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getAdverseEvent()
		 * @generated
		 */
		EClass ADVERSE_EVENT = eINSTANCE.getAdverseEvent();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADVERSE_EVENT__SUBJECT = eINSTANCE.getAdverseEvent_Subject();

		/**
		 * The meta object literal for the '<em><b>Verbatim Term</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__VERBATIM_TERM = eINSTANCE.getAdverseEvent_VerbatimTerm();

		/**
		 * The meta object literal for the '<em><b>Coding</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADVERSE_EVENT__CODING = eINSTANCE.getAdverseEvent_Coding();

		/**
		 * The meta object literal for the '<em><b>Onset Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__ONSET_DATE = eINSTANCE.getAdverseEvent_OnsetDate();

		/**
		 * The meta object literal for the '<em><b>Resolution Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__RESOLUTION_DATE = eINSTANCE.getAdverseEvent_ResolutionDate();

		/**
		 * The meta object literal for the '<em><b>Ongoing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__ONGOING = eINSTANCE.getAdverseEvent_Ongoing();

		/**
		 * The meta object literal for the '<em><b>Ctcae Grade</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__CTCAE_GRADE = eINSTANCE.getAdverseEvent_CtcaeGrade();

		/**
		 * The meta object literal for the '<em><b>Asge Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__ASGE_SEVERITY = eINSTANCE.getAdverseEvent_AsgeSeverity();

		/**
		 * The meta object literal for the '<em><b>Agree Grade</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__AGREE_GRADE = eINSTANCE.getAdverseEvent_AgreeGrade();

		/**
		 * The meta object literal for the '<em><b>Serious</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__SERIOUS = eINSTANCE.getAdverseEvent_Serious();

		/**
		 * The meta object literal for the '<em><b>Seriousness Criteria</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__SERIOUSNESS_CRITERIA = eINSTANCE.getAdverseEvent_SeriousnessCriteria();

		/**
		 * The meta object literal for the '<em><b>Relationship</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__RELATIONSHIP = eINSTANCE.getAdverseEvent_Relationship();

		/**
		 * The meta object literal for the '<em><b>Action Taken</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__ACTION_TAKEN = eINSTANCE.getAdverseEvent_ActionTaken();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__OUTCOME = eINSTANCE.getAdverseEvent_Outcome();

		/**
		 * The meta object literal for the '<em><b>Expected</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__EXPECTED = eINSTANCE.getAdverseEvent_Expected();

		/**
		 * The meta object literal for the '<em><b>Aware At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__AWARE_AT = eINSTANCE.getAdverseEvent_AwareAt();

		/**
		 * The meta object literal for the '<em><b>Reported To Sponsor At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__REPORTED_TO_SPONSOR_AT = eINSTANCE.getAdverseEvent_ReportedToSponsorAt();

		/**
		 * The meta object literal for the '<em><b>Reported To Authority At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__REPORTED_TO_AUTHORITY_AT = eINSTANCE.getAdverseEvent_ReportedToAuthorityAt();

		/**
		 * The meta object literal for the '<em><b>Treatment Emergent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__TREATMENT_EMERGENT = eINSTANCE.getAdverseEvent_TreatmentEmergent();

		/**
		 * The meta object literal for the '<em><b>Sdv State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__SDV_STATE = eINSTANCE.getAdverseEvent_SdvState();

		/**
		 * The meta object literal for the '<em><b>Verified By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADVERSE_EVENT__VERIFIED_BY = eINSTANCE.getAdverseEvent_VerifiedBy();

		/**
		 * The meta object literal for the '<em><b>Verified At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__VERIFIED_AT = eINSTANCE.getAdverseEvent_VerifiedAt();

		/**
		 * The meta object literal for the '<em><b>Queries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADVERSE_EVENT__QUERIES = eINSTANCE.getAdverseEvent_Queries();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.impl.MeddraCodingImpl <em>Meddra Coding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.impl.MeddraCodingImpl
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getMeddraCoding()
		 * @generated
		 */
		EClass MEDDRA_CODING = eINSTANCE.getMeddraCoding();

		/**
		 * The meta object literal for the '<em><b>Dictionary Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDDRA_CODING__DICTIONARY_VERSION = eINSTANCE.getMeddraCoding_DictionaryVersion();

		/**
		 * The meta object literal for the '<em><b>Llt Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDDRA_CODING__LLT_CODE = eINSTANCE.getMeddraCoding_LltCode();

		/**
		 * The meta object literal for the '<em><b>Llt Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDDRA_CODING__LLT_NAME = eINSTANCE.getMeddraCoding_LltName();

		/**
		 * The meta object literal for the '<em><b>Pt Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDDRA_CODING__PT_CODE = eINSTANCE.getMeddraCoding_PtCode();

		/**
		 * The meta object literal for the '<em><b>Pt Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDDRA_CODING__PT_NAME = eINSTANCE.getMeddraCoding_PtName();

		/**
		 * The meta object literal for the '<em><b>Hlt Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDDRA_CODING__HLT_CODE = eINSTANCE.getMeddraCoding_HltCode();

		/**
		 * The meta object literal for the '<em><b>Hlt Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDDRA_CODING__HLT_NAME = eINSTANCE.getMeddraCoding_HltName();

		/**
		 * The meta object literal for the '<em><b>Hlgt Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDDRA_CODING__HLGT_CODE = eINSTANCE.getMeddraCoding_HlgtCode();

		/**
		 * The meta object literal for the '<em><b>Hlgt Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDDRA_CODING__HLGT_NAME = eINSTANCE.getMeddraCoding_HlgtName();

		/**
		 * The meta object literal for the '<em><b>Soc Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDDRA_CODING__SOC_CODE = eINSTANCE.getMeddraCoding_SocCode();

		/**
		 * The meta object literal for the '<em><b>Soc Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDDRA_CODING__SOC_NAME = eINSTANCE.getMeddraCoding_SocName();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.impl.AdjudicationCaseImpl <em>Adjudication Case</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.impl.AdjudicationCaseImpl
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getAdjudicationCase()
		 * @generated
		 */
		EClass ADJUDICATION_CASE = eINSTANCE.getAdjudicationCase();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADJUDICATION_CASE__SUBJECT = eINSTANCE.getAdjudicationCase_Subject();

		/**
		 * The meta object literal for the '<em><b>Endpoint</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADJUDICATION_CASE__ENDPOINT = eINSTANCE.getAdjudicationCase_Endpoint();

		/**
		 * The meta object literal for the '<em><b>Visit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADJUDICATION_CASE__VISIT = eINSTANCE.getAdjudicationCase_Visit();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADJUDICATION_CASE__STATUS = eINSTANCE.getAdjudicationCase_Status();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADJUDICATION_CASE__CREATED_AT = eINSTANCE.getAdjudicationCase_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Reviews</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADJUDICATION_CASE__REVIEWS = eINSTANCE.getAdjudicationCase_Reviews();

		/**
		 * The meta object literal for the '<em><b>Final Decision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADJUDICATION_CASE__FINAL_DECISION = eINSTANCE.getAdjudicationCase_FinalDecision();

		/**
		 * The meta object literal for the '<em><b>Resolution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADJUDICATION_CASE__RESOLUTION = eINSTANCE.getAdjudicationCase_Resolution();

		/**
		 * The meta object literal for the '<em><b>Closed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADJUDICATION_CASE__CLOSED_AT = eINSTANCE.getAdjudicationCase_ClosedAt();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.impl.AdjudicationReviewImpl <em>Adjudication Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.impl.AdjudicationReviewImpl
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getAdjudicationReview()
		 * @generated
		 */
		EClass ADJUDICATION_REVIEW = eINSTANCE.getAdjudicationReview();

		/**
		 * The meta object literal for the '<em><b>Adjudicator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADJUDICATION_REVIEW__ADJUDICATOR = eINSTANCE.getAdjudicationReview_Adjudicator();

		/**
		 * The meta object literal for the '<em><b>Round</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADJUDICATION_REVIEW__ROUND = eINSTANCE.getAdjudicationReview_Round();

		/**
		 * The meta object literal for the '<em><b>Decision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADJUDICATION_REVIEW__DECISION = eINSTANCE.getAdjudicationReview_Decision();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADJUDICATION_REVIEW__RATIONALE = eINSTANCE.getAdjudicationReview_Rationale();

		/**
		 * The meta object literal for the '<em><b>Submitted At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADJUDICATION_REVIEW__SUBMITTED_AT = eINSTANCE.getAdjudicationReview_SubmittedAt();

		/**
		 * The meta object literal for the '<em><b>Signature</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADJUDICATION_REVIEW__SIGNATURE = eINSTANCE.getAdjudicationReview_Signature();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.impl.SignatureImpl <em>Signature</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.impl.SignatureImpl
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getSignature()
		 * @generated
		 */
		EClass SIGNATURE = eINSTANCE.getSignature();

		/**
		 * The meta object literal for the '<em><b>Signer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SIGNATURE__SIGNER = eINSTANCE.getSignature_Signer();

		/**
		 * The meta object literal for the '<em><b>Signer Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__SIGNER_NAME = eINSTANCE.getSignature_SignerName();

		/**
		 * The meta object literal for the '<em><b>Meaning</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__MEANING = eINSTANCE.getSignature_Meaning();

		/**
		 * The meta object literal for the '<em><b>Signed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__SIGNED_AT = eINSTANCE.getSignature_SignedAt();

		/**
		 * The meta object literal for the '<em><b>Record Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__RECORD_HASH = eINSTANCE.getSignature_RecordHash();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.Role <em>Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.Role
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getRole()
		 * @generated
		 */
		EEnum ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.Sex <em>Sex</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.Sex
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getSex()
		 * @generated
		 */
		EEnum SEX = eINSTANCE.getSex();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.SubjectStatus <em>Subject Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.SubjectStatus
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getSubjectStatus()
		 * @generated
		 */
		EEnum SUBJECT_STATUS = eINSTANCE.getSubjectStatus();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.ScreenFailCategory <em>Screen Fail Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.ScreenFailCategory
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getScreenFailCategory()
		 * @generated
		 */
		EEnum SCREEN_FAIL_CATEGORY = eINSTANCE.getScreenFailCategory();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.VisitStatus <em>Visit Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.VisitStatus
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getVisitStatus()
		 * @generated
		 */
		EEnum VISIT_STATUS = eINSTANCE.getVisitStatus();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.FormStatus <em>Form Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.FormStatus
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getFormStatus()
		 * @generated
		 */
		EEnum FORM_STATUS = eINSTANCE.getFormStatus();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.MissingCode <em>Missing Code</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.MissingCode
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getMissingCode()
		 * @generated
		 */
		EEnum MISSING_CODE = eINSTANCE.getMissingCode();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.SdvState <em>Sdv State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.SdvState
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getSdvState()
		 * @generated
		 */
		EEnum SDV_STATE = eINSTANCE.getSdvState();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.QueryStatus <em>Query Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.QueryStatus
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getQueryStatus()
		 * @generated
		 */
		EEnum QUERY_STATUS = eINSTANCE.getQueryStatus();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.QueryMessageKind <em>Query Message Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.QueryMessageKind
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getQueryMessageKind()
		 * @generated
		 */
		EEnum QUERY_MESSAGE_KIND = eINSTANCE.getQueryMessageKind();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.AsgeSeverity <em>Asge Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.AsgeSeverity
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getAsgeSeverity()
		 * @generated
		 */
		EEnum ASGE_SEVERITY = eINSTANCE.getAsgeSeverity();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.AgreeGrade <em>Agree Grade</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.AgreeGrade
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getAgreeGrade()
		 * @generated
		 */
		EEnum AGREE_GRADE = eINSTANCE.getAgreeGrade();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.Relationship <em>Relationship</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.Relationship
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getRelationship()
		 * @generated
		 */
		EEnum RELATIONSHIP = eINSTANCE.getRelationship();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.ActionTaken <em>Action Taken</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.ActionTaken
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getActionTaken()
		 * @generated
		 */
		EEnum ACTION_TAKEN = eINSTANCE.getActionTaken();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.AeOutcome <em>Ae Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.AeOutcome
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getAeOutcome()
		 * @generated
		 */
		EEnum AE_OUTCOME = eINSTANCE.getAeOutcome();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.AdjudicationStatus <em>Adjudication Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.AdjudicationStatus
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getAdjudicationStatus()
		 * @generated
		 */
		EEnum ADJUDICATION_STATUS = eINSTANCE.getAdjudicationStatus();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.AdjudicationDecision <em>Adjudication Decision</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.AdjudicationDecision
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getAdjudicationDecision()
		 * @generated
		 */
		EEnum ADJUDICATION_DECISION = eINSTANCE.getAdjudicationDecision();

		/**
		 * The meta object literal for the '{@link org.trialbench.clinical.SignatureMeaning <em>Signature Meaning</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.clinical.SignatureMeaning
		 * @see org.trialbench.clinical.impl.ClinicalPackageImpl#getSignatureMeaning()
		 * @generated
		 */
		EEnum SIGNATURE_MEANING = eINSTANCE.getSignatureMeaning();

	}

} //ClinicalPackage
