/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol.impl;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.trialbench.clinical.ClinicalPackage;

import org.trialbench.clinical.impl.ClinicalPackageImpl;

import org.trialbench.protocol.AdjudicationSettings;
import org.trialbench.protocol.AdverseEventSettings;
import org.trialbench.protocol.AnalysisPopulation;
import org.trialbench.protocol.Arm;
import org.trialbench.protocol.CheckSeverity;
import org.trialbench.protocol.CodeList;
import org.trialbench.protocol.CodeListItem;
import org.trialbench.protocol.Comparison;
import org.trialbench.protocol.ComparisonCheck;
import org.trialbench.protocol.ComparisonOperator;
import org.trialbench.protocol.ConditionalRequiredCheck;
import org.trialbench.protocol.CriterionKind;
import org.trialbench.protocol.CriticalCategory;
import org.trialbench.protocol.Derivation;
import org.trialbench.protocol.DerivationKind;
import org.trialbench.protocol.DisagreementResolution;
import org.trialbench.protocol.EditCheck;
import org.trialbench.protocol.EligibilityCriterion;
import org.trialbench.protocol.Endpoint;
import org.trialbench.protocol.EndpointKind;
import org.trialbench.protocol.ExpectedEvent;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.GradingScale;
import org.trialbench.protocol.ItemDataType;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.PopulationKind;
import org.trialbench.protocol.ProtocolElement;
import org.trialbench.protocol.ProtocolFactory;
import org.trialbench.protocol.ProtocolPackage;
import org.trialbench.protocol.RandomizationMethod;
import org.trialbench.protocol.RandomizationScheme;
import org.trialbench.protocol.ReferenceSafetyInformation;
import org.trialbench.protocol.SdvPlan;
import org.trialbench.protocol.SeriousnessCriterion;
import org.trialbench.protocol.StratificationFactor;
import org.trialbench.protocol.Stratum;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.VisitAnchor;
import org.trialbench.protocol.VisitDefinition;
import org.trialbench.protocol.VisitKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ProtocolPackageImpl extends EPackageImpl implements ProtocolPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass protocolElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass studyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass armEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stratificationFactorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stratumEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass randomizationSchemeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass visitDefinitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass formDefinitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass itemDefinitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass codeListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass codeListItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass derivationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass derivationParameterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass editCheckEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass comparisonCheckEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conditionalRequiredCheckEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass comparisonEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass eligibilityCriterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sdvPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass adverseEventSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass referenceSafetyInformationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass expectedEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass adjudicationSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass endpointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass analysisPopulationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum randomizationMethodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum visitKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum visitAnchorEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum itemDataTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum derivationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum comparisonOperatorEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum checkSeverityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum criterionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum criticalCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum gradingScaleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum seriousnessCriterionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum disagreementResolutionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum endpointKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum populationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType instantEDataType = null;

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
	 * @see org.trialbench.protocol.ProtocolPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ProtocolPackageImpl() {
		super(eNS_URI, ProtocolFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link ProtocolPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ProtocolPackage init() {
		if (isInited) return (ProtocolPackage)EPackage.Registry.INSTANCE.getEPackage(ProtocolPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredProtocolPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ProtocolPackageImpl theProtocolPackage = registeredProtocolPackage instanceof ProtocolPackageImpl ? (ProtocolPackageImpl)registeredProtocolPackage : new ProtocolPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ClinicalPackage.eNS_URI);
		ClinicalPackageImpl theClinicalPackage = (ClinicalPackageImpl)(registeredPackage instanceof ClinicalPackageImpl ? registeredPackage : ClinicalPackage.eINSTANCE);

		// Create package meta-data objects
		theProtocolPackage.createPackageContents();
		theClinicalPackage.createPackageContents();

		// Initialize created meta-data
		theProtocolPackage.initializePackageContents();
		theClinicalPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theProtocolPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ProtocolPackage.eNS_URI, theProtocolPackage);
		return theProtocolPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProtocolElement() {
		return protocolElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtocolElement_Oid() {
		return (EAttribute)protocolElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtocolElement_Name() {
		return (EAttribute)protocolElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtocolElement_Description() {
		return (EAttribute)protocolElementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStudy() {
		return studyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_Title() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_Acronym() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_Version() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_VersionDate() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_Sponsor() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_RegistrationId() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_PrimaryTimePointDays() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Arms() {
		return (EReference)studyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_StratificationFactors() {
		return (EReference)studyEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_RandomizationScheme() {
		return (EReference)studyEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Visits() {
		return (EReference)studyEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Forms() {
		return (EReference)studyEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_CodeLists() {
		return (EReference)studyEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Derivations() {
		return (EReference)studyEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_EditChecks() {
		return (EReference)studyEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_EligibilityCriteria() {
		return (EReference)studyEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Endpoints() {
		return (EReference)studyEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_AnalysisPopulations() {
		return (EReference)studyEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_SdvPlan() {
		return (EReference)studyEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_AdverseEventSettings() {
		return (EReference)studyEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_AdjudicationSettings() {
		return (EReference)studyEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getArm() {
		return armEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArm_Code() {
		return (EAttribute)armEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArm_AllocationRatio() {
		return (EAttribute)armEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStratificationFactor() {
		return stratificationFactorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStratificationFactor_Item() {
		return (EReference)stratificationFactorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStratificationFactor_Strata() {
		return (EReference)stratificationFactorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStratum() {
		return stratumEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStratum_Code() {
		return (EAttribute)stratumEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStratum_ItemValue() {
		return (EAttribute)stratumEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStratum_Factor() {
		return (EReference)stratumEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRandomizationScheme() {
		return randomizationSchemeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRandomizationScheme_Method() {
		return (EAttribute)randomizationSchemeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRandomizationScheme_BlockSizes() {
		return (EAttribute)randomizationSchemeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRandomizationScheme_StratifiedBy() {
		return (EReference)randomizationSchemeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVisitDefinition() {
		return visitDefinitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisitDefinition_Kind() {
		return (EAttribute)visitDefinitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisitDefinition_Anchor() {
		return (EAttribute)visitDefinitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisitDefinition_TargetDay() {
		return (EAttribute)visitDefinitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisitDefinition_WindowBeforeDays() {
		return (EAttribute)visitDefinitionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisitDefinition_WindowAfterDays() {
		return (EAttribute)visitDefinitionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisitDefinition_Repeating() {
		return (EAttribute)visitDefinitionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVisitDefinition_Forms() {
		return (EReference)visitDefinitionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFormDefinition() {
		return formDefinitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFormDefinition_Repeating() {
		return (EAttribute)formDefinitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFormDefinition_Items() {
		return (EReference)formDefinitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFormDefinition_Arm() {
		return (EReference)formDefinitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getItemDefinition() {
		return itemDefinitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemDefinition_Question() {
		return (EAttribute)itemDefinitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemDefinition_DataType() {
		return (EAttribute)itemDefinitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemDefinition_Unit() {
		return (EAttribute)itemDefinitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemDefinition_Min() {
		return (EAttribute)itemDefinitionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemDefinition_Max() {
		return (EAttribute)itemDefinitionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemDefinition_DecimalPlaces() {
		return (EAttribute)itemDefinitionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getItemDefinition_CodeList() {
		return (EReference)itemDefinitionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemDefinition_Required() {
		return (EAttribute)itemDefinitionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemDefinition_Critical() {
		return (EAttribute)itemDefinitionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemDefinition_RevealsAllocation() {
		return (EAttribute)itemDefinitionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemDefinition_Derived() {
		return (EAttribute)itemDefinitionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getItemDefinition_Derivation() {
		return (EReference)itemDefinitionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getItemDefinition_Form() {
		return (EReference)itemDefinitionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCodeList() {
		return codeListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCodeList_DataType() {
		return (EAttribute)codeListEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCodeList_Items() {
		return (EReference)codeListEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCodeListItem() {
		return codeListItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCodeListItem_Code() {
		return (EAttribute)codeListItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCodeListItem_Decode() {
		return (EAttribute)codeListItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDerivation() {
		return derivationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDerivation_Kind() {
		return (EAttribute)derivationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDerivation_Inputs() {
		return (EReference)derivationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDerivation_Parameters() {
		return (EReference)derivationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDerivationParameter() {
		return derivationParameterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDerivationParameter_Key() {
		return (EAttribute)derivationParameterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDerivationParameter_Value() {
		return (EAttribute)derivationParameterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEditCheck() {
		return editCheckEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEditCheck_Message() {
		return (EAttribute)editCheckEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEditCheck_Severity() {
		return (EAttribute)editCheckEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComparisonCheck() {
		return comparisonCheckEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComparisonCheck_Assertion() {
		return (EReference)comparisonCheckEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConditionalRequiredCheck() {
		return conditionalRequiredCheckEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConditionalRequiredCheck_When() {
		return (EReference)conditionalRequiredCheckEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConditionalRequiredCheck_RequiredItems() {
		return (EReference)conditionalRequiredCheckEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComparison() {
		return comparisonEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComparison_Item() {
		return (EReference)comparisonEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComparison_Operator() {
		return (EAttribute)comparisonEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComparison_Value() {
		return (EAttribute)comparisonEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComparison_OtherItem() {
		return (EReference)comparisonEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEligibilityCriterion() {
		return eligibilityCriterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEligibilityCriterion_Code() {
		return (EAttribute)eligibilityCriterionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEligibilityCriterion_Text() {
		return (EAttribute)eligibilityCriterionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEligibilityCriterion_Kind() {
		return (EAttribute)eligibilityCriterionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEligibilityCriterion_Item() {
		return (EReference)eligibilityCriterionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSdvPlan() {
		return sdvPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSdvPlan_DefaultSampleRate() {
		return (EAttribute)sdvPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSdvPlan_Seed() {
		return (EAttribute)sdvPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSdvPlan_CriticalCategories() {
		return (EAttribute)sdvPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAdverseEventSettings() {
		return adverseEventSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEventSettings_GradingScales() {
		return (EAttribute)adverseEventSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEventSettings_SeriousnessCriteria() {
		return (EAttribute)adverseEventSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEventSettings_MeddraVersion() {
		return (EAttribute)adverseEventSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEventSettings_SaeReportingHours() {
		return (EAttribute)adverseEventSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEventSettings_SusarFatalReportingDays() {
		return (EAttribute)adverseEventSettingsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEventSettings_SusarReportingDays() {
		return (EAttribute)adverseEventSettingsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdverseEventSettings_ReferenceSafetyInformation() {
		return (EReference)adverseEventSettingsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReferenceSafetyInformation() {
		return referenceSafetyInformationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferenceSafetyInformation_Version() {
		return (EAttribute)referenceSafetyInformationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferenceSafetyInformation_EffectiveDate() {
		return (EAttribute)referenceSafetyInformationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReferenceSafetyInformation_ExpectedEvents() {
		return (EReference)referenceSafetyInformationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExpectedEvent() {
		return expectedEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExpectedEvent_Term() {
		return (EAttribute)expectedEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExpectedEvent_PtCode() {
		return (EAttribute)expectedEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExpectedEvent_Arm() {
		return (EReference)expectedEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAdjudicationSettings() {
		return adjudicationSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdjudicationSettings_Endpoints() {
		return (EReference)adjudicationSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdjudicationSettings_ReviewersPerCase() {
		return (EAttribute)adjudicationSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdjudicationSettings_DisagreementResolution() {
		return (EAttribute)adjudicationSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEndpoint() {
		return endpointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpoint_Kind() {
		return (EAttribute)endpointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEndpoint_TimePointVisit() {
		return (EReference)endpointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEndpoint_Derivation() {
		return (EReference)endpointEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEndpoint_Item() {
		return (EReference)endpointEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnalysisPopulation() {
		return analysisPopulationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisPopulation_Code() {
		return (EAttribute)analysisPopulationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisPopulation_Kind() {
		return (EAttribute)analysisPopulationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisPopulation_Definition() {
		return (EAttribute)analysisPopulationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRandomizationMethod() {
		return randomizationMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVisitKind() {
		return visitKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVisitAnchor() {
		return visitAnchorEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getItemDataType() {
		return itemDataTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDerivationKind() {
		return derivationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getComparisonOperator() {
		return comparisonOperatorEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCheckSeverity() {
		return checkSeverityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCriterionKind() {
		return criterionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCriticalCategory() {
		return criticalCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGradingScale() {
		return gradingScaleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSeriousnessCriterion() {
		return seriousnessCriterionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDisagreementResolution() {
		return disagreementResolutionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEndpointKind() {
		return endpointKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPopulationKind() {
		return populationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInstant() {
		return instantEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProtocolFactory getProtocolFactory() {
		return (ProtocolFactory)getEFactoryInstance();
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
		protocolElementEClass = createEClass(PROTOCOL_ELEMENT);
		createEAttribute(protocolElementEClass, PROTOCOL_ELEMENT__OID);
		createEAttribute(protocolElementEClass, PROTOCOL_ELEMENT__NAME);
		createEAttribute(protocolElementEClass, PROTOCOL_ELEMENT__DESCRIPTION);

		studyEClass = createEClass(STUDY);
		createEAttribute(studyEClass, STUDY__TITLE);
		createEAttribute(studyEClass, STUDY__ACRONYM);
		createEAttribute(studyEClass, STUDY__VERSION);
		createEAttribute(studyEClass, STUDY__VERSION_DATE);
		createEAttribute(studyEClass, STUDY__SPONSOR);
		createEAttribute(studyEClass, STUDY__REGISTRATION_ID);
		createEAttribute(studyEClass, STUDY__PRIMARY_TIME_POINT_DAYS);
		createEReference(studyEClass, STUDY__ARMS);
		createEReference(studyEClass, STUDY__STRATIFICATION_FACTORS);
		createEReference(studyEClass, STUDY__RANDOMIZATION_SCHEME);
		createEReference(studyEClass, STUDY__VISITS);
		createEReference(studyEClass, STUDY__FORMS);
		createEReference(studyEClass, STUDY__CODE_LISTS);
		createEReference(studyEClass, STUDY__DERIVATIONS);
		createEReference(studyEClass, STUDY__EDIT_CHECKS);
		createEReference(studyEClass, STUDY__ELIGIBILITY_CRITERIA);
		createEReference(studyEClass, STUDY__ENDPOINTS);
		createEReference(studyEClass, STUDY__ANALYSIS_POPULATIONS);
		createEReference(studyEClass, STUDY__SDV_PLAN);
		createEReference(studyEClass, STUDY__ADVERSE_EVENT_SETTINGS);
		createEReference(studyEClass, STUDY__ADJUDICATION_SETTINGS);

		armEClass = createEClass(ARM);
		createEAttribute(armEClass, ARM__CODE);
		createEAttribute(armEClass, ARM__ALLOCATION_RATIO);

		stratificationFactorEClass = createEClass(STRATIFICATION_FACTOR);
		createEReference(stratificationFactorEClass, STRATIFICATION_FACTOR__ITEM);
		createEReference(stratificationFactorEClass, STRATIFICATION_FACTOR__STRATA);

		stratumEClass = createEClass(STRATUM);
		createEAttribute(stratumEClass, STRATUM__CODE);
		createEAttribute(stratumEClass, STRATUM__ITEM_VALUE);
		createEReference(stratumEClass, STRATUM__FACTOR);

		randomizationSchemeEClass = createEClass(RANDOMIZATION_SCHEME);
		createEAttribute(randomizationSchemeEClass, RANDOMIZATION_SCHEME__METHOD);
		createEAttribute(randomizationSchemeEClass, RANDOMIZATION_SCHEME__BLOCK_SIZES);
		createEReference(randomizationSchemeEClass, RANDOMIZATION_SCHEME__STRATIFIED_BY);

		visitDefinitionEClass = createEClass(VISIT_DEFINITION);
		createEAttribute(visitDefinitionEClass, VISIT_DEFINITION__KIND);
		createEAttribute(visitDefinitionEClass, VISIT_DEFINITION__ANCHOR);
		createEAttribute(visitDefinitionEClass, VISIT_DEFINITION__TARGET_DAY);
		createEAttribute(visitDefinitionEClass, VISIT_DEFINITION__WINDOW_BEFORE_DAYS);
		createEAttribute(visitDefinitionEClass, VISIT_DEFINITION__WINDOW_AFTER_DAYS);
		createEAttribute(visitDefinitionEClass, VISIT_DEFINITION__REPEATING);
		createEReference(visitDefinitionEClass, VISIT_DEFINITION__FORMS);

		formDefinitionEClass = createEClass(FORM_DEFINITION);
		createEAttribute(formDefinitionEClass, FORM_DEFINITION__REPEATING);
		createEReference(formDefinitionEClass, FORM_DEFINITION__ITEMS);
		createEReference(formDefinitionEClass, FORM_DEFINITION__ARM);

		itemDefinitionEClass = createEClass(ITEM_DEFINITION);
		createEAttribute(itemDefinitionEClass, ITEM_DEFINITION__QUESTION);
		createEAttribute(itemDefinitionEClass, ITEM_DEFINITION__DATA_TYPE);
		createEAttribute(itemDefinitionEClass, ITEM_DEFINITION__UNIT);
		createEAttribute(itemDefinitionEClass, ITEM_DEFINITION__MIN);
		createEAttribute(itemDefinitionEClass, ITEM_DEFINITION__MAX);
		createEAttribute(itemDefinitionEClass, ITEM_DEFINITION__DECIMAL_PLACES);
		createEReference(itemDefinitionEClass, ITEM_DEFINITION__CODE_LIST);
		createEAttribute(itemDefinitionEClass, ITEM_DEFINITION__REQUIRED);
		createEAttribute(itemDefinitionEClass, ITEM_DEFINITION__CRITICAL);
		createEAttribute(itemDefinitionEClass, ITEM_DEFINITION__REVEALS_ALLOCATION);
		createEAttribute(itemDefinitionEClass, ITEM_DEFINITION__DERIVED);
		createEReference(itemDefinitionEClass, ITEM_DEFINITION__DERIVATION);
		createEReference(itemDefinitionEClass, ITEM_DEFINITION__FORM);

		codeListEClass = createEClass(CODE_LIST);
		createEAttribute(codeListEClass, CODE_LIST__DATA_TYPE);
		createEReference(codeListEClass, CODE_LIST__ITEMS);

		codeListItemEClass = createEClass(CODE_LIST_ITEM);
		createEAttribute(codeListItemEClass, CODE_LIST_ITEM__CODE);
		createEAttribute(codeListItemEClass, CODE_LIST_ITEM__DECODE);

		derivationEClass = createEClass(DERIVATION);
		createEAttribute(derivationEClass, DERIVATION__KIND);
		createEReference(derivationEClass, DERIVATION__INPUTS);
		createEReference(derivationEClass, DERIVATION__PARAMETERS);

		derivationParameterEClass = createEClass(DERIVATION_PARAMETER);
		createEAttribute(derivationParameterEClass, DERIVATION_PARAMETER__KEY);
		createEAttribute(derivationParameterEClass, DERIVATION_PARAMETER__VALUE);

		editCheckEClass = createEClass(EDIT_CHECK);
		createEAttribute(editCheckEClass, EDIT_CHECK__MESSAGE);
		createEAttribute(editCheckEClass, EDIT_CHECK__SEVERITY);

		comparisonCheckEClass = createEClass(COMPARISON_CHECK);
		createEReference(comparisonCheckEClass, COMPARISON_CHECK__ASSERTION);

		conditionalRequiredCheckEClass = createEClass(CONDITIONAL_REQUIRED_CHECK);
		createEReference(conditionalRequiredCheckEClass, CONDITIONAL_REQUIRED_CHECK__WHEN);
		createEReference(conditionalRequiredCheckEClass, CONDITIONAL_REQUIRED_CHECK__REQUIRED_ITEMS);

		comparisonEClass = createEClass(COMPARISON);
		createEReference(comparisonEClass, COMPARISON__ITEM);
		createEAttribute(comparisonEClass, COMPARISON__OPERATOR);
		createEAttribute(comparisonEClass, COMPARISON__VALUE);
		createEReference(comparisonEClass, COMPARISON__OTHER_ITEM);

		eligibilityCriterionEClass = createEClass(ELIGIBILITY_CRITERION);
		createEAttribute(eligibilityCriterionEClass, ELIGIBILITY_CRITERION__CODE);
		createEAttribute(eligibilityCriterionEClass, ELIGIBILITY_CRITERION__TEXT);
		createEAttribute(eligibilityCriterionEClass, ELIGIBILITY_CRITERION__KIND);
		createEReference(eligibilityCriterionEClass, ELIGIBILITY_CRITERION__ITEM);

		sdvPlanEClass = createEClass(SDV_PLAN);
		createEAttribute(sdvPlanEClass, SDV_PLAN__DEFAULT_SAMPLE_RATE);
		createEAttribute(sdvPlanEClass, SDV_PLAN__SEED);
		createEAttribute(sdvPlanEClass, SDV_PLAN__CRITICAL_CATEGORIES);

		adverseEventSettingsEClass = createEClass(ADVERSE_EVENT_SETTINGS);
		createEAttribute(adverseEventSettingsEClass, ADVERSE_EVENT_SETTINGS__GRADING_SCALES);
		createEAttribute(adverseEventSettingsEClass, ADVERSE_EVENT_SETTINGS__SERIOUSNESS_CRITERIA);
		createEAttribute(adverseEventSettingsEClass, ADVERSE_EVENT_SETTINGS__MEDDRA_VERSION);
		createEAttribute(adverseEventSettingsEClass, ADVERSE_EVENT_SETTINGS__SAE_REPORTING_HOURS);
		createEAttribute(adverseEventSettingsEClass, ADVERSE_EVENT_SETTINGS__SUSAR_FATAL_REPORTING_DAYS);
		createEAttribute(adverseEventSettingsEClass, ADVERSE_EVENT_SETTINGS__SUSAR_REPORTING_DAYS);
		createEReference(adverseEventSettingsEClass, ADVERSE_EVENT_SETTINGS__REFERENCE_SAFETY_INFORMATION);

		referenceSafetyInformationEClass = createEClass(REFERENCE_SAFETY_INFORMATION);
		createEAttribute(referenceSafetyInformationEClass, REFERENCE_SAFETY_INFORMATION__VERSION);
		createEAttribute(referenceSafetyInformationEClass, REFERENCE_SAFETY_INFORMATION__EFFECTIVE_DATE);
		createEReference(referenceSafetyInformationEClass, REFERENCE_SAFETY_INFORMATION__EXPECTED_EVENTS);

		expectedEventEClass = createEClass(EXPECTED_EVENT);
		createEAttribute(expectedEventEClass, EXPECTED_EVENT__TERM);
		createEAttribute(expectedEventEClass, EXPECTED_EVENT__PT_CODE);
		createEReference(expectedEventEClass, EXPECTED_EVENT__ARM);

		adjudicationSettingsEClass = createEClass(ADJUDICATION_SETTINGS);
		createEReference(adjudicationSettingsEClass, ADJUDICATION_SETTINGS__ENDPOINTS);
		createEAttribute(adjudicationSettingsEClass, ADJUDICATION_SETTINGS__REVIEWERS_PER_CASE);
		createEAttribute(adjudicationSettingsEClass, ADJUDICATION_SETTINGS__DISAGREEMENT_RESOLUTION);

		endpointEClass = createEClass(ENDPOINT);
		createEAttribute(endpointEClass, ENDPOINT__KIND);
		createEReference(endpointEClass, ENDPOINT__TIME_POINT_VISIT);
		createEReference(endpointEClass, ENDPOINT__DERIVATION);
		createEReference(endpointEClass, ENDPOINT__ITEM);

		analysisPopulationEClass = createEClass(ANALYSIS_POPULATION);
		createEAttribute(analysisPopulationEClass, ANALYSIS_POPULATION__CODE);
		createEAttribute(analysisPopulationEClass, ANALYSIS_POPULATION__KIND);
		createEAttribute(analysisPopulationEClass, ANALYSIS_POPULATION__DEFINITION);

		// Create enums
		randomizationMethodEEnum = createEEnum(RANDOMIZATION_METHOD);
		visitKindEEnum = createEEnum(VISIT_KIND);
		visitAnchorEEnum = createEEnum(VISIT_ANCHOR);
		itemDataTypeEEnum = createEEnum(ITEM_DATA_TYPE);
		derivationKindEEnum = createEEnum(DERIVATION_KIND);
		comparisonOperatorEEnum = createEEnum(COMPARISON_OPERATOR);
		checkSeverityEEnum = createEEnum(CHECK_SEVERITY);
		criterionKindEEnum = createEEnum(CRITERION_KIND);
		criticalCategoryEEnum = createEEnum(CRITICAL_CATEGORY);
		gradingScaleEEnum = createEEnum(GRADING_SCALE);
		seriousnessCriterionEEnum = createEEnum(SERIOUSNESS_CRITERION);
		disagreementResolutionEEnum = createEEnum(DISAGREEMENT_RESOLUTION);
		endpointKindEEnum = createEEnum(ENDPOINT_KIND);
		populationKindEEnum = createEEnum(POPULATION_KIND);

		// Create data types
		localDateEDataType = createEDataType(LOCAL_DATE);
		instantEDataType = createEDataType(INSTANT);
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

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		studyEClass.getESuperTypes().add(this.getProtocolElement());
		armEClass.getESuperTypes().add(this.getProtocolElement());
		stratificationFactorEClass.getESuperTypes().add(this.getProtocolElement());
		stratumEClass.getESuperTypes().add(this.getProtocolElement());
		randomizationSchemeEClass.getESuperTypes().add(this.getProtocolElement());
		visitDefinitionEClass.getESuperTypes().add(this.getProtocolElement());
		formDefinitionEClass.getESuperTypes().add(this.getProtocolElement());
		itemDefinitionEClass.getESuperTypes().add(this.getProtocolElement());
		codeListEClass.getESuperTypes().add(this.getProtocolElement());
		derivationEClass.getESuperTypes().add(this.getProtocolElement());
		editCheckEClass.getESuperTypes().add(this.getProtocolElement());
		comparisonCheckEClass.getESuperTypes().add(this.getEditCheck());
		conditionalRequiredCheckEClass.getESuperTypes().add(this.getEditCheck());
		eligibilityCriterionEClass.getESuperTypes().add(this.getProtocolElement());
		endpointEClass.getESuperTypes().add(this.getProtocolElement());
		analysisPopulationEClass.getESuperTypes().add(this.getProtocolElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(protocolElementEClass, ProtocolElement.class, "ProtocolElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProtocolElement_Oid(), ecorePackage.getEString(), "oid", null, 1, 1, ProtocolElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtocolElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, ProtocolElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtocolElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, ProtocolElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(studyEClass, Study.class, "Study", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStudy_Title(), ecorePackage.getEString(), "title", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_Acronym(), ecorePackage.getEString(), "acronym", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_Version(), ecorePackage.getEString(), "version", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_VersionDate(), this.getLocalDate(), "versionDate", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_Sponsor(), ecorePackage.getEString(), "sponsor", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_RegistrationId(), ecorePackage.getEString(), "registrationId", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_PrimaryTimePointDays(), ecorePackage.getEInt(), "primaryTimePointDays", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Arms(), this.getArm(), null, "arms", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_StratificationFactors(), this.getStratificationFactor(), null, "stratificationFactors", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_RandomizationScheme(), this.getRandomizationScheme(), null, "randomizationScheme", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Visits(), this.getVisitDefinition(), null, "visits", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Forms(), this.getFormDefinition(), null, "forms", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_CodeLists(), this.getCodeList(), null, "codeLists", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Derivations(), this.getDerivation(), null, "derivations", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_EditChecks(), this.getEditCheck(), null, "editChecks", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_EligibilityCriteria(), this.getEligibilityCriterion(), null, "eligibilityCriteria", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Endpoints(), this.getEndpoint(), null, "endpoints", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_AnalysisPopulations(), this.getAnalysisPopulation(), null, "analysisPopulations", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_SdvPlan(), this.getSdvPlan(), null, "sdvPlan", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_AdverseEventSettings(), this.getAdverseEventSettings(), null, "adverseEventSettings", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_AdjudicationSettings(), this.getAdjudicationSettings(), null, "adjudicationSettings", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(armEClass, Arm.class, "Arm", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getArm_Code(), ecorePackage.getEString(), "code", null, 1, 1, Arm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArm_AllocationRatio(), ecorePackage.getEInt(), "allocationRatio", "1", 0, 1, Arm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stratificationFactorEClass, StratificationFactor.class, "StratificationFactor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getStratificationFactor_Item(), this.getItemDefinition(), null, "item", null, 0, 1, StratificationFactor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStratificationFactor_Strata(), this.getStratum(), this.getStratum_Factor(), "strata", null, 0, -1, StratificationFactor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stratumEClass, Stratum.class, "Stratum", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStratum_Code(), ecorePackage.getEString(), "code", null, 1, 1, Stratum.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStratum_ItemValue(), ecorePackage.getEString(), "itemValue", null, 0, 1, Stratum.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStratum_Factor(), this.getStratificationFactor(), this.getStratificationFactor_Strata(), "factor", null, 0, 1, Stratum.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(randomizationSchemeEClass, RandomizationScheme.class, "RandomizationScheme", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRandomizationScheme_Method(), this.getRandomizationMethod(), "method", "permutedBlocks", 0, 1, RandomizationScheme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRandomizationScheme_BlockSizes(), ecorePackage.getEInt(), "blockSizes", null, 0, -1, RandomizationScheme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRandomizationScheme_StratifiedBy(), this.getStratificationFactor(), null, "stratifiedBy", null, 0, -1, RandomizationScheme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(visitDefinitionEClass, VisitDefinition.class, "VisitDefinition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVisitDefinition_Kind(), this.getVisitKind(), "kind", null, 0, 1, VisitDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVisitDefinition_Anchor(), this.getVisitAnchor(), "anchor", "randomization", 0, 1, VisitDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVisitDefinition_TargetDay(), ecorePackage.getEIntegerObject(), "targetDay", null, 0, 1, VisitDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVisitDefinition_WindowBeforeDays(), ecorePackage.getEInt(), "windowBeforeDays", null, 0, 1, VisitDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVisitDefinition_WindowAfterDays(), ecorePackage.getEInt(), "windowAfterDays", null, 0, 1, VisitDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVisitDefinition_Repeating(), ecorePackage.getEBoolean(), "repeating", null, 0, 1, VisitDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVisitDefinition_Forms(), this.getFormDefinition(), null, "forms", null, 0, -1, VisitDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(formDefinitionEClass, FormDefinition.class, "FormDefinition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFormDefinition_Repeating(), ecorePackage.getEBoolean(), "repeating", null, 0, 1, FormDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFormDefinition_Items(), this.getItemDefinition(), this.getItemDefinition_Form(), "items", null, 0, -1, FormDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFormDefinition_Arm(), this.getArm(), null, "arm", null, 0, 1, FormDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(itemDefinitionEClass, ItemDefinition.class, "ItemDefinition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getItemDefinition_Question(), ecorePackage.getEString(), "question", null, 0, 1, ItemDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemDefinition_DataType(), this.getItemDataType(), "dataType", null, 0, 1, ItemDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemDefinition_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, ItemDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemDefinition_Min(), ecorePackage.getEBigDecimal(), "min", null, 0, 1, ItemDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemDefinition_Max(), ecorePackage.getEBigDecimal(), "max", null, 0, 1, ItemDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemDefinition_DecimalPlaces(), ecorePackage.getEIntegerObject(), "decimalPlaces", null, 0, 1, ItemDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getItemDefinition_CodeList(), this.getCodeList(), null, "codeList", null, 0, 1, ItemDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemDefinition_Required(), ecorePackage.getEBoolean(), "required", null, 0, 1, ItemDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemDefinition_Critical(), ecorePackage.getEBoolean(), "critical", null, 0, 1, ItemDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemDefinition_RevealsAllocation(), ecorePackage.getEBoolean(), "revealsAllocation", null, 0, 1, ItemDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemDefinition_Derived(), ecorePackage.getEBoolean(), "derived", null, 0, 1, ItemDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getItemDefinition_Derivation(), this.getDerivation(), null, "derivation", null, 0, 1, ItemDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getItemDefinition_Form(), this.getFormDefinition(), this.getFormDefinition_Items(), "form", null, 0, 1, ItemDefinition.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(codeListEClass, CodeList.class, "CodeList", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCodeList_DataType(), this.getItemDataType(), "dataType", "text", 0, 1, CodeList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCodeList_Items(), this.getCodeListItem(), null, "items", null, 0, -1, CodeList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(codeListItemEClass, CodeListItem.class, "CodeListItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCodeListItem_Code(), ecorePackage.getEString(), "code", null, 1, 1, CodeListItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCodeListItem_Decode(), ecorePackage.getEString(), "decode", null, 0, 1, CodeListItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(derivationEClass, Derivation.class, "Derivation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDerivation_Kind(), this.getDerivationKind(), "kind", null, 0, 1, Derivation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDerivation_Inputs(), this.getItemDefinition(), null, "inputs", null, 0, -1, Derivation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDerivation_Parameters(), this.getDerivationParameter(), null, "parameters", null, 0, -1, Derivation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(derivationParameterEClass, Map.Entry.class, "DerivationParameter", !IS_ABSTRACT, !IS_INTERFACE, !IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDerivationParameter_Key(), ecorePackage.getEString(), "key", null, 1, 1, Map.Entry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDerivationParameter_Value(), ecorePackage.getEString(), "value", null, 0, 1, Map.Entry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(editCheckEClass, EditCheck.class, "EditCheck", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEditCheck_Message(), ecorePackage.getEString(), "message", null, 0, 1, EditCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEditCheck_Severity(), this.getCheckSeverity(), "severity", "error", 0, 1, EditCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(comparisonCheckEClass, ComparisonCheck.class, "ComparisonCheck", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getComparisonCheck_Assertion(), this.getComparison(), null, "assertion", null, 1, 1, ComparisonCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(conditionalRequiredCheckEClass, ConditionalRequiredCheck.class, "ConditionalRequiredCheck", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getConditionalRequiredCheck_When(), this.getComparison(), null, "when", null, 1, 1, ConditionalRequiredCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConditionalRequiredCheck_RequiredItems(), this.getItemDefinition(), null, "requiredItems", null, 1, -1, ConditionalRequiredCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(comparisonEClass, Comparison.class, "Comparison", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getComparison_Item(), this.getItemDefinition(), null, "item", null, 1, 1, Comparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComparison_Operator(), this.getComparisonOperator(), "operator", null, 0, 1, Comparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComparison_Value(), ecorePackage.getEString(), "value", null, 0, 1, Comparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComparison_OtherItem(), this.getItemDefinition(), null, "otherItem", null, 0, 1, Comparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(eligibilityCriterionEClass, EligibilityCriterion.class, "EligibilityCriterion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEligibilityCriterion_Code(), ecorePackage.getEString(), "code", null, 1, 1, EligibilityCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEligibilityCriterion_Text(), ecorePackage.getEString(), "text", null, 0, 1, EligibilityCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEligibilityCriterion_Kind(), this.getCriterionKind(), "kind", null, 0, 1, EligibilityCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEligibilityCriterion_Item(), this.getItemDefinition(), null, "item", null, 0, 1, EligibilityCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sdvPlanEClass, SdvPlan.class, "SdvPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSdvPlan_DefaultSampleRate(), ecorePackage.getEDouble(), "defaultSampleRate", null, 0, 1, SdvPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSdvPlan_Seed(), ecorePackage.getELong(), "seed", null, 0, 1, SdvPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSdvPlan_CriticalCategories(), this.getCriticalCategory(), "criticalCategories", null, 0, -1, SdvPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(adverseEventSettingsEClass, AdverseEventSettings.class, "AdverseEventSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAdverseEventSettings_GradingScales(), this.getGradingScale(), "gradingScales", null, 0, -1, AdverseEventSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEventSettings_SeriousnessCriteria(), this.getSeriousnessCriterion(), "seriousnessCriteria", null, 0, -1, AdverseEventSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEventSettings_MeddraVersion(), ecorePackage.getEString(), "meddraVersion", null, 0, 1, AdverseEventSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEventSettings_SaeReportingHours(), ecorePackage.getEInt(), "saeReportingHours", "24", 0, 1, AdverseEventSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEventSettings_SusarFatalReportingDays(), ecorePackage.getEInt(), "susarFatalReportingDays", "7", 0, 1, AdverseEventSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEventSettings_SusarReportingDays(), ecorePackage.getEInt(), "susarReportingDays", "15", 0, 1, AdverseEventSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAdverseEventSettings_ReferenceSafetyInformation(), this.getReferenceSafetyInformation(), null, "referenceSafetyInformation", null, 0, 1, AdverseEventSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(referenceSafetyInformationEClass, ReferenceSafetyInformation.class, "ReferenceSafetyInformation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReferenceSafetyInformation_Version(), ecorePackage.getEString(), "version", null, 0, 1, ReferenceSafetyInformation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReferenceSafetyInformation_EffectiveDate(), this.getLocalDate(), "effectiveDate", null, 0, 1, ReferenceSafetyInformation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReferenceSafetyInformation_ExpectedEvents(), this.getExpectedEvent(), null, "expectedEvents", null, 0, -1, ReferenceSafetyInformation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(expectedEventEClass, ExpectedEvent.class, "ExpectedEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExpectedEvent_Term(), ecorePackage.getEString(), "term", null, 0, 1, ExpectedEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExpectedEvent_PtCode(), ecorePackage.getEString(), "ptCode", null, 0, 1, ExpectedEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExpectedEvent_Arm(), this.getArm(), null, "arm", null, 0, 1, ExpectedEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(adjudicationSettingsEClass, AdjudicationSettings.class, "AdjudicationSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAdjudicationSettings_Endpoints(), this.getEndpoint(), null, "endpoints", null, 0, -1, AdjudicationSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdjudicationSettings_ReviewersPerCase(), ecorePackage.getEInt(), "reviewersPerCase", "2", 0, 1, AdjudicationSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdjudicationSettings_DisagreementResolution(), this.getDisagreementResolution(), "disagreementResolution", null, 0, 1, AdjudicationSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(endpointEClass, Endpoint.class, "Endpoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEndpoint_Kind(), this.getEndpointKind(), "kind", null, 0, 1, Endpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEndpoint_TimePointVisit(), this.getVisitDefinition(), null, "timePointVisit", null, 0, 1, Endpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEndpoint_Derivation(), this.getDerivation(), null, "derivation", null, 0, 1, Endpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEndpoint_Item(), this.getItemDefinition(), null, "item", null, 0, 1, Endpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(analysisPopulationEClass, AnalysisPopulation.class, "AnalysisPopulation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAnalysisPopulation_Code(), ecorePackage.getEString(), "code", null, 1, 1, AnalysisPopulation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysisPopulation_Kind(), this.getPopulationKind(), "kind", null, 0, 1, AnalysisPopulation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysisPopulation_Definition(), ecorePackage.getEString(), "definition", null, 0, 1, AnalysisPopulation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(randomizationMethodEEnum, RandomizationMethod.class, "RandomizationMethod");
		addEEnumLiteral(randomizationMethodEEnum, RandomizationMethod.SIMPLE);
		addEEnumLiteral(randomizationMethodEEnum, RandomizationMethod.PERMUTED_BLOCKS);

		initEEnum(visitKindEEnum, VisitKind.class, "VisitKind");
		addEEnumLiteral(visitKindEEnum, VisitKind.SCREENING);
		addEEnumLiteral(visitKindEEnum, VisitKind.RANDOMIZATION);
		addEEnumLiteral(visitKindEEnum, VisitKind.PROCEDURE);
		addEEnumLiteral(visitKindEEnum, VisitKind.FOLLOW_UP);
		addEEnumLiteral(visitKindEEnum, VisitKind.END_OF_STUDY);
		addEEnumLiteral(visitKindEEnum, VisitKind.UNSCHEDULED);

		initEEnum(visitAnchorEEnum, VisitAnchor.class, "VisitAnchor");
		addEEnumLiteral(visitAnchorEEnum, VisitAnchor.RANDOMIZATION);
		addEEnumLiteral(visitAnchorEEnum, VisitAnchor.PROCEDURE);

		initEEnum(itemDataTypeEEnum, ItemDataType.class, "ItemDataType");
		addEEnumLiteral(itemDataTypeEEnum, ItemDataType.INTEGER);
		addEEnumLiteral(itemDataTypeEEnum, ItemDataType.DECIMAL);
		addEEnumLiteral(itemDataTypeEEnum, ItemDataType.TEXT);
		addEEnumLiteral(itemDataTypeEEnum, ItemDataType.DATE);
		addEEnumLiteral(itemDataTypeEEnum, ItemDataType.DATETIME);
		addEEnumLiteral(itemDataTypeEEnum, ItemDataType.BOOLEAN);
		addEEnumLiteral(itemDataTypeEEnum, ItemDataType.CODE);

		initEEnum(derivationKindEEnum, DerivationKind.class, "DerivationKind");
		addEEnumLiteral(derivationKindEEnum, DerivationKind.ECKARDT_TOTAL);
		addEEnumLiteral(derivationKindEEnum, DerivationKind.ECKARDT_SUCCESS);
		addEEnumLiteral(derivationKindEEnum, DerivationKind.SUM);
		addEEnumLiteral(derivationKindEEnum, DerivationKind.AGE_AT_CONSENT);
		addEEnumLiteral(derivationKindEEnum, DerivationKind.TIME_TO_EVENT);
		addEEnumLiteral(derivationKindEEnum, DerivationKind.BMI);
		addEEnumLiteral(derivationKindEEnum, DerivationKind.CHANGE_FROM_BASELINE);
		addEEnumLiteral(derivationKindEEnum, DerivationKind.DAYS_BETWEEN);

		initEEnum(comparisonOperatorEEnum, ComparisonOperator.class, "ComparisonOperator");
		addEEnumLiteral(comparisonOperatorEEnum, ComparisonOperator.LESS_THAN);
		addEEnumLiteral(comparisonOperatorEEnum, ComparisonOperator.LESS_OR_EQUAL);
		addEEnumLiteral(comparisonOperatorEEnum, ComparisonOperator.EQUAL);
		addEEnumLiteral(comparisonOperatorEEnum, ComparisonOperator.NOT_EQUAL);
		addEEnumLiteral(comparisonOperatorEEnum, ComparisonOperator.GREATER_OR_EQUAL);
		addEEnumLiteral(comparisonOperatorEEnum, ComparisonOperator.GREATER_THAN);

		initEEnum(checkSeverityEEnum, CheckSeverity.class, "CheckSeverity");
		addEEnumLiteral(checkSeverityEEnum, CheckSeverity.INFO);
		addEEnumLiteral(checkSeverityEEnum, CheckSeverity.WARNING);
		addEEnumLiteral(checkSeverityEEnum, CheckSeverity.ERROR);

		initEEnum(criterionKindEEnum, CriterionKind.class, "CriterionKind");
		addEEnumLiteral(criterionKindEEnum, CriterionKind.INCLUSION);
		addEEnumLiteral(criterionKindEEnum, CriterionKind.EXCLUSION);

		initEEnum(criticalCategoryEEnum, CriticalCategory.class, "CriticalCategory");
		addEEnumLiteral(criticalCategoryEEnum, CriticalCategory.CONSENT);
		addEEnumLiteral(criticalCategoryEEnum, CriticalCategory.ELIGIBILITY);
		addEEnumLiteral(criticalCategoryEEnum, CriticalCategory.RANDOMIZATION);
		addEEnumLiteral(criticalCategoryEEnum, CriticalCategory.PRIMARY_ENDPOINT);
		addEEnumLiteral(criticalCategoryEEnum, CriticalCategory.SERIOUS_ADVERSE_EVENTS);
		addEEnumLiteral(criticalCategoryEEnum, CriticalCategory.ADVERSE_EVENTS);
		addEEnumLiteral(criticalCategoryEEnum, CriticalCategory.WITHDRAWAL);

		initEEnum(gradingScaleEEnum, GradingScale.class, "GradingScale");
		addEEnumLiteral(gradingScaleEEnum, GradingScale.CTCAE_V5);
		addEEnumLiteral(gradingScaleEEnum, GradingScale.ASGE);
		addEEnumLiteral(gradingScaleEEnum, GradingScale.AGREE);

		initEEnum(seriousnessCriterionEEnum, SeriousnessCriterion.class, "SeriousnessCriterion");
		addEEnumLiteral(seriousnessCriterionEEnum, SeriousnessCriterion.DEATH);
		addEEnumLiteral(seriousnessCriterionEEnum, SeriousnessCriterion.LIFE_THREATENING);
		addEEnumLiteral(seriousnessCriterionEEnum, SeriousnessCriterion.HOSPITALIZATION);
		addEEnumLiteral(seriousnessCriterionEEnum, SeriousnessCriterion.DISABILITY);
		addEEnumLiteral(seriousnessCriterionEEnum, SeriousnessCriterion.CONGENITAL_ANOMALY);
		addEEnumLiteral(seriousnessCriterionEEnum, SeriousnessCriterion.IMPORTANT_MEDICAL_EVENT);

		initEEnum(disagreementResolutionEEnum, DisagreementResolution.class, "DisagreementResolution");
		addEEnumLiteral(disagreementResolutionEEnum, DisagreementResolution.CONSENSUS);
		addEEnumLiteral(disagreementResolutionEEnum, DisagreementResolution.THIRD_ADJUDICATOR);

		initEEnum(endpointKindEEnum, EndpointKind.class, "EndpointKind");
		addEEnumLiteral(endpointKindEEnum, EndpointKind.PRIMARY);
		addEEnumLiteral(endpointKindEEnum, EndpointKind.SECONDARY);
		addEEnumLiteral(endpointKindEEnum, EndpointKind.SAFETY);
		addEEnumLiteral(endpointKindEEnum, EndpointKind.EXPLORATORY);

		initEEnum(populationKindEEnum, PopulationKind.class, "PopulationKind");
		addEEnumLiteral(populationKindEEnum, PopulationKind.INTENTION_TO_TREAT);
		addEEnumLiteral(populationKindEEnum, PopulationKind.MODIFIED_INTENTION_TO_TREAT);
		addEEnumLiteral(populationKindEEnum, PopulationKind.PER_PROTOCOL);
		addEEnumLiteral(populationKindEEnum, PopulationKind.SAFETY);

		// Initialize data types
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(instantEDataType, Instant.class, "Instant", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //ProtocolPackageImpl
