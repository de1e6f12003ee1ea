/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.clinical.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.trialbench.clinical.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ClinicalFactoryImpl extends EFactoryImpl implements ClinicalFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ClinicalFactory init() {
		try {
			ClinicalFactory theClinicalFactory = (ClinicalFactory)EPackage.Registry.INSTANCE.getEFactory(ClinicalPackage.eNS_URI);
			if (theClinicalFactory != null) {
				return theClinicalFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ClinicalFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ClinicalFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case ClinicalPackage.TRIAL: return createTrial();
			case ClinicalPackage.SITE: return createSite();
			case ClinicalPackage.USER: return createUser();
			case ClinicalPackage.SUBJECT: return createSubject();
			case ClinicalPackage.ELIGIBILITY_ANSWER: return createEligibilityAnswer();
			case ClinicalPackage.ALLOCATION: return createAllocation();
			case ClinicalPackage.VISIT: return createVisit();
			case ClinicalPackage.FORM_RECORD: return createFormRecord();
			case ClinicalPackage.ITEM_VALUE: return createItemValue();
			case ClinicalPackage.QUERY: return createQuery();
			case ClinicalPackage.QUERY_MESSAGE: return createQueryMessage();
			case ClinicalPackage.ADVERSE_EVENT: return createAdverseEvent();
			case ClinicalPackage.MEDDRA_CODING: return createMeddraCoding();
			case ClinicalPackage.ADJUDICATION_CASE: return createAdjudicationCase();
			case ClinicalPackage.ADJUDICATION_REVIEW: return createAdjudicationReview();
			case ClinicalPackage.SIGNATURE: return createSignature();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case ClinicalPackage.ROLE:
				return createRoleFromString(eDataType, initialValue);
			case ClinicalPackage.SEX:
				return createSexFromString(eDataType, initialValue);
			case ClinicalPackage.SUBJECT_STATUS:
				return createSubjectStatusFromString(eDataType, initialValue);
			case ClinicalPackage.SCREEN_FAIL_CATEGORY:
				return createScreenFailCategoryFromString(eDataType, initialValue);
			case ClinicalPackage.VISIT_STATUS:
				return createVisitStatusFromString(eDataType, initialValue);
			case ClinicalPackage.FORM_STATUS:
				return createFormStatusFromString(eDataType, initialValue);
			case ClinicalPackage.MISSING_CODE:
				return createMissingCodeFromString(eDataType, initialValue);
			case ClinicalPackage.SDV_STATE:
				return createSdvStateFromString(eDataType, initialValue);
			case ClinicalPackage.QUERY_STATUS:
				return createQueryStatusFromString(eDataType, initialValue);
			case ClinicalPackage.QUERY_MESSAGE_KIND:
				return createQueryMessageKindFromString(eDataType, initialValue);
			case ClinicalPackage.ASGE_SEVERITY:
				return createAsgeSeverityFromString(eDataType, initialValue);
			case ClinicalPackage.AGREE_GRADE:
				return createAgreeGradeFromString(eDataType, initialValue);
			case ClinicalPackage.RELATIONSHIP:
				return createRelationshipFromString(eDataType, initialValue);
			case ClinicalPackage.ACTION_TAKEN:
				return createActionTakenFromString(eDataType, initialValue);
			case ClinicalPackage.AE_OUTCOME:
				return createAeOutcomeFromString(eDataType, initialValue);
			case ClinicalPackage.ADJUDICATION_STATUS:
				return createAdjudicationStatusFromString(eDataType, initialValue);
			case ClinicalPackage.ADJUDICATION_DECISION:
				return createAdjudicationDecisionFromString(eDataType, initialValue);
			case ClinicalPackage.SIGNATURE_MEANING:
				return createSignatureMeaningFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case ClinicalPackage.ROLE:
				return convertRoleToString(eDataType, instanceValue);
			case ClinicalPackage.SEX:
				return convertSexToString(eDataType, instanceValue);
			case ClinicalPackage.SUBJECT_STATUS:
				return convertSubjectStatusToString(eDataType, instanceValue);
			case ClinicalPackage.SCREEN_FAIL_CATEGORY:
				return convertScreenFailCategoryToString(eDataType, instanceValue);
			case ClinicalPackage.VISIT_STATUS:
				return convertVisitStatusToString(eDataType, instanceValue);
			case ClinicalPackage.FORM_STATUS:
				return convertFormStatusToString(eDataType, instanceValue);
			case ClinicalPackage.MISSING_CODE:
				return convertMissingCodeToString(eDataType, instanceValue);
			case ClinicalPackage.SDV_STATE:
				return convertSdvStateToString(eDataType, instanceValue);
			case ClinicalPackage.QUERY_STATUS:
				return convertQueryStatusToString(eDataType, instanceValue);
			case ClinicalPackage.QUERY_MESSAGE_KIND:
				return convertQueryMessageKindToString(eDataType, instanceValue);
			case ClinicalPackage.ASGE_SEVERITY:
				return convertAsgeSeverityToString(eDataType, instanceValue);
			case ClinicalPackage.AGREE_GRADE:
				return convertAgreeGradeToString(eDataType, instanceValue);
			case ClinicalPackage.RELATIONSHIP:
				return convertRelationshipToString(eDataType, instanceValue);
			case ClinicalPackage.ACTION_TAKEN:
				return convertActionTakenToString(eDataType, instanceValue);
			case ClinicalPackage.AE_OUTCOME:
				return convertAeOutcomeToString(eDataType, instanceValue);
			case ClinicalPackage.ADJUDICATION_STATUS:
				return convertAdjudicationStatusToString(eDataType, instanceValue);
			case ClinicalPackage.ADJUDICATION_DECISION:
				return convertAdjudicationDecisionToString(eDataType, instanceValue);
			case ClinicalPackage.SIGNATURE_MEANING:
				return convertSignatureMeaningToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Trial createTrial() {
		TrialImpl trial = new TrialImpl();
		return trial;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site createSite() {
		SiteImpl site = new SiteImpl();
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public User createUser() {
		UserImpl user = new UserImpl();
		return user;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Subject createSubject() {
		SubjectImpl subject = new SubjectImpl();
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EligibilityAnswer createEligibilityAnswer() {
		EligibilityAnswerImpl eligibilityAnswer = new EligibilityAnswerImpl();
		return eligibilityAnswer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Allocation createAllocation() {
		AllocationImpl allocation = new AllocationImpl();
		return allocation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Visit createVisit() {
		VisitImpl visit = new VisitImpl();
		return visit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FormRecord createFormRecord() {
		FormRecordImpl formRecord = new FormRecordImpl();
		return formRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItemValue createItemValue() {
		ItemValueImpl itemValue = new ItemValueImpl();
		return itemValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Query createQuery() {
		QueryImpl query = new QueryImpl();
		return query;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QueryMessage createQueryMessage() {
		QueryMessageImpl queryMessage = new QueryMessageImpl();
		return queryMessage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdverseEvent createAdverseEvent() {
		AdverseEventImpl adverseEvent = new AdverseEventImpl();
		return adverseEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeddraCoding createMeddraCoding() {
		MeddraCodingImpl meddraCoding = new MeddraCodingImpl();
		return meddraCoding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdjudicationCase createAdjudicationCase() {
		AdjudicationCaseImpl adjudicationCase = new AdjudicationCaseImpl();
		return adjudicationCase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdjudicationReview createAdjudicationReview() {
		AdjudicationReviewImpl adjudicationReview = new AdjudicationReviewImpl();
		return adjudicationReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Signature createSignature() {
		SignatureImpl signature = new SignatureImpl();
		return signature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Role createRoleFromString(EDataType eDataType, String initialValue) {
		Role result = Role.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Sex createSexFromString(EDataType eDataType, String initialValue) {
		Sex result = Sex.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSexToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SubjectStatus createSubjectStatusFromString(EDataType eDataType, String initialValue) {
		SubjectStatus result = SubjectStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSubjectStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScreenFailCategory createScreenFailCategoryFromString(EDataType eDataType, String initialValue) {
		ScreenFailCategory result = ScreenFailCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScreenFailCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VisitStatus createVisitStatusFromString(EDataType eDataType, String initialValue) {
		VisitStatus result = VisitStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVisitStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FormStatus createFormStatusFromString(EDataType eDataType, String initialValue) {
		FormStatus result = FormStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFormStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MissingCode createMissingCodeFromString(EDataType eDataType, String initialValue) {
		MissingCode result = MissingCode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMissingCodeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SdvState createSdvStateFromString(EDataType eDataType, String initialValue) {
		SdvState result = SdvState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSdvStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public QueryStatus createQueryStatusFromString(EDataType eDataType, String initialValue) {
		QueryStatus result = QueryStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertQueryStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public QueryMessageKind createQueryMessageKindFromString(EDataType eDataType, String initialValue) {
		QueryMessageKind result = QueryMessageKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertQueryMessageKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AsgeSeverity createAsgeSeverityFromString(EDataType eDataType, String initialValue) {
		AsgeSeverity result = AsgeSeverity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAsgeSeverityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AgreeGrade createAgreeGradeFromString(EDataType eDataType, String initialValue) {
		AgreeGrade result = AgreeGrade.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAgreeGradeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Relationship createRelationshipFromString(EDataType eDataType, String initialValue) {
		Relationship result = Relationship.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRelationshipToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActionTaken createActionTakenFromString(EDataType eDataType, String initialValue) {
		ActionTaken result = ActionTaken.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActionTakenToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AeOutcome createAeOutcomeFromString(EDataType eDataType, String initialValue) {
		AeOutcome result = AeOutcome.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAeOutcomeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AdjudicationStatus createAdjudicationStatusFromString(EDataType eDataType, String initialValue) {
		AdjudicationStatus result = AdjudicationStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAdjudicationStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AdjudicationDecision createAdjudicationDecisionFromString(EDataType eDataType, String initialValue) {
		AdjudicationDecision result = AdjudicationDecision.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAdjudicationDecisionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SignatureMeaning createSignatureMeaningFromString(EDataType eDataType, String initialValue) {
		SignatureMeaning result = SignatureMeaning.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSignatureMeaningToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClinicalPackage getClinicalPackage() {
		return (ClinicalPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ClinicalPackage getPackage() {
		return ClinicalPackage.eINSTANCE;
	}

} //ClinicalFactoryImpl
