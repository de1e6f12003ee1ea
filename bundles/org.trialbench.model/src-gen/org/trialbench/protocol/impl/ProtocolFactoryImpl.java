/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol.impl;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.trialbench.model.internal.IsoInstant;

import org.trialbench.protocol.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ProtocolFactoryImpl extends EFactoryImpl implements ProtocolFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ProtocolFactory init() {
		try {
			ProtocolFactory theProtocolFactory = (ProtocolFactory)EPackage.Registry.INSTANCE.getEFactory(ProtocolPackage.eNS_URI);
			if (theProtocolFactory != null) {
				return theProtocolFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ProtocolFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProtocolFactoryImpl() {
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
			case ProtocolPackage.STUDY: return createStudy();
			case ProtocolPackage.ARM: return createArm();
			case ProtocolPackage.STRATIFICATION_FACTOR: return createStratificationFactor();
			case ProtocolPackage.STRATUM: return createStratum();
			case ProtocolPackage.RANDOMIZATION_SCHEME: return createRandomizationScheme();
			case ProtocolPackage.VISIT_DEFINITION: return createVisitDefinition();
			case ProtocolPackage.FORM_DEFINITION: return createFormDefinition();
			case ProtocolPackage.ITEM_DEFINITION: return createItemDefinition();
			case ProtocolPackage.CODE_LIST: return createCodeList();
			case ProtocolPackage.CODE_LIST_ITEM: return createCodeListItem();
			case ProtocolPackage.DERIVATION: return createDerivation();
			case ProtocolPackage.DERIVATION_PARAMETER: return (EObject)createDerivationParameter();
			case ProtocolPackage.COMPARISON_CHECK: return createComparisonCheck();
			case ProtocolPackage.CONDITIONAL_REQUIRED_CHECK: return createConditionalRequiredCheck();
			case ProtocolPackage.COMPARISON: return createComparison();
			case ProtocolPackage.ELIGIBILITY_CRITERION: return createEligibilityCriterion();
			case ProtocolPackage.SDV_PLAN: return createSdvPlan();
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS: return createAdverseEventSettings();
			case ProtocolPackage.REFERENCE_SAFETY_INFORMATION: return createReferenceSafetyInformation();
			case ProtocolPackage.EXPECTED_EVENT: return createExpectedEvent();
			case ProtocolPackage.ADJUDICATION_SETTINGS: return createAdjudicationSettings();
			case ProtocolPackage.ENDPOINT: return createEndpoint();
			case ProtocolPackage.ANALYSIS_POPULATION: return createAnalysisPopulation();
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
			case ProtocolPackage.RANDOMIZATION_METHOD:
				return createRandomizationMethodFromString(eDataType, initialValue);
			case ProtocolPackage.VISIT_KIND:
				return createVisitKindFromString(eDataType, initialValue);
			case ProtocolPackage.VISIT_ANCHOR:
				return createVisitAnchorFromString(eDataType, initialValue);
			case ProtocolPackage.ITEM_DATA_TYPE:
				return createItemDataTypeFromString(eDataType, initialValue);
			case ProtocolPackage.DERIVATION_KIND:
				return createDerivationKindFromString(eDataType, initialValue);
			case ProtocolPackage.COMPARISON_OPERATOR:
				return createComparisonOperatorFromString(eDataType, initialValue);
			case ProtocolPackage.CHECK_SEVERITY:
				return createCheckSeverityFromString(eDataType, initialValue);
			case ProtocolPackage.CRITERION_KIND:
				return createCriterionKindFromString(eDataType, initialValue);
			case ProtocolPackage.CRITICAL_CATEGORY:
				return createCriticalCategoryFromString(eDataType, initialValue);
			case ProtocolPackage.GRADING_SCALE:
				return createGradingScaleFromString(eDataType, initialValue);
			case ProtocolPackage.SERIOUSNESS_CRITERION:
				return createSeriousnessCriterionFromString(eDataType, initialValue);
			case ProtocolPackage.DISAGREEMENT_RESOLUTION:
				return createDisagreementResolutionFromString(eDataType, initialValue);
			case ProtocolPackage.ENDPOINT_KIND:
				return createEndpointKindFromString(eDataType, initialValue);
			case ProtocolPackage.POPULATION_KIND:
				return createPopulationKindFromString(eDataType, initialValue);
			case ProtocolPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			case ProtocolPackage.INSTANT:
				return createInstantFromString(eDataType, initialValue);
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
			case ProtocolPackage.RANDOMIZATION_METHOD:
				return convertRandomizationMethodToString(eDataType, instanceValue);
			case ProtocolPackage.VISIT_KIND:
				return convertVisitKindToString(eDataType, instanceValue);
			case ProtocolPackage.VISIT_ANCHOR:
				return convertVisitAnchorToString(eDataType, instanceValue);
			case ProtocolPackage.ITEM_DATA_TYPE:
				return convertItemDataTypeToString(eDataType, instanceValue);
			case ProtocolPackage.DERIVATION_KIND:
				return convertDerivationKindToString(eDataType, instanceValue);
			case ProtocolPackage.COMPARISON_OPERATOR:
				return convertComparisonOperatorToString(eDataType, instanceValue);
			case ProtocolPackage.CHECK_SEVERITY:
				return convertCheckSeverityToString(eDataType, instanceValue);
			case ProtocolPackage.CRITERION_KIND:
				return convertCriterionKindToString(eDataType, instanceValue);
			case ProtocolPackage.CRITICAL_CATEGORY:
				return convertCriticalCategoryToString(eDataType, instanceValue);
			case ProtocolPackage.GRADING_SCALE:
				return convertGradingScaleToString(eDataType, instanceValue);
			case ProtocolPackage.SERIOUSNESS_CRITERION:
				return convertSeriousnessCriterionToString(eDataType, instanceValue);
			case ProtocolPackage.DISAGREEMENT_RESOLUTION:
				return convertDisagreementResolutionToString(eDataType, instanceValue);
			case ProtocolPackage.ENDPOINT_KIND:
				return convertEndpointKindToString(eDataType, instanceValue);
			case ProtocolPackage.POPULATION_KIND:
				return convertPopulationKindToString(eDataType, instanceValue);
			case ProtocolPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			case ProtocolPackage.INSTANT:
				return convertInstantToString(eDataType, instanceValue);
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
	public Study createStudy() {
		StudyImpl study = new StudyImpl();
		return study;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Arm createArm() {
		ArmImpl arm = new ArmImpl();
		return arm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StratificationFactor createStratificationFactor() {
		StratificationFactorImpl stratificationFactor = new StratificationFactorImpl();
		return stratificationFactor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stratum createStratum() {
		StratumImpl stratum = new StratumImpl();
		return stratum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RandomizationScheme createRandomizationScheme() {
		RandomizationSchemeImpl randomizationScheme = new RandomizationSchemeImpl();
		return randomizationScheme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VisitDefinition createVisitDefinition() {
		VisitDefinitionImpl visitDefinition = new VisitDefinitionImpl();
		return visitDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FormDefinition createFormDefinition() {
		FormDefinitionImpl formDefinition = new FormDefinitionImpl();
		return formDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItemDefinition createItemDefinition() {
		ItemDefinitionImpl itemDefinition = new ItemDefinitionImpl();
		return itemDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CodeList createCodeList() {
		CodeListImpl codeList = new CodeListImpl();
		return codeList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CodeListItem createCodeListItem() {
		CodeListItemImpl codeListItem = new CodeListItemImpl();
		return codeListItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Derivation createDerivation() {
		DerivationImpl derivation = new DerivationImpl();
		return derivation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Map.Entry<String, String> createDerivationParameter() {
		DerivationParameterImpl derivationParameter = new DerivationParameterImpl();
		return derivationParameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparisonCheck createComparisonCheck() {
		ComparisonCheckImpl comparisonCheck = new ComparisonCheckImpl();
		return comparisonCheck;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConditionalRequiredCheck createConditionalRequiredCheck() {
		ConditionalRequiredCheckImpl conditionalRequiredCheck = new ConditionalRequiredCheckImpl();
		return conditionalRequiredCheck;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Comparison createComparison() {
		ComparisonImpl comparison = new ComparisonImpl();
		return comparison;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EligibilityCriterion createEligibilityCriterion() {
		EligibilityCriterionImpl eligibilityCriterion = new EligibilityCriterionImpl();
		return eligibilityCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SdvPlan createSdvPlan() {
		SdvPlanImpl sdvPlan = new SdvPlanImpl();
		return sdvPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdverseEventSettings createAdverseEventSettings() {
		AdverseEventSettingsImpl adverseEventSettings = new AdverseEventSettingsImpl();
		return adverseEventSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReferenceSafetyInformation createReferenceSafetyInformation() {
		ReferenceSafetyInformationImpl referenceSafetyInformation = new ReferenceSafetyInformationImpl();
		return referenceSafetyInformation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExpectedEvent createExpectedEvent() {
		ExpectedEventImpl expectedEvent = new ExpectedEventImpl();
		return expectedEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdjudicationSettings createAdjudicationSettings() {
		AdjudicationSettingsImpl adjudicationSettings = new AdjudicationSettingsImpl();
		return adjudicationSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Endpoint createEndpoint() {
		EndpointImpl endpoint = new EndpointImpl();
		return endpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnalysisPopulation createAnalysisPopulation() {
		AnalysisPopulationImpl analysisPopulation = new AnalysisPopulationImpl();
		return analysisPopulation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RandomizationMethod createRandomizationMethodFromString(EDataType eDataType, String initialValue) {
		RandomizationMethod result = RandomizationMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRandomizationMethodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VisitKind createVisitKindFromString(EDataType eDataType, String initialValue) {
		VisitKind result = VisitKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVisitKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VisitAnchor createVisitAnchorFromString(EDataType eDataType, String initialValue) {
		VisitAnchor result = VisitAnchor.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVisitAnchorToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ItemDataType createItemDataTypeFromString(EDataType eDataType, String initialValue) {
		ItemDataType result = ItemDataType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertItemDataTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DerivationKind createDerivationKindFromString(EDataType eDataType, String initialValue) {
		DerivationKind result = DerivationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDerivationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ComparisonOperator createComparisonOperatorFromString(EDataType eDataType, String initialValue) {
		ComparisonOperator result = ComparisonOperator.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComparisonOperatorToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CheckSeverity createCheckSeverityFromString(EDataType eDataType, String initialValue) {
		CheckSeverity result = CheckSeverity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCheckSeverityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CriterionKind createCriterionKindFromString(EDataType eDataType, String initialValue) {
		CriterionKind result = CriterionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCriterionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CriticalCategory createCriticalCategoryFromString(EDataType eDataType, String initialValue) {
		CriticalCategory result = CriticalCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCriticalCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GradingScale createGradingScaleFromString(EDataType eDataType, String initialValue) {
		GradingScale result = GradingScale.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGradingScaleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SeriousnessCriterion createSeriousnessCriterionFromString(EDataType eDataType, String initialValue) {
		SeriousnessCriterion result = SeriousnessCriterion.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSeriousnessCriterionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DisagreementResolution createDisagreementResolutionFromString(EDataType eDataType, String initialValue) {
		DisagreementResolution result = DisagreementResolution.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDisagreementResolutionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EndpointKind createEndpointKindFromString(EDataType eDataType, String initialValue) {
		EndpointKind result = EndpointKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEndpointKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PopulationKind createPopulationKindFromString(EDataType eDataType, String initialValue) {
		PopulationKind result = PopulationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPopulationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDate(final String it) {
		return it == null || it.isEmpty() ? null : LocalDate.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return createLocalDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstant(final String it) {
		return it == null || it.isEmpty() ? null : IsoInstant.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstantFromString(EDataType eDataType, String initialValue) {
		return createInstant(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstant(final Instant it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstantToString(EDataType eDataType, Object instanceValue) {
		return convertInstant((Instant)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProtocolPackage getProtocolPackage() {
		return (ProtocolPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ProtocolPackage getPackage() {
		return ProtocolPackage.eINSTANCE;
	}

} //ProtocolFactoryImpl
