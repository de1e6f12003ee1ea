/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.clinical.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.trialbench.clinical.ActionTaken;
import org.trialbench.clinical.AdjudicationCase;
import org.trialbench.clinical.AdjudicationDecision;
import org.trialbench.clinical.AdjudicationReview;
import org.trialbench.clinical.AdjudicationStatus;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.AeOutcome;
import org.trialbench.clinical.AgreeGrade;
import org.trialbench.clinical.Allocation;
import org.trialbench.clinical.AsgeSeverity;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.ClinicalObject;
import org.trialbench.clinical.ClinicalPackage;
import org.trialbench.clinical.EligibilityAnswer;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.FormStatus;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.MeddraCoding;
import org.trialbench.clinical.MissingCode;
import org.trialbench.clinical.Query;
import org.trialbench.clinical.QueryMessage;
import org.trialbench.clinical.QueryMessageKind;
import org.trialbench.clinical.QueryStatus;
import org.trialbench.clinical.Relationship;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.ScreenFailCategory;
import org.trialbench.clinical.SdvState;
import org.trialbench.clinical.Sex;
import org.trialbench.clinical.Signature;
import org.trialbench.clinical.SignatureMeaning;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.clinical.Trial;
import org.trialbench.clinical.User;
import org.trialbench.clinical.Visit;
import org.trialbench.clinical.VisitStatus;

import org.trialbench.protocol.ProtocolPackage;

import org.trialbench.protocol.impl.ProtocolPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ClinicalPackageImpl extends EPackageImpl implements ClinicalPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass clinicalObjectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trialEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass siteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass userEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass subjectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass eligibilityAnswerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass allocationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass visitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass formRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass itemValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass queryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass queryMessageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass adverseEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass meddraCodingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass adjudicationCaseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass adjudicationReviewEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass signatureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum roleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sexEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum subjectStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum screenFailCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum visitStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum formStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum missingCodeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sdvStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum queryStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum queryMessageKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum asgeSeverityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum agreeGradeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum relationshipEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum actionTakenEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum aeOutcomeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum adjudicationStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum adjudicationDecisionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum signatureMeaningEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.trialbench.clinical.ClinicalPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ClinicalPackageImpl() {
		super(eNS_URI, ClinicalFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ClinicalPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ClinicalPackage init() {
		if (isInited) return (ClinicalPackage)EPackage.Registry.INSTANCE.getEPackage(ClinicalPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredClinicalPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ClinicalPackageImpl theClinicalPackage = registeredClinicalPackage instanceof ClinicalPackageImpl ? (ClinicalPackageImpl)registeredClinicalPackage : new ClinicalPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ProtocolPackage.eNS_URI);
		ProtocolPackageImpl theProtocolPackage = (ProtocolPackageImpl)(registeredPackage instanceof ProtocolPackageImpl ? registeredPackage : ProtocolPackage.eINSTANCE);

		// Create package meta-data objects
		theClinicalPackage.createPackageContents();
		theProtocolPackage.createPackageContents();

		// Initialize created meta-data
		theClinicalPackage.initializePackageContents();
		theProtocolPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theClinicalPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ClinicalPackage.eNS_URI, theClinicalPackage);
		return theClinicalPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClinicalObject() {
		return clinicalObjectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClinicalObject_Id() {
		return (EAttribute)clinicalObjectEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrial() {
		return trialEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrial_Name() {
		return (EAttribute)trialEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrial_Protocol() {
		return (EReference)trialEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrial_Sites() {
		return (EReference)trialEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrial_Users() {
		return (EReference)trialEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrial_AdjudicationCases() {
		return (EReference)trialEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSite() {
		return siteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_Code() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_Name() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_Country() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_ActivationDate() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_PrincipalInvestigator() {
		return (EReference)siteEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_Subjects() {
		return (EReference)siteEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_TimeZone() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUser() {
		return userEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUser_Username() {
		return (EAttribute)userEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUser_FullName() {
		return (EAttribute)userEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUser_Email() {
		return (EAttribute)userEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUser_Roles() {
		return (EAttribute)userEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUser_Sites() {
		return (EReference)userEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUser_Active() {
		return (EAttribute)userEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSubject() {
		return subjectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubject_ScreeningNumber() {
		return (EAttribute)subjectEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubject_Site() {
		return (EReference)subjectEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubject_Sex() {
		return (EAttribute)subjectEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubject_BirthDate() {
		return (EAttribute)subjectEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubject_ConsentDate() {
		return (EAttribute)subjectEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubject_ConsentVersion() {
		return (EAttribute)subjectEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubject_AgeAtConsent() {
		return (EAttribute)subjectEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubject_EligibilityAnswers() {
		return (EReference)subjectEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubject_Status() {
		return (EAttribute)subjectEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubject_ScreenFailCategory() {
		return (EAttribute)subjectEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubject_ScreenFailReason() {
		return (EAttribute)subjectEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubject_EnrolmentDate() {
		return (EAttribute)subjectEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubject_Stratum() {
		return (EReference)subjectEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubject_Allocation() {
		return (EReference)subjectEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubject_Visits() {
		return (EReference)subjectEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubject_AdverseEvents() {
		return (EReference)subjectEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubject_WithdrawalDate() {
		return (EAttribute)subjectEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubject_WithdrawalReason() {
		return (EAttribute)subjectEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubject_SdvState() {
		return (EAttribute)subjectEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubject_VerifiedBy() {
		return (EReference)subjectEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubject_VerifiedAt() {
		return (EAttribute)subjectEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEligibilityAnswer() {
		return eligibilityAnswerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEligibilityAnswer_Criterion() {
		return (EReference)eligibilityAnswerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEligibilityAnswer_Met() {
		return (EAttribute)eligibilityAnswerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEligibilityAnswer_Comment() {
		return (EAttribute)eligibilityAnswerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAllocation() {
		return allocationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAllocation_Subject() {
		return (EReference)allocationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAllocation_Arm() {
		return (EReference)allocationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAllocation_RandomizationNumber() {
		return (EAttribute)allocationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAllocation_AllocatedAt() {
		return (EAttribute)allocationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAllocation_AllocatedBy() {
		return (EReference)allocationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAllocation_ReceivedAllocatedIntervention() {
		return (EAttribute)allocationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAllocation_NotReceivedReason() {
		return (EAttribute)allocationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVisit() {
		return visitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVisit_Subject() {
		return (EReference)visitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVisit_Definition() {
		return (EReference)visitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisit_Occurrence() {
		return (EAttribute)visitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisit_Date() {
		return (EAttribute)visitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisit_Status() {
		return (EAttribute)visitEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVisit_Forms() {
		return (EReference)visitEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFormRecord() {
		return formRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFormRecord_Visit() {
		return (EReference)formRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFormRecord_Definition() {
		return (EReference)formRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFormRecord_Occurrence() {
		return (EAttribute)formRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFormRecord_Status() {
		return (EAttribute)formRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFormRecord_ItemValues() {
		return (EReference)formRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFormRecord_Signature() {
		return (EReference)formRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getItemValue() {
		return itemValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getItemValue_Form() {
		return (EReference)itemValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getItemValue_Definition() {
		return (EReference)itemValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemValue_Value() {
		return (EAttribute)itemValueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemValue_MissingCode() {
		return (EAttribute)itemValueEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemValue_SdvState() {
		return (EAttribute)itemValueEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getItemValue_VerifiedBy() {
		return (EReference)itemValueEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemValue_VerifiedAt() {
		return (EAttribute)itemValueEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getItemValue_Queries() {
		return (EReference)itemValueEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQuery() {
		return queryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuery_Status() {
		return (EAttribute)queryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQuery_RaisedBy() {
		return (EReference)queryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuery_RaisedAt() {
		return (EAttribute)queryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuery_Field() {
		return (EAttribute)queryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQuery_Messages() {
		return (EReference)queryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQueryMessage() {
		return queryMessageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQueryMessage_Author() {
		return (EReference)queryMessageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQueryMessage_At() {
		return (EAttribute)queryMessageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQueryMessage_Text() {
		return (EAttribute)queryMessageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQueryMessage_Kind() {
		return (EAttribute)queryMessageEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAdverseEvent() {
		return adverseEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdverseEvent_Subject() {
		return (EReference)adverseEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEvent_VerbatimTerm() {
		return (EAttribute)adverseEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdverseEvent_Coding() {
		return (EReference)adverseEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEvent_OnsetDate() {
		return (EAttribute)adverseEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEvent_ResolutionDate() {
		return (EAttribute)adverseEventEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEvent_Ongoing() {
		return (EAttribute)adverseEventEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEvent_CtcaeGrade() {
		return (EAttribute)adverseEventEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEvent_AsgeSeverity() {
		return (EAttribute)adverseEventEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEvent_AgreeGrade() {
		return (EAttribute)adverseEventEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEvent_Serious() {
		return (EAttribute)adverseEventEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEvent_SeriousnessCriteria() {
		return (EAttribute)adverseEventEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEvent_Relationship() {
		return (EAttribute)adverseEventEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEvent_ActionTaken() {
		return (EAttribute)adverseEventEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEvent_Outcome() {
		return (EAttribute)adverseEventEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEvent_Expected() {
		return (EAttribute)adverseEventEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEvent_AwareAt() {
		return (EAttribute)adverseEventEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEvent_ReportedToSponsorAt() {
		return (EAttribute)adverseEventEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEvent_ReportedToAuthorityAt() {
		return (EAttribute)adverseEventEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEvent_TreatmentEmergent() {
		return (EAttribute)adverseEventEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEvent_SdvState() {
		return (EAttribute)adverseEventEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdverseEvent_VerifiedBy() {
		return (EReference)adverseEventEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEvent_VerifiedAt() {
		return (EAttribute)adverseEventEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdverseEvent_Queries() {
		return (EReference)adverseEventEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMeddraCoding() {
		return meddraCodingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeddraCoding_DictionaryVersion() {
		return (EAttribute)meddraCodingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeddraCoding_LltCode() {
		return (EAttribute)meddraCodingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeddraCoding_LltName() {
		return (EAttribute)meddraCodingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeddraCoding_PtCode() {
		return (EAttribute)meddraCodingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeddraCoding_PtName() {
		return (EAttribute)meddraCodingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeddraCoding_HltCode() {
		return (EAttribute)meddraCodingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeddraCoding_HltName() {
		return (EAttribute)meddraCodingEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeddraCoding_HlgtCode() {
		return (EAttribute)meddraCodingEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeddraCoding_HlgtName() {
		return (EAttribute)meddraCodingEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeddraCoding_SocCode() {
		return (EAttribute)meddraCodingEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeddraCoding_SocName() {
		return (EAttribute)meddraCodingEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAdjudicationCase() {
		return adjudicationCaseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdjudicationCase_Subject() {
		return (EReference)adjudicationCaseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdjudicationCase_Endpoint() {
		return (EReference)adjudicationCaseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdjudicationCase_Visit() {
		return (EReference)adjudicationCaseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdjudicationCase_Status() {
		return (EAttribute)adjudicationCaseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdjudicationCase_CreatedAt() {
		return (EAttribute)adjudicationCaseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdjudicationCase_Reviews() {
		return (EReference)adjudicationCaseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdjudicationCase_FinalDecision() {
		return (EAttribute)adjudicationCaseEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdjudicationCase_Resolution() {
		return (EAttribute)adjudicationCaseEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdjudicationCase_ClosedAt() {
		return (EAttribute)adjudicationCaseEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAdjudicationReview() {
		return adjudicationReviewEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdjudicationReview_Adjudicator() {
		return (EReference)adjudicationReviewEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdjudicationReview_Round() {
		return (EAttribute)adjudicationReviewEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdjudicationReview_Decision() {
		return (EAttribute)adjudicationReviewEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdjudicationReview_Rationale() {
		return (EAttribute)adjudicationReviewEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdjudicationReview_SubmittedAt() {
		return (EAttribute)adjudicationReviewEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdjudicationReview_Signature() {
		return (EReference)adjudicationReviewEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSignature() {
		return signatureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSignature_Signer() {
		return (EReference)signatureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignature_SignerName() {
		return (EAttribute)signatureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignature_Meaning() {
		return (EAttribute)signatureEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignature_SignedAt() {
		return (EAttribute)signatureEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignature_RecordHash() {
		return (EAttribute)signatureEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRole() {
		return roleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSex() {
		return sexEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSubjectStatus() {
		return subjectStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getScreenFailCategory() {
		return screenFailCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVisitStatus() {
		return visitStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFormStatus() {
		return formStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMissingCode() {
		return missingCodeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSdvState() {
		return sdvStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getQueryStatus() {
		return queryStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getQueryMessageKind() {
		return queryMessageKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAsgeSeverity() {
		return asgeSeverityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAgreeGrade() {
		return agreeGradeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRelationship() {
		return relationshipEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActionTaken() {
		return actionTakenEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAeOutcome() {
		return aeOutcomeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAdjudicationStatus() {
		return adjudicationStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAdjudicationDecision() {
		return adjudicationDecisionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSignatureMeaning() {
		return signatureMeaningEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClinicalFactory getClinicalFactory() {
		return (ClinicalFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		clinicalObjectEClass = createEClass(CLINICAL_OBJECT);
		createEAttribute(clinicalObjectEClass, CLINICAL_OBJECT__ID);

		trialEClass = createEClass(TRIAL);
		createEAttribute(trialEClass, TRIAL__NAME);
		createEReference(trialEClass, TRIAL__PROTOCOL);
		createEReference(trialEClass, TRIAL__SITES);
		createEReference(trialEClass, TRIAL__USERS);
		createEReference(trialEClass, TRIAL__ADJUDICATION_CASES);

		siteEClass = createEClass(SITE);
		createEAttribute(siteEClass, SITE__CODE);
		createEAttribute(siteEClass, SITE__NAME);
		createEAttribute(siteEClass, SITE__COUNTRY);
		createEAttribute(siteEClass, SITE__ACTIVATION_DATE);
		createEReference(siteEClass, SITE__PRINCIPAL_INVESTIGATOR);
		createEReference(siteEClass, SITE__SUBJECTS);
		createEAttribute(siteEClass, SITE__TIME_ZONE);

		userEClass = createEClass(USER);
		createEAttribute(userEClass, USER__USERNAME);
		createEAttribute(userEClass, USER__FULL_NAME);
		createEAttribute(userEClass, USER__EMAIL);
		createEAttribute(userEClass, USER__ROLES);
		createEReference(userEClass, USER__SITES);
		createEAttribute(userEClass, USER__ACTIVE);

		subjectEClass = createEClass(SUBJECT);
		createEAttribute(subjectEClass, SUBJECT__SCREENING_NUMBER);
		createEReference(subjectEClass, SUBJECT__SITE);
		createEAttribute(subjectEClass, SUBJECT__SEX);
		createEAttribute(subjectEClass, SUBJECT__BIRTH_DATE);
		createEAttribute(subjectEClass, SUBJECT__CONSENT_DATE);
		createEAttribute(subjectEClass, SUBJECT__CONSENT_VERSION);
		createEAttribute(subjectEClass, SUBJECT__AGE_AT_CONSENT);
		createEReference(subjectEClass, SUBJECT__ELIGIBILITY_ANSWERS);
		createEAttribute(subjectEClass, SUBJECT__STATUS);
		createEAttribute(subjectEClass, SUBJECT__SCREEN_FAIL_CATEGORY);
		createEAttribute(subjectEClass, SUBJECT__SCREEN_FAIL_REASON);
		createEAttribute(subjectEClass, SUBJECT__ENROLMENT_DATE);
		createEReference(subjectEClass, SUBJECT__STRATUM);
		createEReference(subjectEClass, SUBJECT__ALLOCATION);
		createEReference(subjectEClass, SUBJECT__VISITS);
		createEReference(subjectEClass, SUBJECT__ADVERSE_EVENTS);
		createEAttribute(subjectEClass, SUBJECT__WITHDRAWAL_DATE);
		createEAttribute(subjectEClass, SUBJECT__WITHDRAWAL_REASON);
		createEAttribute(subjectEClass, SUBJECT__SDV_STATE);
		createEReference(subjectEClass, SUBJECT__VERIFIED_BY);
		createEAttribute(subjectEClass, SUBJECT__VERIFIED_AT);

		eligibilityAnswerEClass = createEClass(ELIGIBILITY_ANSWER);
		createEReference(eligibilityAnswerEClass, ELIGIBILITY_ANSWER__CRITERION);
		createEAttribute(eligibilityAnswerEClass, ELIGIBILITY_ANSWER__MET);
		createEAttribute(eligibilityAnswerEClass, ELIGIBILITY_ANSWER__COMMENT);

		allocationEClass = createEClass(ALLOCATION);
		createEReference(allocationEClass, ALLOCATION__SUBJECT);
		createEReference(allocationEClass, ALLOCATION__ARM);
		createEAttribute(allocationEClass, ALLOCATION__RANDOMIZATION_NUMBER);
		createEAttribute(allocationEClass, ALLOCATION__ALLOCATED_AT);
		createEReference(allocationEClass, ALLOCATION__ALLOCATED_BY);
		createEAttribute(allocationEClass, ALLOCATION__RECEIVED_ALLOCATED_INTERVENTION);
		createEAttribute(allocationEClass, ALLOCATION__NOT_RECEIVED_REASON);

		visitEClass = createEClass(VISIT);
		createEReference(visitEClass, VISIT__SUBJECT);
		createEReference(visitEClass, VISIT__DEFINITION);
		createEAttribute(visitEClass, VISIT__OCCURRENCE);
		createEAttribute(visitEClass, VISIT__DATE);
		createEAttribute(visitEClass, VISIT__STATUS);
		createEReference(visitEClass, VISIT__FORMS);

		formRecordEClass = createEClass(FORM_RECORD);
		createEReference(formRecordEClass, FORM_RECORD__VISIT);
		createEReference(formRecordEClass, FORM_RECORD__DEFINITION);
		createEAttribute(formRecordEClass, FORM_RECORD__OCCURRENCE);
		createEAttribute(formRecordEClass, FORM_RECORD__STATUS);
		createEReference(formRecordEClass, FORM_RECORD__ITEM_VALUES);
		createEReference(formRecordEClass, FORM_RECORD__SIGNATURE);

		itemValueEClass = createEClass(ITEM_VALUE);
		createEReference(itemValueEClass, ITEM_VALUE__FORM);
		createEReference(itemValueEClass, ITEM_VALUE__DEFINITION);
		createEAttribute(itemValueEClass, ITEM_VALUE__VALUE);
		createEAttribute(itemValueEClass, ITEM_VALUE__MISSING_CODE);
		createEAttribute(itemValueEClass, ITEM_VALUE__SDV_STATE);
		createEReference(itemValueEClass, ITEM_VALUE__VERIFIED_BY);
		createEAttribute(itemValueEClass, ITEM_VALUE__VERIFIED_AT);
		createEReference(itemValueEClass, ITEM_VALUE__QUERIES);

		queryEClass = createEClass(QUERY);
		createEAttribute(queryEClass, QUERY__STATUS);
		createEReference(queryEClass, QUERY__RAISED_BY);
		createEAttribute(queryEClass, QUERY__RAISED_AT);
		createEAttribute(queryEClass, QUERY__FIELD);
		createEReference(queryEClass, QUERY__MESSAGES);

		queryMessageEClass = createEClass(QUERY_MESSAGE);
		createEReference(queryMessageEClass, QUERY_MESSAGE__AUTHOR);
		createEAttribute(queryMessageEClass, QUERY_MESSAGE__AT);
		createEAttribute(queryMessageEClass, QUERY_MESSAGE__TEXT);
		createEAttribute(queryMessageEClass, QUERY_MESSAGE__KIND);

		adverseEventEClass = createEClass(ADVERSE_EVENT);
		createEReference(adverseEventEClass, ADVERSE_EVENT__SUBJECT);
		createEAttribute(adverseEventEClass, ADVERSE_EVENT__VERBATIM_TERM);
		createEReference(adverseEventEClass, ADVERSE_EVENT__CODING);
		createEAttribute(adverseEventEClass, ADVERSE_EVENT__ONSET_DATE);
		createEAttribute(adverseEventEClass, ADVERSE_EVENT__RESOLUTION_DATE);
		createEAttribute(adverseEventEClass, ADVERSE_EVENT__ONGOING);
		createEAttribute(adverseEventEClass, ADVERSE_EVENT__CTCAE_GRADE);
		createEAttribute(adverseEventEClass, ADVERSE_EVENT__ASGE_SEVERITY);
		createEAttribute(adverseEventEClass, ADVERSE_EVENT__AGREE_GRADE);
		createEAttribute(adverseEventEClass, ADVERSE_EVENT__SERIOUS);
		createEAttribute(adverseEventEClass, ADVERSE_EVENT__SERIOUSNESS_CRITERIA);
		createEAttribute(adverseEventEClass, ADVERSE_EVENT__RELATIONSHIP);
		createEAttribute(adverseEventEClass, ADVERSE_EVENT__ACTION_TAKEN);
		createEAttribute(adverseEventEClass, ADVERSE_EVENT__OUTCOME);
		createEAttribute(adverseEventEClass, ADVERSE_EVENT__EXPECTED);
		createEAttribute(adverseEventEClass, ADVERSE_EVENT__AWARE_AT);
		createEAttribute(adverseEventEClass, ADVERSE_EVENT__REPORTED_TO_SPONSOR_AT);
		createEAttribute(adverseEventEClass, ADVERSE_EVENT__REPORTED_TO_AUTHORITY_AT);
		createEAttribute(adverseEventEClass, ADVERSE_EVENT__TREATMENT_EMERGENT);
		createEAttribute(adverseEventEClass, ADVERSE_EVENT__SDV_STATE);
		createEReference(adverseEventEClass, ADVERSE_EVENT__VERIFIED_BY);
		createEAttribute(adverseEventEClass, ADVERSE_EVENT__VERIFIED_AT);
		createEReference(adverseEventEClass, ADVERSE_EVENT__QUERIES);

		meddraCodingEClass = createEClass(MEDDRA_CODING);
		createEAttribute(meddraCodingEClass, MEDDRA_CODING__DICTIONARY_VERSION);
		createEAttribute(meddraCodingEClass, MEDDRA_CODING__LLT_CODE);
		createEAttribute(meddraCodingEClass, MEDDRA_CODING__LLT_NAME);
		createEAttribute(meddraCodingEClass, MEDDRA_CODING__PT_CODE);
		createEAttribute(meddraCodingEClass, MEDDRA_CODING__PT_NAME);
		createEAttribute(meddraCodingEClass, MEDDRA_CODING__HLT_CODE);
		createEAttribute(meddraCodingEClass, MEDDRA_CODING__HLT_NAME);
		createEAttribute(meddraCodingEClass, MEDDRA_CODING__HLGT_CODE);
		createEAttribute(meddraCodingEClass, MEDDRA_CODING__HLGT_NAME);
		createEAttribute(meddraCodingEClass, MEDDRA_CODING__SOC_CODE);
		createEAttribute(meddraCodingEClass, MEDDRA_CODING__SOC_NAME);

		adjudicationCaseEClass = createEClass(ADJUDICATION_CASE);
		createEReference(adjudicationCaseEClass, ADJUDICATION_CASE__SUBJECT);
		createEReference(adjudicationCaseEClass, ADJUDICATION_CASE__ENDPOINT);
		createEReference(adjudicationCaseEClass, ADJUDICATION_CASE__VISIT);
		createEAttribute(adjudicationCaseEClass, ADJUDICATION_CASE__STATUS);
		createEAttribute(adjudicationCaseEClass, ADJUDICATION_CASE__CREATED_AT);
		createEReference(adjudicationCaseEClass, ADJUDICATION_CASE__REVIEWS);
		createEAttribute(adjudicationCaseEClass, ADJUDICATION_CASE__FINAL_DECISION);
		createEAttribute(adjudicationCaseEClass, ADJUDICATION_CASE__RESOLUTION);
		createEAttribute(adjudicationCaseEClass, ADJUDICATION_CASE__CLOSED_AT);

		adjudicationReviewEClass = createEClass(ADJUDICATION_REVIEW);
		createEReference(adjudicationReviewEClass, ADJUDICATION_REVIEW__ADJUDICATOR);
		createEAttribute(adjudicationReviewEClass, ADJUDICATION_REVIEW__ROUND);
		createEAttribute(adjudicationReviewEClass, ADJUDICATION_REVIEW__DECISION);
		createEAttribute(adjudicationReviewEClass, ADJUDICATION_REVIEW__RATIONALE);
		createEAttribute(adjudicationReviewEClass, ADJUDICATION_REVIEW__SUBMITTED_AT);
		createEReference(adjudicationReviewEClass, ADJUDICATION_REVIEW__SIGNATURE);

		signatureEClass = createEClass(SIGNATURE);
		createEReference(signatureEClass, SIGNATURE__SIGNER);
		createEAttribute(signatureEClass, SIGNATURE__SIGNER_NAME);
		createEAttribute(signatureEClass, SIGNATURE__MEANING);
		createEAttribute(signatureEClass, SIGNATURE__SIGNED_AT);
		createEAttribute(signatureEClass, SIGNATURE__RECORD_HASH);

		// Create enums
		roleEEnum = createEEnum(ROLE);
		sexEEnum = createEEnum(SEX);
		subjectStatusEEnum = createEEnum(SUBJECT_STATUS);
		screenFailCategoryEEnum = createEEnum(SCREEN_FAIL_CATEGORY);
		visitStatusEEnum = createEEnum(VISIT_STATUS);
		formStatusEEnum = createEEnum(FORM_STATUS);
		missingCodeEEnum = createEEnum(MISSING_CODE);
		sdvStateEEnum = createEEnum(SDV_STATE);
		queryStatusEEnum = createEEnum(QUERY_STATUS);
		queryMessageKindEEnum = createEEnum(QUERY_MESSAGE_KIND);
		asgeSeverityEEnum = createEEnum(ASGE_SEVERITY);
		agreeGradeEEnum = createEEnum(AGREE_GRADE);
		relationshipEEnum = createEEnum(RELATIONSHIP);
		actionTakenEEnum = createEEnum(ACTION_TAKEN);
		aeOutcomeEEnum = createEEnum(AE_OUTCOME);
		adjudicationStatusEEnum = createEEnum(ADJUDICATION_STATUS);
		adjudicationDecisionEEnum = createEEnum(ADJUDICATION_DECISION);
		signatureMeaningEEnum = createEEnum(SIGNATURE_MEANING);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		ProtocolPackage theProtocolPackage = (ProtocolPackage)EPackage.Registry.INSTANCE.getEPackage(ProtocolPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		trialEClass.getESuperTypes().add(this.getClinicalObject());
		siteEClass.getESuperTypes().add(this.getClinicalObject());
		userEClass.getESuperTypes().add(this.getClinicalObject());
		subjectEClass.getESuperTypes().add(this.getClinicalObject());
		eligibilityAnswerEClass.getESuperTypes().add(this.getClinicalObject());
		allocationEClass.getESuperTypes().add(this.getClinicalObject());
		visitEClass.getESuperTypes().add(this.getClinicalObject());
		formRecordEClass.getESuperTypes().add(this.getClinicalObject());
		itemValueEClass.getESuperTypes().add(this.getClinicalObject());
		queryEClass.getESuperTypes().add(this.getClinicalObject());
		queryMessageEClass.getESuperTypes().add(this.getClinicalObject());
		adverseEventEClass.getESuperTypes().add(this.getClinicalObject());
		meddraCodingEClass.getESuperTypes().add(this.getClinicalObject());
		adjudicationCaseEClass.getESuperTypes().add(this.getClinicalObject());
		adjudicationReviewEClass.getESuperTypes().add(this.getClinicalObject());
		signatureEClass.getESuperTypes().add(this.getClinicalObject());

		// Initialize classes, features, and operations; add parameters
		initEClass(clinicalObjectEClass, ClinicalObject.class, "ClinicalObject", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getClinicalObject_Id(), ecorePackage.getEString(), "id", null, 1, 1, ClinicalObject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trialEClass, Trial.class, "Trial", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrial_Name(), ecorePackage.getEString(), "name", null, 0, 1, Trial.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrial_Protocol(), theProtocolPackage.getStudy(), null, "protocol", null, 1, 1, Trial.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrial_Sites(), this.getSite(), null, "sites", null, 0, -1, Trial.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrial_Users(), this.getUser(), null, "users", null, 0, -1, Trial.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrial_AdjudicationCases(), this.getAdjudicationCase(), null, "adjudicationCases", null, 0, -1, Trial.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(siteEClass, Site.class, "Site", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSite_Code(), ecorePackage.getEString(), "code", null, 1, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_Name(), ecorePackage.getEString(), "name", null, 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_Country(), ecorePackage.getEString(), "country", null, 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_ActivationDate(), theProtocolPackage.getLocalDate(), "activationDate", null, 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSite_PrincipalInvestigator(), this.getUser(), null, "principalInvestigator", null, 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSite_Subjects(), this.getSubject(), this.getSubject_Site(), "subjects", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_TimeZone(), ecorePackage.getEString(), "timeZone", null, 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(userEClass, User.class, "User", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUser_Username(), ecorePackage.getEString(), "username", null, 1, 1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUser_FullName(), ecorePackage.getEString(), "fullName", null, 0, 1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUser_Email(), ecorePackage.getEString(), "email", null, 0, 1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUser_Roles(), this.getRole(), "roles", null, 0, -1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getUser_Sites(), this.getSite(), null, "sites", null, 0, -1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUser_Active(), ecorePackage.getEBoolean(), "active", "true", 0, 1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(subjectEClass, Subject.class, "Subject", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSubject_ScreeningNumber(), ecorePackage.getEString(), "screeningNumber", null, 1, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubject_Site(), this.getSite(), this.getSite_Subjects(), "site", null, 0, 1, Subject.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubject_Sex(), this.getSex(), "sex", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubject_BirthDate(), theProtocolPackage.getLocalDate(), "birthDate", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubject_ConsentDate(), theProtocolPackage.getLocalDate(), "consentDate", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubject_ConsentVersion(), ecorePackage.getEString(), "consentVersion", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubject_AgeAtConsent(), ecorePackage.getEIntegerObject(), "ageAtConsent", null, 0, 1, Subject.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getSubject_EligibilityAnswers(), this.getEligibilityAnswer(), null, "eligibilityAnswers", null, 0, -1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubject_Status(), this.getSubjectStatus(), "status", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubject_ScreenFailCategory(), this.getScreenFailCategory(), "screenFailCategory", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubject_ScreenFailReason(), ecorePackage.getEString(), "screenFailReason", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubject_EnrolmentDate(), theProtocolPackage.getLocalDate(), "enrolmentDate", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubject_Stratum(), theProtocolPackage.getStratum(), null, "stratum", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubject_Allocation(), this.getAllocation(), this.getAllocation_Subject(), "allocation", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubject_Visits(), this.getVisit(), this.getVisit_Subject(), "visits", null, 0, -1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubject_AdverseEvents(), this.getAdverseEvent(), this.getAdverseEvent_Subject(), "adverseEvents", null, 0, -1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubject_WithdrawalDate(), theProtocolPackage.getLocalDate(), "withdrawalDate", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubject_WithdrawalReason(), ecorePackage.getEString(), "withdrawalReason", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubject_SdvState(), this.getSdvState(), "sdvState", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubject_VerifiedBy(), this.getUser(), null, "verifiedBy", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubject_VerifiedAt(), theProtocolPackage.getInstant(), "verifiedAt", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(eligibilityAnswerEClass, EligibilityAnswer.class, "EligibilityAnswer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEligibilityAnswer_Criterion(), theProtocolPackage.getEligibilityCriterion(), null, "criterion", null, 1, 1, EligibilityAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEligibilityAnswer_Met(), ecorePackage.getEBoolean(), "met", null, 0, 1, EligibilityAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEligibilityAnswer_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, EligibilityAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(allocationEClass, Allocation.class, "Allocation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAllocation_Subject(), this.getSubject(), this.getSubject_Allocation(), "subject", null, 0, 1, Allocation.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAllocation_Arm(), theProtocolPackage.getArm(), null, "arm", null, 1, 1, Allocation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAllocation_RandomizationNumber(), ecorePackage.getEString(), "randomizationNumber", null, 0, 1, Allocation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAllocation_AllocatedAt(), theProtocolPackage.getInstant(), "allocatedAt", null, 0, 1, Allocation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAllocation_AllocatedBy(), this.getUser(), null, "allocatedBy", null, 0, 1, Allocation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAllocation_ReceivedAllocatedIntervention(), ecorePackage.getEBooleanObject(), "receivedAllocatedIntervention", null, 0, 1, Allocation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAllocation_NotReceivedReason(), ecorePackage.getEString(), "notReceivedReason", null, 0, 1, Allocation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(visitEClass, Visit.class, "Visit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getVisit_Subject(), this.getSubject(), this.getSubject_Visits(), "subject", null, 0, 1, Visit.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVisit_Definition(), theProtocolPackage.getVisitDefinition(), null, "definition", null, 1, 1, Visit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVisit_Occurrence(), ecorePackage.getEInt(), "occurrence", "1", 0, 1, Visit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVisit_Date(), theProtocolPackage.getLocalDate(), "date", null, 0, 1, Visit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVisit_Status(), this.getVisitStatus(), "status", null, 0, 1, Visit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVisit_Forms(), this.getFormRecord(), this.getFormRecord_Visit(), "forms", null, 0, -1, Visit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(formRecordEClass, FormRecord.class, "FormRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getFormRecord_Visit(), this.getVisit(), this.getVisit_Forms(), "visit", null, 0, 1, FormRecord.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFormRecord_Definition(), theProtocolPackage.getFormDefinition(), null, "definition", null, 1, 1, FormRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFormRecord_Occurrence(), ecorePackage.getEInt(), "occurrence", "1", 0, 1, FormRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFormRecord_Status(), this.getFormStatus(), "status", null, 0, 1, FormRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFormRecord_ItemValues(), this.getItemValue(), this.getItemValue_Form(), "itemValues", null, 0, -1, FormRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFormRecord_Signature(), this.getSignature(), null, "signature", null, 0, 1, FormRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(itemValueEClass, ItemValue.class, "ItemValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getItemValue_Form(), this.getFormRecord(), this.getFormRecord_ItemValues(), "form", null, 0, 1, ItemValue.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getItemValue_Definition(), theProtocolPackage.getItemDefinition(), null, "definition", null, 1, 1, ItemValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemValue_Value(), ecorePackage.getEString(), "value", null, 0, 1, ItemValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemValue_MissingCode(), this.getMissingCode(), "missingCode", null, 0, 1, ItemValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemValue_SdvState(), this.getSdvState(), "sdvState", null, 0, 1, ItemValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getItemValue_VerifiedBy(), this.getUser(), null, "verifiedBy", null, 0, 1, ItemValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemValue_VerifiedAt(), theProtocolPackage.getInstant(), "verifiedAt", null, 0, 1, ItemValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getItemValue_Queries(), this.getQuery(), null, "queries", null, 0, -1, ItemValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(queryEClass, Query.class, "Query", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getQuery_Status(), this.getQueryStatus(), "status", null, 0, 1, Query.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getQuery_RaisedBy(), this.getUser(), null, "raisedBy", null, 0, 1, Query.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuery_RaisedAt(), theProtocolPackage.getInstant(), "raisedAt", null, 0, 1, Query.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuery_Field(), ecorePackage.getEString(), "field", null, 0, 1, Query.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getQuery_Messages(), this.getQueryMessage(), null, "messages", null, 0, -1, Query.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(queryMessageEClass, QueryMessage.class, "QueryMessage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getQueryMessage_Author(), this.getUser(), null, "author", null, 0, 1, QueryMessage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQueryMessage_At(), theProtocolPackage.getInstant(), "at", null, 0, 1, QueryMessage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQueryMessage_Text(), ecorePackage.getEString(), "text", null, 0, 1, QueryMessage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQueryMessage_Kind(), this.getQueryMessageKind(), "kind", null, 0, 1, QueryMessage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(adverseEventEClass, AdverseEvent.class, "AdverseEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAdverseEvent_Subject(), this.getSubject(), this.getSubject_AdverseEvents(), "subject", null, 0, 1, AdverseEvent.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEvent_VerbatimTerm(), ecorePackage.getEString(), "verbatimTerm", null, 0, 1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAdverseEvent_Coding(), this.getMeddraCoding(), null, "coding", null, 0, 1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEvent_OnsetDate(), theProtocolPackage.getLocalDate(), "onsetDate", null, 0, 1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEvent_ResolutionDate(), theProtocolPackage.getLocalDate(), "resolutionDate", null, 0, 1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEvent_Ongoing(), ecorePackage.getEBoolean(), "ongoing", null, 0, 1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEvent_CtcaeGrade(), ecorePackage.getEIntegerObject(), "ctcaeGrade", null, 0, 1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEvent_AsgeSeverity(), this.getAsgeSeverity(), "asgeSeverity", null, 0, 1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEvent_AgreeGrade(), this.getAgreeGrade(), "agreeGrade", null, 0, 1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEvent_Serious(), ecorePackage.getEBoolean(), "serious", null, 0, 1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEvent_SeriousnessCriteria(), theProtocolPackage.getSeriousnessCriterion(), "seriousnessCriteria", null, 0, -1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEvent_Relationship(), this.getRelationship(), "relationship", null, 0, 1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEvent_ActionTaken(), this.getActionTaken(), "actionTaken", null, 0, 1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEvent_Outcome(), this.getAeOutcome(), "outcome", null, 0, 1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEvent_Expected(), ecorePackage.getEBooleanObject(), "expected", null, 0, 1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEvent_AwareAt(), theProtocolPackage.getInstant(), "awareAt", null, 0, 1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEvent_ReportedToSponsorAt(), theProtocolPackage.getInstant(), "reportedToSponsorAt", null, 0, 1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEvent_ReportedToAuthorityAt(), theProtocolPackage.getInstant(), "reportedToAuthorityAt", null, 0, 1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEvent_TreatmentEmergent(), ecorePackage.getEBoolean(), "treatmentEmergent", null, 0, 1, AdverseEvent.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEvent_SdvState(), this.getSdvState(), "sdvState", null, 0, 1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAdverseEvent_VerifiedBy(), this.getUser(), null, "verifiedBy", null, 0, 1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEvent_VerifiedAt(), theProtocolPackage.getInstant(), "verifiedAt", null, 0, 1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAdverseEvent_Queries(), this.getQuery(), null, "queries", null, 0, -1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(meddraCodingEClass, MeddraCoding.class, "MeddraCoding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMeddraCoding_DictionaryVersion(), ecorePackage.getEString(), "dictionaryVersion", null, 0, 1, MeddraCoding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeddraCoding_LltCode(), ecorePackage.getEString(), "lltCode", null, 0, 1, MeddraCoding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeddraCoding_LltName(), ecorePackage.getEString(), "lltName", null, 0, 1, MeddraCoding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeddraCoding_PtCode(), ecorePackage.getEString(), "ptCode", null, 0, 1, MeddraCoding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeddraCoding_PtName(), ecorePackage.getEString(), "ptName", null, 0, 1, MeddraCoding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeddraCoding_HltCode(), ecorePackage.getEString(), "hltCode", null, 0, 1, MeddraCoding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeddraCoding_HltName(), ecorePackage.getEString(), "hltName", null, 0, 1, MeddraCoding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeddraCoding_HlgtCode(), ecorePackage.getEString(), "hlgtCode", null, 0, 1, MeddraCoding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeddraCoding_HlgtName(), ecorePackage.getEString(), "hlgtName", null, 0, 1, MeddraCoding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeddraCoding_SocCode(), ecorePackage.getEString(), "socCode", null, 0, 1, MeddraCoding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeddraCoding_SocName(), ecorePackage.getEString(), "socName", null, 0, 1, MeddraCoding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(adjudicationCaseEClass, AdjudicationCase.class, "AdjudicationCase", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAdjudicationCase_Subject(), this.getSubject(), null, "subject", null, 1, 1, AdjudicationCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAdjudicationCase_Endpoint(), theProtocolPackage.getEndpoint(), null, "endpoint", null, 1, 1, AdjudicationCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAdjudicationCase_Visit(), this.getVisit(), null, "visit", null, 0, 1, AdjudicationCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdjudicationCase_Status(), this.getAdjudicationStatus(), "status", null, 0, 1, AdjudicationCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdjudicationCase_CreatedAt(), theProtocolPackage.getInstant(), "createdAt", null, 0, 1, AdjudicationCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAdjudicationCase_Reviews(), this.getAdjudicationReview(), null, "reviews", null, 0, -1, AdjudicationCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdjudicationCase_FinalDecision(), this.getAdjudicationDecision(), "finalDecision", null, 0, 1, AdjudicationCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdjudicationCase_Resolution(), theProtocolPackage.getDisagreementResolution(), "resolution", null, 0, 1, AdjudicationCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdjudicationCase_ClosedAt(), theProtocolPackage.getInstant(), "closedAt", null, 0, 1, AdjudicationCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(adjudicationReviewEClass, AdjudicationReview.class, "AdjudicationReview", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAdjudicationReview_Adjudicator(), this.getUser(), null, "adjudicator", null, 1, 1, AdjudicationReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdjudicationReview_Round(), ecorePackage.getEInt(), "round", "1", 0, 1, AdjudicationReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdjudicationReview_Decision(), this.getAdjudicationDecision(), "decision", null, 0, 1, AdjudicationReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdjudicationReview_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, AdjudicationReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdjudicationReview_SubmittedAt(), theProtocolPackage.getInstant(), "submittedAt", null, 0, 1, AdjudicationReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAdjudicationReview_Signature(), this.getSignature(), null, "signature", null, 0, 1, AdjudicationReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(signatureEClass, Signature.class, "Signature", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSignature_Signer(), this.getUser(), null, "signer", null, 1, 1, Signature.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignature_SignerName(), ecorePackage.getEString(), "signerName", null, 0, 1, Signature.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignature_Meaning(), this.getSignatureMeaning(), "meaning", null, 0, 1, Signature.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignature_SignedAt(), theProtocolPackage.getInstant(), "signedAt", null, 0, 1, Signature.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignature_RecordHash(), ecorePackage.getEString(), "recordHash", null, 0, 1, Signature.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(roleEEnum, Role.class, "Role");
		addEEnumLiteral(roleEEnum, Role.INVESTIGATOR);
		addEEnumLiteral(roleEEnum, Role.MONITOR);
		addEEnumLiteral(roleEEnum, Role.SAFETY);
		addEEnumLiteral(roleEEnum, Role.ADJUDICATOR);
		addEEnumLiteral(roleEEnum, Role.DATA_MANAGER);
		addEEnumLiteral(roleEEnum, Role.WRITING_COMMITTEE);
		addEEnumLiteral(roleEEnum, Role.STATISTICIAN);
		addEEnumLiteral(roleEEnum, Role.ADMINISTRATOR);

		initEEnum(sexEEnum, Sex.class, "Sex");
		addEEnumLiteral(sexEEnum, Sex.FEMALE);
		addEEnumLiteral(sexEEnum, Sex.MALE);
		addEEnumLiteral(sexEEnum, Sex.UNKNOWN);
		addEEnumLiteral(sexEEnum, Sex.UNDIFFERENTIATED);

		initEEnum(subjectStatusEEnum, SubjectStatus.class, "SubjectStatus");
		addEEnumLiteral(subjectStatusEEnum, SubjectStatus.SCREENING);
		addEEnumLiteral(subjectStatusEEnum, SubjectStatus.SCREEN_FAILED);
		addEEnumLiteral(subjectStatusEEnum, SubjectStatus.RANDOMIZED);
		addEEnumLiteral(subjectStatusEEnum, SubjectStatus.WITHDRAWN);
		addEEnumLiteral(subjectStatusEEnum, SubjectStatus.COMPLETED);
		addEEnumLiteral(subjectStatusEEnum, SubjectStatus.LOST_TO_FOLLOW_UP);

		initEEnum(screenFailCategoryEEnum, ScreenFailCategory.class, "ScreenFailCategory");
		addEEnumLiteral(screenFailCategoryEEnum, ScreenFailCategory.NOT_MEETING_CRITERIA);
		addEEnumLiteral(screenFailCategoryEEnum, ScreenFailCategory.DECLINED_TO_PARTICIPATE);
		addEEnumLiteral(screenFailCategoryEEnum, ScreenFailCategory.OTHER);

		initEEnum(visitStatusEEnum, VisitStatus.class, "VisitStatus");
		addEEnumLiteral(visitStatusEEnum, VisitStatus.PLANNED);
		addEEnumLiteral(visitStatusEEnum, VisitStatus.DONE);
		addEEnumLiteral(visitStatusEEnum, VisitStatus.MISSED);

		initEEnum(formStatusEEnum, FormStatus.class, "FormStatus");
		addEEnumLiteral(formStatusEEnum, FormStatus.NOT_STARTED);
		addEEnumLiteral(formStatusEEnum, FormStatus.IN_PROGRESS);
		addEEnumLiteral(formStatusEEnum, FormStatus.COMPLETE);
		addEEnumLiteral(formStatusEEnum, FormStatus.SIGNED);
		addEEnumLiteral(formStatusEEnum, FormStatus.LOCKED);

		initEEnum(missingCodeEEnum, MissingCode.class, "MissingCode");
		addEEnumLiteral(missingCodeEEnum, MissingCode.NONE);
		addEEnumLiteral(missingCodeEEnum, MissingCode.NOT_DONE);
		addEEnumLiteral(missingCodeEEnum, MissingCode.NOT_APPLICABLE);
		addEEnumLiteral(missingCodeEEnum, MissingCode.UNKNOWN);

		initEEnum(sdvStateEEnum, SdvState.class, "SdvState");
		addEEnumLiteral(sdvStateEEnum, SdvState.NOT_REQUIRED);
		addEEnumLiteral(sdvStateEEnum, SdvState.PENDING);
		addEEnumLiteral(sdvStateEEnum, SdvState.VERIFIED);
		addEEnumLiteral(sdvStateEEnum, SdvState.CHANGED_SINCE_VERIFICATION);

		initEEnum(queryStatusEEnum, QueryStatus.class, "QueryStatus");
		addEEnumLiteral(queryStatusEEnum, QueryStatus.OPEN);
		addEEnumLiteral(queryStatusEEnum, QueryStatus.ANSWERED);
		addEEnumLiteral(queryStatusEEnum, QueryStatus.CLOSED);
		addEEnumLiteral(queryStatusEEnum, QueryStatus.REOPENED);

		initEEnum(queryMessageKindEEnum, QueryMessageKind.class, "QueryMessageKind");
		addEEnumLiteral(queryMessageKindEEnum, QueryMessageKind.RAISE);
		addEEnumLiteral(queryMessageKindEEnum, QueryMessageKind.ANSWER);
		addEEnumLiteral(queryMessageKindEEnum, QueryMessageKind.CLOSE);
		addEEnumLiteral(queryMessageKindEEnum, QueryMessageKind.REOPEN);

		initEEnum(asgeSeverityEEnum, AsgeSeverity.class, "AsgeSeverity");
		addEEnumLiteral(asgeSeverityEEnum, AsgeSeverity.MILD);
		addEEnumLiteral(asgeSeverityEEnum, AsgeSeverity.MODERATE);
		addEEnumLiteral(asgeSeverityEEnum, AsgeSeverity.SEVERE);
		addEEnumLiteral(asgeSeverityEEnum, AsgeSeverity.FATAL);

		initEEnum(agreeGradeEEnum, AgreeGrade.class, "AgreeGrade");
		addEEnumLiteral(agreeGradeEEnum, AgreeGrade.GRADE_I);
		addEEnumLiteral(agreeGradeEEnum, AgreeGrade.GRADE_II);
		addEEnumLiteral(agreeGradeEEnum, AgreeGrade.GRADE_II_IA);
		addEEnumLiteral(agreeGradeEEnum, AgreeGrade.GRADE_II_IB);
		addEEnumLiteral(agreeGradeEEnum, AgreeGrade.GRADE_IVA);
		addEEnumLiteral(agreeGradeEEnum, AgreeGrade.GRADE_IVB);
		addEEnumLiteral(agreeGradeEEnum, AgreeGrade.GRADE_V);

		initEEnum(relationshipEEnum, Relationship.class, "Relationship");
		addEEnumLiteral(relationshipEEnum, Relationship.NOT_RELATED);
		addEEnumLiteral(relationshipEEnum, Relationship.UNLIKELY_RELATED);
		addEEnumLiteral(relationshipEEnum, Relationship.POSSIBLY_RELATED);
		addEEnumLiteral(relationshipEEnum, Relationship.PROBABLY_RELATED);
		addEEnumLiteral(relationshipEEnum, Relationship.DEFINITELY_RELATED);

		initEEnum(actionTakenEEnum, ActionTaken.class, "ActionTaken");
		addEEnumLiteral(actionTakenEEnum, ActionTaken.NONE);
		addEEnumLiteral(actionTakenEEnum, ActionTaken.MEDICAL_THERAPY);
		addEEnumLiteral(actionTakenEEnum, ActionTaken.ENDOSCOPIC_INTERVENTION);
		addEEnumLiteral(actionTakenEEnum, ActionTaken.SURGICAL_INTERVENTION);
		addEEnumLiteral(actionTakenEEnum, ActionTaken.RADIOLOGIC_INTERVENTION);
		addEEnumLiteral(actionTakenEEnum, ActionTaken.OTHER_INTERVENTION);
		addEEnumLiteral(actionTakenEEnum, ActionTaken.NOT_APPLICABLE);
		addEEnumLiteral(actionTakenEEnum, ActionTaken.UNKNOWN);

		initEEnum(aeOutcomeEEnum, AeOutcome.class, "AeOutcome");
		addEEnumLiteral(aeOutcomeEEnum, AeOutcome.RECOVERED);
		addEEnumLiteral(aeOutcomeEEnum, AeOutcome.RECOVERING);
		addEEnumLiteral(aeOutcomeEEnum, AeOutcome.NOT_RECOVERED);
		addEEnumLiteral(aeOutcomeEEnum, AeOutcome.RECOVERED_WITH_SEQUELAE);
		addEEnumLiteral(aeOutcomeEEnum, AeOutcome.FATAL);
		addEEnumLiteral(aeOutcomeEEnum, AeOutcome.UNKNOWN);

		initEEnum(adjudicationStatusEEnum, AdjudicationStatus.class, "AdjudicationStatus");
		addEEnumLiteral(adjudicationStatusEEnum, AdjudicationStatus.PENDING);
		addEEnumLiteral(adjudicationStatusEEnum, AdjudicationStatus.IN_REVIEW);
		addEEnumLiteral(adjudicationStatusEEnum, AdjudicationStatus.AGREED);
		addEEnumLiteral(adjudicationStatusEEnum, AdjudicationStatus.DISAGREEMENT);
		addEEnumLiteral(adjudicationStatusEEnum, AdjudicationStatus.RESOLVED);
		addEEnumLiteral(adjudicationStatusEEnum, AdjudicationStatus.CANCELLED);

		initEEnum(adjudicationDecisionEEnum, AdjudicationDecision.class, "AdjudicationDecision");
		addEEnumLiteral(adjudicationDecisionEEnum, AdjudicationDecision.ENDPOINT_MET);
		addEEnumLiteral(adjudicationDecisionEEnum, AdjudicationDecision.ENDPOINT_NOT_MET);
		addEEnumLiteral(adjudicationDecisionEEnum, AdjudicationDecision.INDETERMINATE);

		initEEnum(signatureMeaningEEnum, SignatureMeaning.class, "SignatureMeaning");
		addEEnumLiteral(signatureMeaningEEnum, SignatureMeaning.AUTHORSHIP);
		addEEnumLiteral(signatureMeaningEEnum, SignatureMeaning.REVIEW);
		addEEnumLiteral(signatureMeaningEEnum, SignatureMeaning.APPROVAL);
		addEEnumLiteral(signatureMeaningEEnum, SignatureMeaning.RESPONSIBILITY);

		// Create resource
		createResource(eNS_URI);
	}

} //ClinicalPackageImpl
