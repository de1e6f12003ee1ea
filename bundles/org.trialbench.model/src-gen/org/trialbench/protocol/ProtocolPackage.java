/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
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
 * Design-time description of a randomized trial: arms, randomization, schedule of assessments, CRF forms and items, derivations, edit checks, eligibility, SDV plan, safety and adjudication settings, endpoints and analysis populations. Generic over trials; one Study is one protocol version. Elements that clinical data refer to carry an ODM-style OID that is unique within the study and is used as the XMI identifier, so references from clinical data survive edits of the protocol file.
 * <!-- end-model-doc -->
 * @see org.trialbench.protocol.ProtocolFactory
 * @model kind="package"
 * @generated
 */
public interface ProtocolPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "protocol";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://trialbench.org/protocol/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "protocol";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ProtocolPackage eINSTANCE = org.trialbench.protocol.impl.ProtocolPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.impl.ProtocolElementImpl <em>Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.impl.ProtocolElementImpl
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getProtocolElement()
	 * @generated
	 */
	int PROTOCOL_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Oid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_ELEMENT__OID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_ELEMENT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_ELEMENT__DESCRIPTION = 2;

	/**
	 * The number of structural features of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_ELEMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.impl.StudyImpl <em>Study</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.impl.StudyImpl
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getStudy()
	 * @generated
	 */
	int STUDY = 1;

	/**
	 * The feature id for the '<em><b>Oid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__OID = PROTOCOL_ELEMENT__OID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__NAME = PROTOCOL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__DESCRIPTION = PROTOCOL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__TITLE = PROTOCOL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Acronym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ACRONYM = PROTOCOL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__VERSION = PROTOCOL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Version Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__VERSION_DATE = PROTOCOL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sponsor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__SPONSOR = PROTOCOL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Registration Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__REGISTRATION_ID = PROTOCOL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Primary Time Point Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__PRIMARY_TIME_POINT_DAYS = PROTOCOL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Arms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ARMS = PROTOCOL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Stratification Factors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__STRATIFICATION_FACTORS = PROTOCOL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Randomization Scheme</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__RANDOMIZATION_SCHEME = PROTOCOL_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Visits</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__VISITS = PROTOCOL_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Forms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__FORMS = PROTOCOL_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Code Lists</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__CODE_LISTS = PROTOCOL_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Derivations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__DERIVATIONS = PROTOCOL_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Edit Checks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__EDIT_CHECKS = PROTOCOL_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Eligibility Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ELIGIBILITY_CRITERIA = PROTOCOL_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Endpoints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ENDPOINTS = PROTOCOL_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Analysis Populations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ANALYSIS_POPULATIONS = PROTOCOL_ELEMENT_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Sdv Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__SDV_PLAN = PROTOCOL_ELEMENT_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Adverse Event Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ADVERSE_EVENT_SETTINGS = PROTOCOL_ELEMENT_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Adjudication Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ADJUDICATION_SETTINGS = PROTOCOL_ELEMENT_FEATURE_COUNT + 20;

	/**
	 * The number of structural features of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_FEATURE_COUNT = PROTOCOL_ELEMENT_FEATURE_COUNT + 21;

	/**
	 * The number of operations of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_OPERATION_COUNT = PROTOCOL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.impl.ArmImpl <em>Arm</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.impl.ArmImpl
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getArm()
	 * @generated
	 */
	int ARM = 2;

	/**
	 * The feature id for the '<em><b>Oid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM__OID = PROTOCOL_ELEMENT__OID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM__NAME = PROTOCOL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM__DESCRIPTION = PROTOCOL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM__CODE = PROTOCOL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Allocation Ratio</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM__ALLOCATION_RATIO = PROTOCOL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Arm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM_FEATURE_COUNT = PROTOCOL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Arm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM_OPERATION_COUNT = PROTOCOL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.impl.StratificationFactorImpl <em>Stratification Factor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.impl.StratificationFactorImpl
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getStratificationFactor()
	 * @generated
	 */
	int STRATIFICATION_FACTOR = 3;

	/**
	 * The feature id for the '<em><b>Oid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATIFICATION_FACTOR__OID = PROTOCOL_ELEMENT__OID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATIFICATION_FACTOR__NAME = PROTOCOL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATIFICATION_FACTOR__DESCRIPTION = PROTOCOL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATIFICATION_FACTOR__ITEM = PROTOCOL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Strata</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATIFICATION_FACTOR__STRATA = PROTOCOL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Stratification Factor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATIFICATION_FACTOR_FEATURE_COUNT = PROTOCOL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Stratification Factor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATIFICATION_FACTOR_OPERATION_COUNT = PROTOCOL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.impl.StratumImpl <em>Stratum</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.impl.StratumImpl
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getStratum()
	 * @generated
	 */
	int STRATUM = 4;

	/**
	 * The feature id for the '<em><b>Oid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATUM__OID = PROTOCOL_ELEMENT__OID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATUM__NAME = PROTOCOL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATUM__DESCRIPTION = PROTOCOL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATUM__CODE = PROTOCOL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Item Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATUM__ITEM_VALUE = PROTOCOL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Factor</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATUM__FACTOR = PROTOCOL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Stratum</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATUM_FEATURE_COUNT = PROTOCOL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Stratum</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATUM_OPERATION_COUNT = PROTOCOL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.impl.RandomizationSchemeImpl <em>Randomization Scheme</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.impl.RandomizationSchemeImpl
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getRandomizationScheme()
	 * @generated
	 */
	int RANDOMIZATION_SCHEME = 5;

	/**
	 * The feature id for the '<em><b>Oid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOMIZATION_SCHEME__OID = PROTOCOL_ELEMENT__OID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOMIZATION_SCHEME__NAME = PROTOCOL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOMIZATION_SCHEME__DESCRIPTION = PROTOCOL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOMIZATION_SCHEME__METHOD = PROTOCOL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Block Sizes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOMIZATION_SCHEME__BLOCK_SIZES = PROTOCOL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Stratified By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOMIZATION_SCHEME__STRATIFIED_BY = PROTOCOL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Randomization Scheme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOMIZATION_SCHEME_FEATURE_COUNT = PROTOCOL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Randomization Scheme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOMIZATION_SCHEME_OPERATION_COUNT = PROTOCOL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.impl.VisitDefinitionImpl <em>Visit Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.impl.VisitDefinitionImpl
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getVisitDefinition()
	 * @generated
	 */
	int VISIT_DEFINITION = 6;

	/**
	 * The feature id for the '<em><b>Oid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT_DEFINITION__OID = PROTOCOL_ELEMENT__OID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT_DEFINITION__NAME = PROTOCOL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT_DEFINITION__DESCRIPTION = PROTOCOL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT_DEFINITION__KIND = PROTOCOL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Anchor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT_DEFINITION__ANCHOR = PROTOCOL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT_DEFINITION__TARGET_DAY = PROTOCOL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Window Before Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT_DEFINITION__WINDOW_BEFORE_DAYS = PROTOCOL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Window After Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT_DEFINITION__WINDOW_AFTER_DAYS = PROTOCOL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Repeating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT_DEFINITION__REPEATING = PROTOCOL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Forms</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT_DEFINITION__FORMS = PROTOCOL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Visit Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT_DEFINITION_FEATURE_COUNT = PROTOCOL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Visit Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT_DEFINITION_OPERATION_COUNT = PROTOCOL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.impl.FormDefinitionImpl <em>Form Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.impl.FormDefinitionImpl
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getFormDefinition()
	 * @generated
	 */
	int FORM_DEFINITION = 7;

	/**
	 * The feature id for the '<em><b>Oid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_DEFINITION__OID = PROTOCOL_ELEMENT__OID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_DEFINITION__NAME = PROTOCOL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_DEFINITION__DESCRIPTION = PROTOCOL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Repeating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_DEFINITION__REPEATING = PROTOCOL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_DEFINITION__ITEMS = PROTOCOL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Arm</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_DEFINITION__ARM = PROTOCOL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Form Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_DEFINITION_FEATURE_COUNT = PROTOCOL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Form Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_DEFINITION_OPERATION_COUNT = PROTOCOL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.impl.ItemDefinitionImpl <em>Item Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.impl.ItemDefinitionImpl
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getItemDefinition()
	 * @generated
	 */
	int ITEM_DEFINITION = 8;

	/**
	 * The feature id for the '<em><b>Oid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_DEFINITION__OID = PROTOCOL_ELEMENT__OID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_DEFINITION__NAME = PROTOCOL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_DEFINITION__DESCRIPTION = PROTOCOL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Question</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_DEFINITION__QUESTION = PROTOCOL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Data Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_DEFINITION__DATA_TYPE = PROTOCOL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_DEFINITION__UNIT = PROTOCOL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_DEFINITION__MIN = PROTOCOL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_DEFINITION__MAX = PROTOCOL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Decimal Places</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_DEFINITION__DECIMAL_PLACES = PROTOCOL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Code List</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_DEFINITION__CODE_LIST = PROTOCOL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_DEFINITION__REQUIRED = PROTOCOL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Critical</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_DEFINITION__CRITICAL = PROTOCOL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Reveals Allocation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_DEFINITION__REVEALS_ALLOCATION = PROTOCOL_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Derived</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_DEFINITION__DERIVED = PROTOCOL_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Derivation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_DEFINITION__DERIVATION = PROTOCOL_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Form</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_DEFINITION__FORM = PROTOCOL_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Item Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_DEFINITION_FEATURE_COUNT = PROTOCOL_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Item Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_DEFINITION_OPERATION_COUNT = PROTOCOL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.impl.CodeListImpl <em>Code List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.impl.CodeListImpl
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getCodeList()
	 * @generated
	 */
	int CODE_LIST = 9;

	/**
	 * The feature id for the '<em><b>Oid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_LIST__OID = PROTOCOL_ELEMENT__OID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_LIST__NAME = PROTOCOL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_LIST__DESCRIPTION = PROTOCOL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Data Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_LIST__DATA_TYPE = PROTOCOL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_LIST__ITEMS = PROTOCOL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Code List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_LIST_FEATURE_COUNT = PROTOCOL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Code List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_LIST_OPERATION_COUNT = PROTOCOL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.impl.CodeListItemImpl <em>Code List Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.impl.CodeListItemImpl
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getCodeListItem()
	 * @generated
	 */
	int CODE_LIST_ITEM = 10;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_LIST_ITEM__CODE = 0;

	/**
	 * The feature id for the '<em><b>Decode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_LIST_ITEM__DECODE = 1;

	/**
	 * The number of structural features of the '<em>Code List Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_LIST_ITEM_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Code List Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_LIST_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.impl.DerivationImpl <em>Derivation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.impl.DerivationImpl
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getDerivation()
	 * @generated
	 */
	int DERIVATION = 11;

	/**
	 * The feature id for the '<em><b>Oid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVATION__OID = PROTOCOL_ELEMENT__OID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVATION__NAME = PROTOCOL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVATION__DESCRIPTION = PROTOCOL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVATION__KIND = PROTOCOL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Inputs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVATION__INPUTS = PROTOCOL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVATION__PARAMETERS = PROTOCOL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Derivation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVATION_FEATURE_COUNT = PROTOCOL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Derivation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVATION_OPERATION_COUNT = PROTOCOL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.impl.DerivationParameterImpl <em>Derivation Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.impl.DerivationParameterImpl
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getDerivationParameter()
	 * @generated
	 */
	int DERIVATION_PARAMETER = 12;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVATION_PARAMETER__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVATION_PARAMETER__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Derivation Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVATION_PARAMETER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Derivation Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVATION_PARAMETER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.impl.EditCheckImpl <em>Edit Check</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.impl.EditCheckImpl
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getEditCheck()
	 * @generated
	 */
	int EDIT_CHECK = 13;

	/**
	 * The feature id for the '<em><b>Oid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDIT_CHECK__OID = PROTOCOL_ELEMENT__OID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDIT_CHECK__NAME = PROTOCOL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDIT_CHECK__DESCRIPTION = PROTOCOL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDIT_CHECK__MESSAGE = PROTOCOL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDIT_CHECK__SEVERITY = PROTOCOL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Edit Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDIT_CHECK_FEATURE_COUNT = PROTOCOL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Edit Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDIT_CHECK_OPERATION_COUNT = PROTOCOL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.impl.ComparisonCheckImpl <em>Comparison Check</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.impl.ComparisonCheckImpl
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getComparisonCheck()
	 * @generated
	 */
	int COMPARISON_CHECK = 14;

	/**
	 * The feature id for the '<em><b>Oid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_CHECK__OID = EDIT_CHECK__OID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_CHECK__NAME = EDIT_CHECK__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_CHECK__DESCRIPTION = EDIT_CHECK__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_CHECK__MESSAGE = EDIT_CHECK__MESSAGE;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_CHECK__SEVERITY = EDIT_CHECK__SEVERITY;

	/**
	 * The feature id for the '<em><b>Assertion</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_CHECK__ASSERTION = EDIT_CHECK_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Comparison Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_CHECK_FEATURE_COUNT = EDIT_CHECK_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Comparison Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_CHECK_OPERATION_COUNT = EDIT_CHECK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.impl.ConditionalRequiredCheckImpl <em>Conditional Required Check</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.impl.ConditionalRequiredCheckImpl
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getConditionalRequiredCheck()
	 * @generated
	 */
	int CONDITIONAL_REQUIRED_CHECK = 15;

	/**
	 * The feature id for the '<em><b>Oid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_REQUIRED_CHECK__OID = EDIT_CHECK__OID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_REQUIRED_CHECK__NAME = EDIT_CHECK__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_REQUIRED_CHECK__DESCRIPTION = EDIT_CHECK__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_REQUIRED_CHECK__MESSAGE = EDIT_CHECK__MESSAGE;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_REQUIRED_CHECK__SEVERITY = EDIT_CHECK__SEVERITY;

	/**
	 * The feature id for the '<em><b>When</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_REQUIRED_CHECK__WHEN = EDIT_CHECK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Required Items</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_REQUIRED_CHECK__REQUIRED_ITEMS = EDIT_CHECK_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Conditional Required Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_REQUIRED_CHECK_FEATURE_COUNT = EDIT_CHECK_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Conditional Required Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_REQUIRED_CHECK_OPERATION_COUNT = EDIT_CHECK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.impl.ComparisonImpl <em>Comparison</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.impl.ComparisonImpl
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getComparison()
	 * @generated
	 */
	int COMPARISON = 16;

	/**
	 * The feature id for the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__ITEM = 0;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__OPERATOR = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__VALUE = 2;

	/**
	 * The feature id for the '<em><b>Other Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__OTHER_ITEM = 3;

	/**
	 * The number of structural features of the '<em>Comparison</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Comparison</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.impl.EligibilityCriterionImpl <em>Eligibility Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.impl.EligibilityCriterionImpl
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getEligibilityCriterion()
	 * @generated
	 */
	int ELIGIBILITY_CRITERION = 17;

	/**
	 * The feature id for the '<em><b>Oid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_CRITERION__OID = PROTOCOL_ELEMENT__OID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_CRITERION__NAME = PROTOCOL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_CRITERION__DESCRIPTION = PROTOCOL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_CRITERION__CODE = PROTOCOL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_CRITERION__TEXT = PROTOCOL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_CRITERION__KIND = PROTOCOL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_CRITERION__ITEM = PROTOCOL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Eligibility Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_CRITERION_FEATURE_COUNT = PROTOCOL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Eligibility Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_CRITERION_OPERATION_COUNT = PROTOCOL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.impl.SdvPlanImpl <em>Sdv Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.impl.SdvPlanImpl
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getSdvPlan()
	 * @generated
	 */
	int SDV_PLAN = 18;

	/**
	 * The feature id for the '<em><b>Default Sample Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDV_PLAN__DEFAULT_SAMPLE_RATE = 0;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDV_PLAN__SEED = 1;

	/**
	 * The feature id for the '<em><b>Critical Categories</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDV_PLAN__CRITICAL_CATEGORIES = 2;

	/**
	 * The number of structural features of the '<em>Sdv Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDV_PLAN_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Sdv Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDV_PLAN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.impl.AdverseEventSettingsImpl <em>Adverse Event Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.impl.AdverseEventSettingsImpl
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getAdverseEventSettings()
	 * @generated
	 */
	int ADVERSE_EVENT_SETTINGS = 19;

	/**
	 * The feature id for the '<em><b>Grading Scales</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT_SETTINGS__GRADING_SCALES = 0;

	/**
	 * The feature id for the '<em><b>Seriousness Criteria</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT_SETTINGS__SERIOUSNESS_CRITERIA = 1;

	/**
	 * The feature id for the '<em><b>Meddra Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT_SETTINGS__MEDDRA_VERSION = 2;

	/**
	 * The feature id for the '<em><b>Sae Reporting Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT_SETTINGS__SAE_REPORTING_HOURS = 3;

	/**
	 * The feature id for the '<em><b>Susar Fatal Reporting Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT_SETTINGS__SUSAR_FATAL_REPORTING_DAYS = 4;

	/**
	 * The feature id for the '<em><b>Susar Reporting Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT_SETTINGS__SUSAR_REPORTING_DAYS = 5;

	/**
	 * The feature id for the '<em><b>Reference Safety Information</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT_SETTINGS__REFERENCE_SAFETY_INFORMATION = 6;

	/**
	 * The number of structural features of the '<em>Adverse Event Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT_SETTINGS_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Adverse Event Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.impl.ReferenceSafetyInformationImpl <em>Reference Safety Information</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.impl.ReferenceSafetyInformationImpl
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getReferenceSafetyInformation()
	 * @generated
	 */
	int REFERENCE_SAFETY_INFORMATION = 20;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_SAFETY_INFORMATION__VERSION = 0;

	/**
	 * The feature id for the '<em><b>Effective Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_SAFETY_INFORMATION__EFFECTIVE_DATE = 1;

	/**
	 * The feature id for the '<em><b>Expected Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_SAFETY_INFORMATION__EXPECTED_EVENTS = 2;

	/**
	 * The number of structural features of the '<em>Reference Safety Information</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_SAFETY_INFORMATION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Reference Safety Information</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_SAFETY_INFORMATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.impl.ExpectedEventImpl <em>Expected Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.impl.ExpectedEventImpl
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getExpectedEvent()
	 * @generated
	 */
	int EXPECTED_EVENT = 21;

	/**
	 * The feature id for the '<em><b>Term</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTED_EVENT__TERM = 0;

	/**
	 * The feature id for the '<em><b>Pt Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTED_EVENT__PT_CODE = 1;

	/**
	 * The feature id for the '<em><b>Arm</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTED_EVENT__ARM = 2;

	/**
	 * The number of structural features of the '<em>Expected Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTED_EVENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Expected Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTED_EVENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.impl.AdjudicationSettingsImpl <em>Adjudication Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.impl.AdjudicationSettingsImpl
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getAdjudicationSettings()
	 * @generated
	 */
	int ADJUDICATION_SETTINGS = 22;

	/**
	 * The feature id for the '<em><b>Endpoints</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUDICATION_SETTINGS__ENDPOINTS = 0;

	/**
	 * The feature id for the '<em><b>Reviewers Per Case</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUDICATION_SETTINGS__REVIEWERS_PER_CASE = 1;

	/**
	 * The feature id for the '<em><b>Disagreement Resolution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUDICATION_SETTINGS__DISAGREEMENT_RESOLUTION = 2;

	/**
	 * The number of structural features of the '<em>Adjudication Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUDICATION_SETTINGS_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Adjudication Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUDICATION_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.impl.EndpointImpl <em>Endpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.impl.EndpointImpl
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getEndpoint()
	 * @generated
	 */
	int ENDPOINT = 23;

	/**
	 * The feature id for the '<em><b>Oid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__OID = PROTOCOL_ELEMENT__OID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__NAME = PROTOCOL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__DESCRIPTION = PROTOCOL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__KIND = PROTOCOL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Time Point Visit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__TIME_POINT_VISIT = PROTOCOL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Derivation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__DERIVATION = PROTOCOL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__ITEM = PROTOCOL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_FEATURE_COUNT = PROTOCOL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_OPERATION_COUNT = PROTOCOL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.impl.AnalysisPopulationImpl <em>Analysis Population</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.impl.AnalysisPopulationImpl
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getAnalysisPopulation()
	 * @generated
	 */
	int ANALYSIS_POPULATION = 24;

	/**
	 * The feature id for the '<em><b>Oid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_POPULATION__OID = PROTOCOL_ELEMENT__OID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_POPULATION__NAME = PROTOCOL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_POPULATION__DESCRIPTION = PROTOCOL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_POPULATION__CODE = PROTOCOL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_POPULATION__KIND = PROTOCOL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_POPULATION__DEFINITION = PROTOCOL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Analysis Population</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_POPULATION_FEATURE_COUNT = PROTOCOL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Analysis Population</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_POPULATION_OPERATION_COUNT = PROTOCOL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.RandomizationMethod <em>Randomization Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.RandomizationMethod
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getRandomizationMethod()
	 * @generated
	 */
	int RANDOMIZATION_METHOD = 25;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.VisitKind <em>Visit Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.VisitKind
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getVisitKind()
	 * @generated
	 */
	int VISIT_KIND = 26;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.VisitAnchor <em>Visit Anchor</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.VisitAnchor
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getVisitAnchor()
	 * @generated
	 */
	int VISIT_ANCHOR = 27;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.ItemDataType <em>Item Data Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.ItemDataType
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getItemDataType()
	 * @generated
	 */
	int ITEM_DATA_TYPE = 28;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.DerivationKind <em>Derivation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.DerivationKind
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getDerivationKind()
	 * @generated
	 */
	int DERIVATION_KIND = 29;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.ComparisonOperator <em>Comparison Operator</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.ComparisonOperator
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getComparisonOperator()
	 * @generated
	 */
	int COMPARISON_OPERATOR = 30;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.CheckSeverity <em>Check Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.CheckSeverity
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getCheckSeverity()
	 * @generated
	 */
	int CHECK_SEVERITY = 31;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.CriterionKind <em>Criterion Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.CriterionKind
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getCriterionKind()
	 * @generated
	 */
	int CRITERION_KIND = 32;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.CriticalCategory <em>Critical Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.CriticalCategory
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getCriticalCategory()
	 * @generated
	 */
	int CRITICAL_CATEGORY = 33;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.GradingScale <em>Grading Scale</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.GradingScale
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getGradingScale()
	 * @generated
	 */
	int GRADING_SCALE = 34;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.SeriousnessCriterion <em>Seriousness Criterion</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.SeriousnessCriterion
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getSeriousnessCriterion()
	 * @generated
	 */
	int SERIOUSNESS_CRITERION = 35;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.DisagreementResolution <em>Disagreement Resolution</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.DisagreementResolution
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getDisagreementResolution()
	 * @generated
	 */
	int DISAGREEMENT_RESOLUTION = 36;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.EndpointKind <em>Endpoint Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.EndpointKind
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getEndpointKind()
	 * @generated
	 */
	int ENDPOINT_KIND = 37;

	/**
	 * The meta object id for the '{@link org.trialbench.protocol.PopulationKind <em>Population Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.trialbench.protocol.PopulationKind
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getPopulationKind()
	 * @generated
	 */
	int POPULATION_KIND = 38;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 39;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 40;


	/**
	 * Returns the meta object for class '{@link org.trialbench.protocol.ProtocolElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element</em>'.
	 * @see org.trialbench.protocol.ProtocolElement
	 * @generated
	 */
	EClass getProtocolElement();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.ProtocolElement#getOid <em>Oid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Oid</em>'.
	 * @see org.trialbench.protocol.ProtocolElement#getOid()
	 * @see #getProtocolElement()
	 * @generated
	 */
	EAttribute getProtocolElement_Oid();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.ProtocolElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.trialbench.protocol.ProtocolElement#getName()
	 * @see #getProtocolElement()
	 * @generated
	 */
	EAttribute getProtocolElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.ProtocolElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.trialbench.protocol.ProtocolElement#getDescription()
	 * @see #getProtocolElement()
	 * @generated
	 */
	EAttribute getProtocolElement_Description();

	/**
	 * Returns the meta object for class '{@link org.trialbench.protocol.Study <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Study</em>'.
	 * @see org.trialbench.protocol.Study
	 * @generated
	 */
	EClass getStudy();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.Study#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.trialbench.protocol.Study#getTitle()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.Study#getAcronym <em>Acronym</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acronym</em>'.
	 * @see org.trialbench.protocol.Study#getAcronym()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Acronym();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.Study#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.trialbench.protocol.Study#getVersion()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.Study#getVersionDate <em>Version Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version Date</em>'.
	 * @see org.trialbench.protocol.Study#getVersionDate()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_VersionDate();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.Study#getSponsor <em>Sponsor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sponsor</em>'.
	 * @see org.trialbench.protocol.Study#getSponsor()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Sponsor();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.Study#getRegistrationId <em>Registration Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Registration Id</em>'.
	 * @see org.trialbench.protocol.Study#getRegistrationId()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_RegistrationId();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.Study#getPrimaryTimePointDays <em>Primary Time Point Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Primary Time Point Days</em>'.
	 * @see org.trialbench.protocol.Study#getPrimaryTimePointDays()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_PrimaryTimePointDays();

	/**
	 * Returns the meta object for the containment reference list '{@link org.trialbench.protocol.Study#getArms <em>Arms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Arms</em>'.
	 * @see org.trialbench.protocol.Study#getArms()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Arms();

	/**
	 * Returns the meta object for the containment reference list '{@link org.trialbench.protocol.Study#getStratificationFactors <em>Stratification Factors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stratification Factors</em>'.
	 * @see org.trialbench.protocol.Study#getStratificationFactors()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_StratificationFactors();

	/**
	 * Returns the meta object for the containment reference '{@link org.trialbench.protocol.Study#getRandomizationScheme <em>Randomization Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Randomization Scheme</em>'.
	 * @see org.trialbench.protocol.Study#getRandomizationScheme()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_RandomizationScheme();

	/**
	 * Returns the meta object for the containment reference list '{@link org.trialbench.protocol.Study#getVisits <em>Visits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Visits</em>'.
	 * @see org.trialbench.protocol.Study#getVisits()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Visits();

	/**
	 * Returns the meta object for the containment reference list '{@link org.trialbench.protocol.Study#getForms <em>Forms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Forms</em>'.
	 * @see org.trialbench.protocol.Study#getForms()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Forms();

	/**
	 * Returns the meta object for the containment reference list '{@link org.trialbench.protocol.Study#getCodeLists <em>Code Lists</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Code Lists</em>'.
	 * @see org.trialbench.protocol.Study#getCodeLists()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_CodeLists();

	/**
	 * Returns the meta object for the containment reference list '{@link org.trialbench.protocol.Study#getDerivations <em>Derivations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Derivations</em>'.
	 * @see org.trialbench.protocol.Study#getDerivations()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Derivations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.trialbench.protocol.Study#getEditChecks <em>Edit Checks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Edit Checks</em>'.
	 * @see org.trialbench.protocol.Study#getEditChecks()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_EditChecks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.trialbench.protocol.Study#getEligibilityCriteria <em>Eligibility Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Eligibility Criteria</em>'.
	 * @see org.trialbench.protocol.Study#getEligibilityCriteria()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_EligibilityCriteria();

	/**
	 * Returns the meta object for the containment reference list '{@link org.trialbench.protocol.Study#getEndpoints <em>Endpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Endpoints</em>'.
	 * @see org.trialbench.protocol.Study#getEndpoints()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Endpoints();

	/**
	 * Returns the meta object for the containment reference list '{@link org.trialbench.protocol.Study#getAnalysisPopulations <em>Analysis Populations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Analysis Populations</em>'.
	 * @see org.trialbench.protocol.Study#getAnalysisPopulations()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_AnalysisPopulations();

	/**
	 * Returns the meta object for the containment reference '{@link org.trialbench.protocol.Study#getSdvPlan <em>Sdv Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Sdv Plan</em>'.
	 * @see org.trialbench.protocol.Study#getSdvPlan()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_SdvPlan();

	/**
	 * Returns the meta object for the containment reference '{@link org.trialbench.protocol.Study#getAdverseEventSettings <em>Adverse Event Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Adverse Event Settings</em>'.
	 * @see org.trialbench.protocol.Study#getAdverseEventSettings()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_AdverseEventSettings();

	/**
	 * Returns the meta object for the containment reference '{@link org.trialbench.protocol.Study#getAdjudicationSettings <em>Adjudication Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Adjudication Settings</em>'.
	 * @see org.trialbench.protocol.Study#getAdjudicationSettings()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_AdjudicationSettings();

	/**
	 * Returns the meta object for class '{@link org.trialbench.protocol.Arm <em>Arm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Arm</em>'.
	 * @see org.trialbench.protocol.Arm
	 * @generated
	 */
	EClass getArm();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.Arm#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.trialbench.protocol.Arm#getCode()
	 * @see #getArm()
	 * @generated
	 */
	EAttribute getArm_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.Arm#getAllocationRatio <em>Allocation Ratio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allocation Ratio</em>'.
	 * @see org.trialbench.protocol.Arm#getAllocationRatio()
	 * @see #getArm()
	 * @generated
	 */
	EAttribute getArm_AllocationRatio();

	/**
	 * Returns the meta object for class '{@link org.trialbench.protocol.StratificationFactor <em>Stratification Factor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stratification Factor</em>'.
	 * @see org.trialbench.protocol.StratificationFactor
	 * @generated
	 */
	EClass getStratificationFactor();

	/**
	 * Returns the meta object for the reference '{@link org.trialbench.protocol.StratificationFactor#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Item</em>'.
	 * @see org.trialbench.protocol.StratificationFactor#getItem()
	 * @see #getStratificationFactor()
	 * @generated
	 */
	EReference getStratificationFactor_Item();

	/**
	 * Returns the meta object for the containment reference list '{@link org.trialbench.protocol.StratificationFactor#getStrata <em>Strata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Strata</em>'.
	 * @see org.trialbench.protocol.StratificationFactor#getStrata()
	 * @see #getStratificationFactor()
	 * @generated
	 */
	EReference getStratificationFactor_Strata();

	/**
	 * Returns the meta object for class '{@link org.trialbench.protocol.Stratum <em>Stratum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stratum</em>'.
	 * @see org.trialbench.protocol.Stratum
	 * @generated
	 */
	EClass getStratum();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.Stratum#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.trialbench.protocol.Stratum#getCode()
	 * @see #getStratum()
	 * @generated
	 */
	EAttribute getStratum_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.Stratum#getItemValue <em>Item Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item Value</em>'.
	 * @see org.trialbench.protocol.Stratum#getItemValue()
	 * @see #getStratum()
	 * @generated
	 */
	EAttribute getStratum_ItemValue();

	/**
	 * Returns the meta object for the container reference '{@link org.trialbench.protocol.Stratum#getFactor <em>Factor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Factor</em>'.
	 * @see org.trialbench.protocol.Stratum#getFactor()
	 * @see #getStratum()
	 * @generated
	 */
	EReference getStratum_Factor();

	/**
	 * Returns the meta object for class '{@link org.trialbench.protocol.RandomizationScheme <em>Randomization Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Randomization Scheme</em>'.
	 * @see org.trialbench.protocol.RandomizationScheme
	 * @generated
	 */
	EClass getRandomizationScheme();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.RandomizationScheme#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.trialbench.protocol.RandomizationScheme#getMethod()
	 * @see #getRandomizationScheme()
	 * @generated
	 */
	EAttribute getRandomizationScheme_Method();

	/**
	 * Returns the meta object for the attribute list '{@link org.trialbench.protocol.RandomizationScheme#getBlockSizes <em>Block Sizes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Block Sizes</em>'.
	 * @see org.trialbench.protocol.RandomizationScheme#getBlockSizes()
	 * @see #getRandomizationScheme()
	 * @generated
	 */
	EAttribute getRandomizationScheme_BlockSizes();

	/**
	 * Returns the meta object for the reference list '{@link org.trialbench.protocol.RandomizationScheme#getStratifiedBy <em>Stratified By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Stratified By</em>'.
	 * @see org.trialbench.protocol.RandomizationScheme#getStratifiedBy()
	 * @see #getRandomizationScheme()
	 * @generated
	 */
	EReference getRandomizationScheme_StratifiedBy();

	/**
	 * Returns the meta object for class '{@link org.trialbench.protocol.VisitDefinition <em>Visit Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Visit Definition</em>'.
	 * @see org.trialbench.protocol.VisitDefinition
	 * @generated
	 */
	EClass getVisitDefinition();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.VisitDefinition#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.trialbench.protocol.VisitDefinition#getKind()
	 * @see #getVisitDefinition()
	 * @generated
	 */
	EAttribute getVisitDefinition_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.VisitDefinition#getAnchor <em>Anchor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anchor</em>'.
	 * @see org.trialbench.protocol.VisitDefinition#getAnchor()
	 * @see #getVisitDefinition()
	 * @generated
	 */
	EAttribute getVisitDefinition_Anchor();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.VisitDefinition#getTargetDay <em>Target Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Day</em>'.
	 * @see org.trialbench.protocol.VisitDefinition#getTargetDay()
	 * @see #getVisitDefinition()
	 * @generated
	 */
	EAttribute getVisitDefinition_TargetDay();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.VisitDefinition#getWindowBeforeDays <em>Window Before Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Window Before Days</em>'.
	 * @see org.trialbench.protocol.VisitDefinition#getWindowBeforeDays()
	 * @see #getVisitDefinition()
	 * @generated
	 */
	EAttribute getVisitDefinition_WindowBeforeDays();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.VisitDefinition#getWindowAfterDays <em>Window After Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Window After Days</em>'.
	 * @see org.trialbench.protocol.VisitDefinition#getWindowAfterDays()
	 * @see #getVisitDefinition()
	 * @generated
	 */
	EAttribute getVisitDefinition_WindowAfterDays();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.VisitDefinition#isRepeating <em>Repeating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Repeating</em>'.
	 * @see org.trialbench.protocol.VisitDefinition#isRepeating()
	 * @see #getVisitDefinition()
	 * @generated
	 */
	EAttribute getVisitDefinition_Repeating();

	/**
	 * Returns the meta object for the reference list '{@link org.trialbench.protocol.VisitDefinition#getForms <em>Forms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Forms</em>'.
	 * @see org.trialbench.protocol.VisitDefinition#getForms()
	 * @see #getVisitDefinition()
	 * @generated
	 */
	EReference getVisitDefinition_Forms();

	/**
	 * Returns the meta object for class '{@link org.trialbench.protocol.FormDefinition <em>Form Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Form Definition</em>'.
	 * @see org.trialbench.protocol.FormDefinition
	 * @generated
	 */
	EClass getFormDefinition();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.FormDefinition#isRepeating <em>Repeating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Repeating</em>'.
	 * @see org.trialbench.protocol.FormDefinition#isRepeating()
	 * @see #getFormDefinition()
	 * @generated
	 */
	EAttribute getFormDefinition_Repeating();

	/**
	 * Returns the meta object for the containment reference list '{@link org.trialbench.protocol.FormDefinition#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see org.trialbench.protocol.FormDefinition#getItems()
	 * @see #getFormDefinition()
	 * @generated
	 */
	EReference getFormDefinition_Items();

	/**
	 * Returns the meta object for the reference '{@link org.trialbench.protocol.FormDefinition#getArm <em>Arm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Arm</em>'.
	 * @see org.trialbench.protocol.FormDefinition#getArm()
	 * @see #getFormDefinition()
	 * @generated
	 */
	EReference getFormDefinition_Arm();

	/**
	 * Returns the meta object for class '{@link org.trialbench.protocol.ItemDefinition <em>Item Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item Definition</em>'.
	 * @see org.trialbench.protocol.ItemDefinition
	 * @generated
	 */
	EClass getItemDefinition();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.ItemDefinition#getQuestion <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Question</em>'.
	 * @see org.trialbench.protocol.ItemDefinition#getQuestion()
	 * @see #getItemDefinition()
	 * @generated
	 */
	EAttribute getItemDefinition_Question();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.ItemDefinition#getDataType <em>Data Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Type</em>'.
	 * @see org.trialbench.protocol.ItemDefinition#getDataType()
	 * @see #getItemDefinition()
	 * @generated
	 */
	EAttribute getItemDefinition_DataType();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.ItemDefinition#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.trialbench.protocol.ItemDefinition#getUnit()
	 * @see #getItemDefinition()
	 * @generated
	 */
	EAttribute getItemDefinition_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.ItemDefinition#getMin <em>Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min</em>'.
	 * @see org.trialbench.protocol.ItemDefinition#getMin()
	 * @see #getItemDefinition()
	 * @generated
	 */
	EAttribute getItemDefinition_Min();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.ItemDefinition#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see org.trialbench.protocol.ItemDefinition#getMax()
	 * @see #getItemDefinition()
	 * @generated
	 */
	EAttribute getItemDefinition_Max();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.ItemDefinition#getDecimalPlaces <em>Decimal Places</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decimal Places</em>'.
	 * @see org.trialbench.protocol.ItemDefinition#getDecimalPlaces()
	 * @see #getItemDefinition()
	 * @generated
	 */
	EAttribute getItemDefinition_DecimalPlaces();

	/**
	 * Returns the meta object for the reference '{@link org.trialbench.protocol.ItemDefinition#getCodeList <em>Code List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Code List</em>'.
	 * @see org.trialbench.protocol.ItemDefinition#getCodeList()
	 * @see #getItemDefinition()
	 * @generated
	 */
	EReference getItemDefinition_CodeList();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.ItemDefinition#isRequired <em>Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required</em>'.
	 * @see org.trialbench.protocol.ItemDefinition#isRequired()
	 * @see #getItemDefinition()
	 * @generated
	 */
	EAttribute getItemDefinition_Required();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.ItemDefinition#isCritical <em>Critical</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Critical</em>'.
	 * @see org.trialbench.protocol.ItemDefinition#isCritical()
	 * @see #getItemDefinition()
	 * @generated
	 */
	EAttribute getItemDefinition_Critical();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.ItemDefinition#isRevealsAllocation <em>Reveals Allocation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reveals Allocation</em>'.
	 * @see org.trialbench.protocol.ItemDefinition#isRevealsAllocation()
	 * @see #getItemDefinition()
	 * @generated
	 */
	EAttribute getItemDefinition_RevealsAllocation();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.ItemDefinition#isDerived <em>Derived</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Derived</em>'.
	 * @see org.trialbench.protocol.ItemDefinition#isDerived()
	 * @see #getItemDefinition()
	 * @generated
	 */
	EAttribute getItemDefinition_Derived();

	/**
	 * Returns the meta object for the reference '{@link org.trialbench.protocol.ItemDefinition#getDerivation <em>Derivation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Derivation</em>'.
	 * @see org.trialbench.protocol.ItemDefinition#getDerivation()
	 * @see #getItemDefinition()
	 * @generated
	 */
	EReference getItemDefinition_Derivation();

	/**
	 * Returns the meta object for the container reference '{@link org.trialbench.protocol.ItemDefinition#getForm <em>Form</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Form</em>'.
	 * @see org.trialbench.protocol.ItemDefinition#getForm()
	 * @see #getItemDefinition()
	 * @generated
	 */
	EReference getItemDefinition_Form();

	/**
	 * Returns the meta object for class '{@link org.trialbench.protocol.CodeList <em>Code List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Code List</em>'.
	 * @see org.trialbench.protocol.CodeList
	 * @generated
	 */
	EClass getCodeList();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.CodeList#getDataType <em>Data Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Type</em>'.
	 * @see org.trialbench.protocol.CodeList#getDataType()
	 * @see #getCodeList()
	 * @generated
	 */
	EAttribute getCodeList_DataType();

	/**
	 * Returns the meta object for the containment reference list '{@link org.trialbench.protocol.CodeList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see org.trialbench.protocol.CodeList#getItems()
	 * @see #getCodeList()
	 * @generated
	 */
	EReference getCodeList_Items();

	/**
	 * Returns the meta object for class '{@link org.trialbench.protocol.CodeListItem <em>Code List Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Code List Item</em>'.
	 * @see org.trialbench.protocol.CodeListItem
	 * @generated
	 */
	EClass getCodeListItem();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.CodeListItem#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.trialbench.protocol.CodeListItem#getCode()
	 * @see #getCodeListItem()
	 * @generated
	 */
	EAttribute getCodeListItem_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.CodeListItem#getDecode <em>Decode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decode</em>'.
	 * @see org.trialbench.protocol.CodeListItem#getDecode()
	 * @see #getCodeListItem()
	 * @generated
	 */
	EAttribute getCodeListItem_Decode();

	/**
	 * Returns the meta object for class '{@link org.trialbench.protocol.Derivation <em>Derivation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Derivation</em>'.
	 * @see org.trialbench.protocol.Derivation
	 * @generated
	 */
	EClass getDerivation();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.Derivation#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.trialbench.protocol.Derivation#getKind()
	 * @see #getDerivation()
	 * @generated
	 */
	EAttribute getDerivation_Kind();

	/**
	 * Returns the meta object for the reference list '{@link org.trialbench.protocol.Derivation#getInputs <em>Inputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Inputs</em>'.
	 * @see org.trialbench.protocol.Derivation#getInputs()
	 * @see #getDerivation()
	 * @generated
	 */
	EReference getDerivation_Inputs();

	/**
	 * Returns the meta object for the map '{@link org.trialbench.protocol.Derivation#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Parameters</em>'.
	 * @see org.trialbench.protocol.Derivation#getParameters()
	 * @see #getDerivation()
	 * @generated
	 */
	EReference getDerivation_Parameters();

	/**
	 * Returns the meta object for class '{@link java.util.Map.Entry <em>Derivation Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Derivation Parameter</em>'.
	 * @see java.util.Map.Entry
	 * @model keyDataType="org.eclipse.emf.ecore.EString" keyRequired="true"
	 *        valueDataType="org.eclipse.emf.ecore.EString"
	 * @generated
	 */
	EClass getDerivationParameter();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see java.util.Map.Entry
	 * @see #getDerivationParameter()
	 * @generated
	 */
	EAttribute getDerivationParameter_Key();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see java.util.Map.Entry
	 * @see #getDerivationParameter()
	 * @generated
	 */
	EAttribute getDerivationParameter_Value();

	/**
	 * Returns the meta object for class '{@link org.trialbench.protocol.EditCheck <em>Edit Check</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edit Check</em>'.
	 * @see org.trialbench.protocol.EditCheck
	 * @generated
	 */
	EClass getEditCheck();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.EditCheck#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.trialbench.protocol.EditCheck#getMessage()
	 * @see #getEditCheck()
	 * @generated
	 */
	EAttribute getEditCheck_Message();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.EditCheck#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.trialbench.protocol.EditCheck#getSeverity()
	 * @see #getEditCheck()
	 * @generated
	 */
	EAttribute getEditCheck_Severity();

	/**
	 * Returns the meta object for class '{@link org.trialbench.protocol.ComparisonCheck <em>Comparison Check</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Comparison Check</em>'.
	 * @see org.trialbench.protocol.ComparisonCheck
	 * @generated
	 */
	EClass getComparisonCheck();

	/**
	 * Returns the meta object for the containment reference '{@link org.trialbench.protocol.ComparisonCheck#getAssertion <em>Assertion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Assertion</em>'.
	 * @see org.trialbench.protocol.ComparisonCheck#getAssertion()
	 * @see #getComparisonCheck()
	 * @generated
	 */
	EReference getComparisonCheck_Assertion();

	/**
	 * Returns the meta object for class '{@link org.trialbench.protocol.ConditionalRequiredCheck <em>Conditional Required Check</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conditional Required Check</em>'.
	 * @see org.trialbench.protocol.ConditionalRequiredCheck
	 * @generated
	 */
	EClass getConditionalRequiredCheck();

	/**
	 * Returns the meta object for the containment reference '{@link org.trialbench.protocol.ConditionalRequiredCheck#getWhen <em>When</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>When</em>'.
	 * @see org.trialbench.protocol.ConditionalRequiredCheck#getWhen()
	 * @see #getConditionalRequiredCheck()
	 * @generated
	 */
	EReference getConditionalRequiredCheck_When();

	/**
	 * Returns the meta object for the reference list '{@link org.trialbench.protocol.ConditionalRequiredCheck#getRequiredItems <em>Required Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Required Items</em>'.
	 * @see org.trialbench.protocol.ConditionalRequiredCheck#getRequiredItems()
	 * @see #getConditionalRequiredCheck()
	 * @generated
	 */
	EReference getConditionalRequiredCheck_RequiredItems();

	/**
	 * Returns the meta object for class '{@link org.trialbench.protocol.Comparison <em>Comparison</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Comparison</em>'.
	 * @see org.trialbench.protocol.Comparison
	 * @generated
	 */
	EClass getComparison();

	/**
	 * Returns the meta object for the reference '{@link org.trialbench.protocol.Comparison#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Item</em>'.
	 * @see org.trialbench.protocol.Comparison#getItem()
	 * @see #getComparison()
	 * @generated
	 */
	EReference getComparison_Item();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.Comparison#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see org.trialbench.protocol.Comparison#getOperator()
	 * @see #getComparison()
	 * @generated
	 */
	EAttribute getComparison_Operator();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.Comparison#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.trialbench.protocol.Comparison#getValue()
	 * @see #getComparison()
	 * @generated
	 */
	EAttribute getComparison_Value();

	/**
	 * Returns the meta object for the reference '{@link org.trialbench.protocol.Comparison#getOtherItem <em>Other Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Other Item</em>'.
	 * @see org.trialbench.protocol.Comparison#getOtherItem()
	 * @see #getComparison()
	 * @generated
	 */
	EReference getComparison_OtherItem();

	/**
	 * Returns the meta object for class '{@link org.trialbench.protocol.EligibilityCriterion <em>Eligibility Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Eligibility Criterion</em>'.
	 * @see org.trialbench.protocol.EligibilityCriterion
	 * @generated
	 */
	EClass getEligibilityCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.EligibilityCriterion#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.trialbench.protocol.EligibilityCriterion#getCode()
	 * @see #getEligibilityCriterion()
	 * @generated
	 */
	EAttribute getEligibilityCriterion_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.EligibilityCriterion#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.trialbench.protocol.EligibilityCriterion#getText()
	 * @see #getEligibilityCriterion()
	 * @generated
	 */
	EAttribute getEligibilityCriterion_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.EligibilityCriterion#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.trialbench.protocol.EligibilityCriterion#getKind()
	 * @see #getEligibilityCriterion()
	 * @generated
	 */
	EAttribute getEligibilityCriterion_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.trialbench.protocol.EligibilityCriterion#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Item</em>'.
	 * @see org.trialbench.protocol.EligibilityCriterion#getItem()
	 * @see #getEligibilityCriterion()
	 * @generated
	 */
	EReference getEligibilityCriterion_Item();

	/**
	 * Returns the meta object for class '{@link org.trialbench.protocol.SdvPlan <em>Sdv Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sdv Plan</em>'.
	 * @see org.trialbench.protocol.SdvPlan
	 * @generated
	 */
	EClass getSdvPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.SdvPlan#getDefaultSampleRate <em>Default Sample Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Sample Rate</em>'.
	 * @see org.trialbench.protocol.SdvPlan#getDefaultSampleRate()
	 * @see #getSdvPlan()
	 * @generated
	 */
	EAttribute getSdvPlan_DefaultSampleRate();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.SdvPlan#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.trialbench.protocol.SdvPlan#getSeed()
	 * @see #getSdvPlan()
	 * @generated
	 */
	EAttribute getSdvPlan_Seed();

	/**
	 * Returns the meta object for the attribute list '{@link org.trialbench.protocol.SdvPlan#getCriticalCategories <em>Critical Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Critical Categories</em>'.
	 * @see org.trialbench.protocol.SdvPlan#getCriticalCategories()
	 * @see #getSdvPlan()
	 * @generated
	 */
	EAttribute getSdvPlan_CriticalCategories();

	/**
	 * Returns the meta object for class '{@link org.trialbench.protocol.AdverseEventSettings <em>Adverse Event Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Adverse Event Settings</em>'.
	 * @see org.trialbench.protocol.AdverseEventSettings
	 * @generated
	 */
	EClass getAdverseEventSettings();

	/**
	 * Returns the meta object for the attribute list '{@link org.trialbench.protocol.AdverseEventSettings#getGradingScales <em>Grading Scales</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Grading Scales</em>'.
	 * @see org.trialbench.protocol.AdverseEventSettings#getGradingScales()
	 * @see #getAdverseEventSettings()
	 * @generated
	 */
	EAttribute getAdverseEventSettings_GradingScales();

	/**
	 * Returns the meta object for the attribute list '{@link org.trialbench.protocol.AdverseEventSettings#getSeriousnessCriteria <em>Seriousness Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Seriousness Criteria</em>'.
	 * @see org.trialbench.protocol.AdverseEventSettings#getSeriousnessCriteria()
	 * @see #getAdverseEventSettings()
	 * @generated
	 */
	EAttribute getAdverseEventSettings_SeriousnessCriteria();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.AdverseEventSettings#getMeddraVersion <em>Meddra Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Meddra Version</em>'.
	 * @see org.trialbench.protocol.AdverseEventSettings#getMeddraVersion()
	 * @see #getAdverseEventSettings()
	 * @generated
	 */
	EAttribute getAdverseEventSettings_MeddraVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.AdverseEventSettings#getSaeReportingHours <em>Sae Reporting Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sae Reporting Hours</em>'.
	 * @see org.trialbench.protocol.AdverseEventSettings#getSaeReportingHours()
	 * @see #getAdverseEventSettings()
	 * @generated
	 */
	EAttribute getAdverseEventSettings_SaeReportingHours();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.AdverseEventSettings#getSusarFatalReportingDays <em>Susar Fatal Reporting Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Susar Fatal Reporting Days</em>'.
	 * @see org.trialbench.protocol.AdverseEventSettings#getSusarFatalReportingDays()
	 * @see #getAdverseEventSettings()
	 * @generated
	 */
	EAttribute getAdverseEventSettings_SusarFatalReportingDays();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.AdverseEventSettings#getSusarReportingDays <em>Susar Reporting Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Susar Reporting Days</em>'.
	 * @see org.trialbench.protocol.AdverseEventSettings#getSusarReportingDays()
	 * @see #getAdverseEventSettings()
	 * @generated
	 */
	EAttribute getAdverseEventSettings_SusarReportingDays();

	/**
	 * Returns the meta object for the containment reference '{@link org.trialbench.protocol.AdverseEventSettings#getReferenceSafetyInformation <em>Reference Safety Information</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Reference Safety Information</em>'.
	 * @see org.trialbench.protocol.AdverseEventSettings#getReferenceSafetyInformation()
	 * @see #getAdverseEventSettings()
	 * @generated
	 */
	EReference getAdverseEventSettings_ReferenceSafetyInformation();

	/**
	 * Returns the meta object for class '{@link org.trialbench.protocol.ReferenceSafetyInformation <em>Reference Safety Information</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reference Safety Information</em>'.
	 * @see org.trialbench.protocol.ReferenceSafetyInformation
	 * @generated
	 */
	EClass getReferenceSafetyInformation();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.ReferenceSafetyInformation#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.trialbench.protocol.ReferenceSafetyInformation#getVersion()
	 * @see #getReferenceSafetyInformation()
	 * @generated
	 */
	EAttribute getReferenceSafetyInformation_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.ReferenceSafetyInformation#getEffectiveDate <em>Effective Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effective Date</em>'.
	 * @see org.trialbench.protocol.ReferenceSafetyInformation#getEffectiveDate()
	 * @see #getReferenceSafetyInformation()
	 * @generated
	 */
	EAttribute getReferenceSafetyInformation_EffectiveDate();

	/**
	 * Returns the meta object for the containment reference list '{@link org.trialbench.protocol.ReferenceSafetyInformation#getExpectedEvents <em>Expected Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Expected Events</em>'.
	 * @see org.trialbench.protocol.ReferenceSafetyInformation#getExpectedEvents()
	 * @see #getReferenceSafetyInformation()
	 * @generated
	 */
	EReference getReferenceSafetyInformation_ExpectedEvents();

	/**
	 * Returns the meta object for class '{@link org.trialbench.protocol.ExpectedEvent <em>Expected Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Expected Event</em>'.
	 * @see org.trialbench.protocol.ExpectedEvent
	 * @generated
	 */
	EClass getExpectedEvent();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.ExpectedEvent#getTerm <em>Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Term</em>'.
	 * @see org.trialbench.protocol.ExpectedEvent#getTerm()
	 * @see #getExpectedEvent()
	 * @generated
	 */
	EAttribute getExpectedEvent_Term();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.ExpectedEvent#getPtCode <em>Pt Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pt Code</em>'.
	 * @see org.trialbench.protocol.ExpectedEvent#getPtCode()
	 * @see #getExpectedEvent()
	 * @generated
	 */
	EAttribute getExpectedEvent_PtCode();

	/**
	 * Returns the meta object for the reference '{@link org.trialbench.protocol.ExpectedEvent#getArm <em>Arm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Arm</em>'.
	 * @see org.trialbench.protocol.ExpectedEvent#getArm()
	 * @see #getExpectedEvent()
	 * @generated
	 */
	EReference getExpectedEvent_Arm();

	/**
	 * Returns the meta object for class '{@link org.trialbench.protocol.AdjudicationSettings <em>Adjudication Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Adjudication Settings</em>'.
	 * @see org.trialbench.protocol.AdjudicationSettings
	 * @generated
	 */
	EClass getAdjudicationSettings();

	/**
	 * Returns the meta object for the reference list '{@link org.trialbench.protocol.AdjudicationSettings#getEndpoints <em>Endpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Endpoints</em>'.
	 * @see org.trialbench.protocol.AdjudicationSettings#getEndpoints()
	 * @see #getAdjudicationSettings()
	 * @generated
	 */
	EReference getAdjudicationSettings_Endpoints();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.AdjudicationSettings#getReviewersPerCase <em>Reviewers Per Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewers Per Case</em>'.
	 * @see org.trialbench.protocol.AdjudicationSettings#getReviewersPerCase()
	 * @see #getAdjudicationSettings()
	 * @generated
	 */
	EAttribute getAdjudicationSettings_ReviewersPerCase();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.AdjudicationSettings#getDisagreementResolution <em>Disagreement Resolution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disagreement Resolution</em>'.
	 * @see org.trialbench.protocol.AdjudicationSettings#getDisagreementResolution()
	 * @see #getAdjudicationSettings()
	 * @generated
	 */
	EAttribute getAdjudicationSettings_DisagreementResolution();

	/**
	 * Returns the meta object for class '{@link org.trialbench.protocol.Endpoint <em>Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Endpoint</em>'.
	 * @see org.trialbench.protocol.Endpoint
	 * @generated
	 */
	EClass getEndpoint();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.Endpoint#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.trialbench.protocol.Endpoint#getKind()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.trialbench.protocol.Endpoint#getTimePointVisit <em>Time Point Visit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Time Point Visit</em>'.
	 * @see org.trialbench.protocol.Endpoint#getTimePointVisit()
	 * @see #getEndpoint()
	 * @generated
	 */
	EReference getEndpoint_TimePointVisit();

	/**
	 * Returns the meta object for the reference '{@link org.trialbench.protocol.Endpoint#getDerivation <em>Derivation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Derivation</em>'.
	 * @see org.trialbench.protocol.Endpoint#getDerivation()
	 * @see #getEndpoint()
	 * @generated
	 */
	EReference getEndpoint_Derivation();

	/**
	 * Returns the meta object for the reference '{@link org.trialbench.protocol.Endpoint#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Item</em>'.
	 * @see org.trialbench.protocol.Endpoint#getItem()
	 * @see #getEndpoint()
	 * @generated
	 */
	EReference getEndpoint_Item();

	/**
	 * Returns the meta object for class '{@link org.trialbench.protocol.AnalysisPopulation <em>Analysis Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Analysis Population</em>'.
	 * @see org.trialbench.protocol.AnalysisPopulation
	 * @generated
	 */
	EClass getAnalysisPopulation();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.AnalysisPopulation#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.trialbench.protocol.AnalysisPopulation#getCode()
	 * @see #getAnalysisPopulation()
	 * @generated
	 */
	EAttribute getAnalysisPopulation_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.AnalysisPopulation#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.trialbench.protocol.AnalysisPopulation#getKind()
	 * @see #getAnalysisPopulation()
	 * @generated
	 */
	EAttribute getAnalysisPopulation_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.trialbench.protocol.AnalysisPopulation#getDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition</em>'.
	 * @see org.trialbench.protocol.AnalysisPopulation#getDefinition()
	 * @see #getAnalysisPopulation()
	 * @generated
	 */
	EAttribute getAnalysisPopulation_Definition();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.protocol.RandomizationMethod <em>Randomization Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Randomization Method</em>'.
	 * @see org.trialbench.protocol.RandomizationMethod
	 * @generated
	 */
	EEnum getRandomizationMethod();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.protocol.VisitKind <em>Visit Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Visit Kind</em>'.
	 * @see org.trialbench.protocol.VisitKind
	 * @generated
	 */
	EEnum getVisitKind();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.protocol.VisitAnchor <em>Visit Anchor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Visit Anchor</em>'.
	 * @see org.trialbench.protocol.VisitAnchor
	 * @generated
	 */
	EEnum getVisitAnchor();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.protocol.ItemDataType <em>Item Data Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Item Data Type</em>'.
	 * @see org.trialbench.protocol.ItemDataType
	 * @generated
	 */
	EEnum getItemDataType();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.protocol.DerivationKind <em>Derivation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Derivation Kind</em>'.
	 * @see org.trialbench.protocol.DerivationKind
	 * @generated
	 */
	EEnum getDerivationKind();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.protocol.ComparisonOperator <em>Comparison Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Comparison Operator</em>'.
	 * @see org.trialbench.protocol.ComparisonOperator
	 * @generated
	 */
	EEnum getComparisonOperator();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.protocol.CheckSeverity <em>Check Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Check Severity</em>'.
	 * @see org.trialbench.protocol.CheckSeverity
	 * @generated
	 */
	EEnum getCheckSeverity();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.protocol.CriterionKind <em>Criterion Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Criterion Kind</em>'.
	 * @see org.trialbench.protocol.CriterionKind
	 * @generated
	 */
	EEnum getCriterionKind();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.protocol.CriticalCategory <em>Critical Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Critical Category</em>'.
	 * @see org.trialbench.protocol.CriticalCategory
	 * @generated
	 */
	EEnum getCriticalCategory();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.protocol.GradingScale <em>Grading Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Grading Scale</em>'.
	 * @see org.trialbench.protocol.GradingScale
	 * @generated
	 */
	EEnum getGradingScale();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.protocol.SeriousnessCriterion <em>Seriousness Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Seriousness Criterion</em>'.
	 * @see org.trialbench.protocol.SeriousnessCriterion
	 * @generated
	 */
	EEnum getSeriousnessCriterion();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.protocol.DisagreementResolution <em>Disagreement Resolution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Disagreement Resolution</em>'.
	 * @see org.trialbench.protocol.DisagreementResolution
	 * @generated
	 */
	EEnum getDisagreementResolution();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.protocol.EndpointKind <em>Endpoint Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Endpoint Kind</em>'.
	 * @see org.trialbench.protocol.EndpointKind
	 * @generated
	 */
	EEnum getEndpointKind();

	/**
	 * Returns the meta object for enum '{@link org.trialbench.protocol.PopulationKind <em>Population Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Population Kind</em>'.
	 * @see org.trialbench.protocol.PopulationKind
	 * @generated
	 */
	EEnum getPopulationKind();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date without time zone, serialized as ISO yyyy-MM-dd.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A point in time (UTC), serialized as ISO-8601, e.g. 2025-03-01T09:30:00Z.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ProtocolFactory getProtocolFactory();

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
		 * The meta object literal for the '{@link org.trialbench.protocol.impl.ProtocolElementImpl <em>Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.impl.ProtocolElementImpl
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getProtocolElement()
		 * @generated
		 */
		EClass PROTOCOL_ELEMENT = eINSTANCE.getProtocolElement();

		/**
		 * The meta object literal for the '<em><b>Oid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL_ELEMENT__OID = eINSTANCE.getProtocolElement_Oid();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL_ELEMENT__NAME = eINSTANCE.getProtocolElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL_ELEMENT__DESCRIPTION = eINSTANCE.getProtocolElement_Description();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.impl.StudyImpl <em>Study</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.impl.StudyImpl
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getStudy()
		 * @generated
		 */
		EClass STUDY = eINSTANCE.getStudy();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__TITLE = eINSTANCE.getStudy_Title();

		/**
		 * The meta object literal for the '<em><b>Acronym</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__ACRONYM = eINSTANCE.getStudy_Acronym();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__VERSION = eINSTANCE.getStudy_Version();

		/**
		 * The meta object literal for the '<em><b>Version Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__VERSION_DATE = eINSTANCE.getStudy_VersionDate();

		/**
		 * The meta object literal for the '<em><b>Sponsor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__SPONSOR = eINSTANCE.getStudy_Sponsor();

		/**
		 * The meta object literal for the '<em><b>Registration Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__REGISTRATION_ID = eINSTANCE.getStudy_RegistrationId();

		/**
		 * The meta object literal for the '<em><b>Primary Time Point Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__PRIMARY_TIME_POINT_DAYS = eINSTANCE.getStudy_PrimaryTimePointDays();

		/**
		 * The meta object literal for the '<em><b>Arms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__ARMS = eINSTANCE.getStudy_Arms();

		/**
		 * The meta object literal for the '<em><b>Stratification Factors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__STRATIFICATION_FACTORS = eINSTANCE.getStudy_StratificationFactors();

		/**
		 * The meta object literal for the '<em><b>Randomization Scheme</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__RANDOMIZATION_SCHEME = eINSTANCE.getStudy_RandomizationScheme();

		/**
		 * The meta object literal for the '<em><b>Visits</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__VISITS = eINSTANCE.getStudy_Visits();

		/**
		 * The meta object literal for the '<em><b>Forms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__FORMS = eINSTANCE.getStudy_Forms();

		/**
		 * The meta object literal for the '<em><b>Code Lists</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__CODE_LISTS = eINSTANCE.getStudy_CodeLists();

		/**
		 * The meta object literal for the '<em><b>Derivations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__DERIVATIONS = eINSTANCE.getStudy_Derivations();

		/**
		 * The meta object literal for the '<em><b>Edit Checks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__EDIT_CHECKS = eINSTANCE.getStudy_EditChecks();

		/**
		 * The meta object literal for the '<em><b>Eligibility Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__ELIGIBILITY_CRITERIA = eINSTANCE.getStudy_EligibilityCriteria();

		/**
		 * The meta object literal for the '<em><b>Endpoints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__ENDPOINTS = eINSTANCE.getStudy_Endpoints();

		/**
		 * The meta object literal for the '<em><b>Analysis Populations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__ANALYSIS_POPULATIONS = eINSTANCE.getStudy_AnalysisPopulations();

		/**
		 * The meta object literal for the '<em><b>Sdv Plan</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__SDV_PLAN = eINSTANCE.getStudy_SdvPlan();

		/**
		 * The meta object literal for the '<em><b>Adverse Event Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__ADVERSE_EVENT_SETTINGS = eINSTANCE.getStudy_AdverseEventSettings();

		/**
		 * The meta object literal for the '<em><b>Adjudication Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__ADJUDICATION_SETTINGS = eINSTANCE.getStudy_AdjudicationSettings();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.impl.ArmImpl <em>Arm</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.impl.ArmImpl
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getArm()
		 * @generated
		 */
		EClass ARM = eINSTANCE.getArm();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARM__CODE = eINSTANCE.getArm_Code();

		/**
		 * The meta object literal for the '<em><b>Allocation Ratio</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARM__ALLOCATION_RATIO = eINSTANCE.getArm_AllocationRatio();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.impl.StratificationFactorImpl <em>Stratification Factor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.impl.StratificationFactorImpl
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getStratificationFactor()
		 * @generated
		 */
		EClass STRATIFICATION_FACTOR = eINSTANCE.getStratificationFactor();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATIFICATION_FACTOR__ITEM = eINSTANCE.getStratificationFactor_Item();

		/**
		 * The meta object literal for the '<em><b>Strata</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATIFICATION_FACTOR__STRATA = eINSTANCE.getStratificationFactor_Strata();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.impl.StratumImpl <em>Stratum</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.impl.StratumImpl
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getStratum()
		 * @generated
		 */
		EClass STRATUM = eINSTANCE.getStratum();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATUM__CODE = eINSTANCE.getStratum_Code();

		/**
		 * The meta object literal for the '<em><b>Item Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATUM__ITEM_VALUE = eINSTANCE.getStratum_ItemValue();

		/**
		 * The meta object literal for the '<em><b>Factor</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATUM__FACTOR = eINSTANCE.getStratum_Factor();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.impl.RandomizationSchemeImpl <em>Randomization Scheme</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.impl.RandomizationSchemeImpl
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getRandomizationScheme()
		 * @generated
		 */
		EClass RANDOMIZATION_SCHEME = eINSTANCE.getRandomizationScheme();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANDOMIZATION_SCHEME__METHOD = eINSTANCE.getRandomizationScheme_Method();

		/**
		 * The meta object literal for the '<em><b>Block Sizes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANDOMIZATION_SCHEME__BLOCK_SIZES = eINSTANCE.getRandomizationScheme_BlockSizes();

		/**
		 * The meta object literal for the '<em><b>Stratified By</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RANDOMIZATION_SCHEME__STRATIFIED_BY = eINSTANCE.getRandomizationScheme_StratifiedBy();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.impl.VisitDefinitionImpl <em>Visit Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.impl.VisitDefinitionImpl
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getVisitDefinition()
		 * @generated
		 */
		EClass VISIT_DEFINITION = eINSTANCE.getVisitDefinition();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT_DEFINITION__KIND = eINSTANCE.getVisitDefinition_Kind();

		/**
		 * The meta object literal for the '<em><b>Anchor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT_DEFINITION__ANCHOR = eINSTANCE.getVisitDefinition_Anchor();

		/**
		 * The meta object literal for the '<em><b>Target Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT_DEFINITION__TARGET_DAY = eINSTANCE.getVisitDefinition_TargetDay();

		/**
		 * The meta object literal for the '<em><b>Window Before Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT_DEFINITION__WINDOW_BEFORE_DAYS = eINSTANCE.getVisitDefinition_WindowBeforeDays();

		/**
		 * The meta object literal for the '<em><b>Window After Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT_DEFINITION__WINDOW_AFTER_DAYS = eINSTANCE.getVisitDefinition_WindowAfterDays();

		/**
		 * The meta object literal for the '<em><b>Repeating</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT_DEFINITION__REPEATING = eINSTANCE.getVisitDefinition_Repeating();

		/**
		 * The meta object literal for the '<em><b>Forms</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VISIT_DEFINITION__FORMS = eINSTANCE.getVisitDefinition_Forms();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.impl.FormDefinitionImpl <em>Form Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.impl.FormDefinitionImpl
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getFormDefinition()
		 * @generated
		 */
		EClass FORM_DEFINITION = eINSTANCE.getFormDefinition();

		/**
		 * The meta object literal for the '<em><b>Repeating</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_DEFINITION__REPEATING = eINSTANCE.getFormDefinition_Repeating();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FORM_DEFINITION__ITEMS = eINSTANCE.getFormDefinition_Items();

		/**
		 * The meta object literal for the '<em><b>Arm</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FORM_DEFINITION__ARM = eINSTANCE.getFormDefinition_Arm();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.impl.ItemDefinitionImpl <em>Item Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.impl.ItemDefinitionImpl
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getItemDefinition()
		 * @generated
		 */
		EClass ITEM_DEFINITION = eINSTANCE.getItemDefinition();

		/**
		 * The meta object literal for the '<em><b>Question</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_DEFINITION__QUESTION = eINSTANCE.getItemDefinition_Question();

		/**
		 * The meta object literal for the '<em><b>Data Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_DEFINITION__DATA_TYPE = eINSTANCE.getItemDefinition_DataType();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_DEFINITION__UNIT = eINSTANCE.getItemDefinition_Unit();

		/**
		 * The meta object literal for the '<em><b>Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_DEFINITION__MIN = eINSTANCE.getItemDefinition_Min();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_DEFINITION__MAX = eINSTANCE.getItemDefinition_Max();

		/**
		 * The meta object literal for the '<em><b>Decimal Places</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_DEFINITION__DECIMAL_PLACES = eINSTANCE.getItemDefinition_DecimalPlaces();

		/**
		 * The meta object literal for the '<em><b>Code List</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM_DEFINITION__CODE_LIST = eINSTANCE.getItemDefinition_CodeList();

		/**
		 * The meta object literal for the '<em><b>Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_DEFINITION__REQUIRED = eINSTANCE.getItemDefinition_Required();

		/**
		 * The meta object literal for the '<em><b>Critical</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_DEFINITION__CRITICAL = eINSTANCE.getItemDefinition_Critical();

		/**
		 * The meta object literal for the '<em><b>Reveals Allocation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_DEFINITION__REVEALS_ALLOCATION = eINSTANCE.getItemDefinition_RevealsAllocation();

		/**
		 * The meta object literal for the '<em><b>Derived</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_DEFINITION__DERIVED = eINSTANCE.getItemDefinition_Derived();

		/**
		 * The meta object literal for the '<em><b>Derivation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM_DEFINITION__DERIVATION = eINSTANCE.getItemDefinition_Derivation();

		/**
		 * The meta object literal for the '<em><b>Form</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM_DEFINITION__FORM = eINSTANCE.getItemDefinition_Form();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.impl.CodeListImpl <em>Code List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.impl.CodeListImpl
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getCodeList()
		 * @generated
		 */
		EClass CODE_LIST = eINSTANCE.getCodeList();

		/**
		 * The meta object literal for the '<em><b>Data Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE_LIST__DATA_TYPE = eINSTANCE.getCodeList_DataType();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODE_LIST__ITEMS = eINSTANCE.getCodeList_Items();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.impl.CodeListItemImpl <em>Code List Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.impl.CodeListItemImpl
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getCodeListItem()
		 * @generated
		 */
		EClass CODE_LIST_ITEM = eINSTANCE.getCodeListItem();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE_LIST_ITEM__CODE = eINSTANCE.getCodeListItem_Code();

		/**
		 * The meta object literal for the '<em><b>Decode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE_LIST_ITEM__DECODE = eINSTANCE.getCodeListItem_Decode();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.impl.DerivationImpl <em>Derivation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.impl.DerivationImpl
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getDerivation()
		 * @generated
		 */
		EClass DERIVATION = eINSTANCE.getDerivation();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DERIVATION__KIND = eINSTANCE.getDerivation_Kind();

		/**
		 * The meta object literal for the '<em><b>Inputs</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DERIVATION__INPUTS = eINSTANCE.getDerivation_Inputs();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DERIVATION__PARAMETERS = eINSTANCE.getDerivation_Parameters();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.impl.DerivationParameterImpl <em>Derivation Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.impl.DerivationParameterImpl
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getDerivationParameter()
		 * @generated
		 */
		EClass DERIVATION_PARAMETER = eINSTANCE.getDerivationParameter();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DERIVATION_PARAMETER__KEY = eINSTANCE.getDerivationParameter_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DERIVATION_PARAMETER__VALUE = eINSTANCE.getDerivationParameter_Value();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.impl.EditCheckImpl <em>Edit Check</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.impl.EditCheckImpl
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getEditCheck()
		 * @generated
		 */
		EClass EDIT_CHECK = eINSTANCE.getEditCheck();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDIT_CHECK__MESSAGE = eINSTANCE.getEditCheck_Message();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDIT_CHECK__SEVERITY = eINSTANCE.getEditCheck_Severity();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.impl.ComparisonCheckImpl <em>Comparison Check</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.impl.ComparisonCheckImpl
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getComparisonCheck()
		 * @generated
		 */
		EClass COMPARISON_CHECK = eINSTANCE.getComparisonCheck();

		/**
		 * The meta object literal for the '<em><b>Assertion</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPARISON_CHECK__ASSERTION = eINSTANCE.getComparisonCheck_Assertion();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.impl.ConditionalRequiredCheckImpl <em>Conditional Required Check</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.impl.ConditionalRequiredCheckImpl
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getConditionalRequiredCheck()
		 * @generated
		 */
		EClass CONDITIONAL_REQUIRED_CHECK = eINSTANCE.getConditionalRequiredCheck();

		/**
		 * The meta object literal for the '<em><b>When</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDITIONAL_REQUIRED_CHECK__WHEN = eINSTANCE.getConditionalRequiredCheck_When();

		/**
		 * The meta object literal for the '<em><b>Required Items</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDITIONAL_REQUIRED_CHECK__REQUIRED_ITEMS = eINSTANCE.getConditionalRequiredCheck_RequiredItems();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.impl.ComparisonImpl <em>Comparison</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.impl.ComparisonImpl
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getComparison()
		 * @generated
		 */
		EClass COMPARISON = eINSTANCE.getComparison();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPARISON__ITEM = eINSTANCE.getComparison_Item();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARISON__OPERATOR = eINSTANCE.getComparison_Operator();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARISON__VALUE = eINSTANCE.getComparison_Value();

		/**
		 * The meta object literal for the '<em><b>Other Item</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPARISON__OTHER_ITEM = eINSTANCE.getComparison_OtherItem();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.impl.EligibilityCriterionImpl <em>Eligibility Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.impl.EligibilityCriterionImpl
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getEligibilityCriterion()
		 * @generated
		 */
		EClass ELIGIBILITY_CRITERION = eINSTANCE.getEligibilityCriterion();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELIGIBILITY_CRITERION__CODE = eINSTANCE.getEligibilityCriterion_Code();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELIGIBILITY_CRITERION__TEXT = eINSTANCE.getEligibilityCriterion_Text();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELIGIBILITY_CRITERION__KIND = eINSTANCE.getEligibilityCriterion_Kind();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELIGIBILITY_CRITERION__ITEM = eINSTANCE.getEligibilityCriterion_Item();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.impl.SdvPlanImpl <em>Sdv Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.impl.SdvPlanImpl
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getSdvPlan()
		 * @generated
		 */
		EClass SDV_PLAN = eINSTANCE.getSdvPlan();

		/**
		 * The meta object literal for the '<em><b>Default Sample Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDV_PLAN__DEFAULT_SAMPLE_RATE = eINSTANCE.getSdvPlan_DefaultSampleRate();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDV_PLAN__SEED = eINSTANCE.getSdvPlan_Seed();

		/**
		 * The meta object literal for the '<em><b>Critical Categories</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDV_PLAN__CRITICAL_CATEGORIES = eINSTANCE.getSdvPlan_CriticalCategories();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.impl.AdverseEventSettingsImpl <em>Adverse Event Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.impl.AdverseEventSettingsImpl
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getAdverseEventSettings()
		 * @generated
		 */
		EClass ADVERSE_EVENT_SETTINGS = eINSTANCE.getAdverseEventSettings();

		/**
		 * The meta object literal for the '<em><b>Grading Scales</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT_SETTINGS__GRADING_SCALES = eINSTANCE.getAdverseEventSettings_GradingScales();

		/**
		 * The meta object literal for the '<em><b>Seriousness Criteria</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT_SETTINGS__SERIOUSNESS_CRITERIA = eINSTANCE.getAdverseEventSettings_SeriousnessCriteria();

		/**
		 * The meta object literal for the '<em><b>Meddra Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT_SETTINGS__MEDDRA_VERSION = eINSTANCE.getAdverseEventSettings_MeddraVersion();

		/**
		 * The meta object literal for the '<em><b>Sae Reporting Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT_SETTINGS__SAE_REPORTING_HOURS = eINSTANCE.getAdverseEventSettings_SaeReportingHours();

		/**
		 * The meta object literal for the '<em><b>Susar Fatal Reporting Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT_SETTINGS__SUSAR_FATAL_REPORTING_DAYS = eINSTANCE.getAdverseEventSettings_SusarFatalReportingDays();

		/**
		 * The meta object literal for the '<em><b>Susar Reporting Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT_SETTINGS__SUSAR_REPORTING_DAYS = eINSTANCE.getAdverseEventSettings_SusarReportingDays();

		/**
		 * The meta object literal for the '<em><b>Reference Safety Information</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADVERSE_EVENT_SETTINGS__REFERENCE_SAFETY_INFORMATION = eINSTANCE.getAdverseEventSettings_ReferenceSafetyInformation();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.impl.ReferenceSafetyInformationImpl <em>Reference Safety Information</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.impl.ReferenceSafetyInformationImpl
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getReferenceSafetyInformation()
		 * @generated
		 */
		EClass REFERENCE_SAFETY_INFORMATION = eINSTANCE.getReferenceSafetyInformation();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE_SAFETY_INFORMATION__VERSION = eINSTANCE.getReferenceSafetyInformation_Version();

		/**
		 * The meta object literal for the '<em><b>Effective Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE_SAFETY_INFORMATION__EFFECTIVE_DATE = eINSTANCE.getReferenceSafetyInformation_EffectiveDate();

		/**
		 * The meta object literal for the '<em><b>Expected Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFERENCE_SAFETY_INFORMATION__EXPECTED_EVENTS = eINSTANCE.getReferenceSafetyInformation_ExpectedEvents();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.impl.ExpectedEventImpl <em>Expected Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.impl.ExpectedEventImpl
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getExpectedEvent()
		 * @generated
		 */
		EClass EXPECTED_EVENT = eINSTANCE.getExpectedEvent();

		/**
		 * The meta object literal for the '<em><b>Term</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECTED_EVENT__TERM = eINSTANCE.getExpectedEvent_Term();

		/**
		 * The meta object literal for the '<em><b>Pt Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECTED_EVENT__PT_CODE = eINSTANCE.getExpectedEvent_PtCode();

		/**
		 * The meta object literal for the '<em><b>Arm</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPECTED_EVENT__ARM = eINSTANCE.getExpectedEvent_Arm();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.impl.AdjudicationSettingsImpl <em>Adjudication Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.impl.AdjudicationSettingsImpl
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getAdjudicationSettings()
		 * @generated
		 */
		EClass ADJUDICATION_SETTINGS = eINSTANCE.getAdjudicationSettings();

		/**
		 * The meta object literal for the '<em><b>Endpoints</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADJUDICATION_SETTINGS__ENDPOINTS = eINSTANCE.getAdjudicationSettings_Endpoints();

		/**
		 * The meta object literal for the '<em><b>Reviewers Per Case</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADJUDICATION_SETTINGS__REVIEWERS_PER_CASE = eINSTANCE.getAdjudicationSettings_ReviewersPerCase();

		/**
		 * The meta object literal for the '<em><b>Disagreement Resolution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADJUDICATION_SETTINGS__DISAGREEMENT_RESOLUTION = eINSTANCE.getAdjudicationSettings_DisagreementResolution();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.impl.EndpointImpl <em>Endpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.impl.EndpointImpl
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getEndpoint()
		 * @generated
		 */
		EClass ENDPOINT = eINSTANCE.getEndpoint();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__KIND = eINSTANCE.getEndpoint_Kind();

		/**
		 * The meta object literal for the '<em><b>Time Point Visit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENDPOINT__TIME_POINT_VISIT = eINSTANCE.getEndpoint_TimePointVisit();

		/**
		 * The meta object literal for the '<em><b>Derivation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENDPOINT__DERIVATION = eINSTANCE.getEndpoint_Derivation();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENDPOINT__ITEM = eINSTANCE.getEndpoint_Item();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.impl.AnalysisPopulationImpl <em>Analysis Population</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.impl.AnalysisPopulationImpl
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getAnalysisPopulation()
		 * @generated
		 */
		EClass ANALYSIS_POPULATION = eINSTANCE.getAnalysisPopulation();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_POPULATION__CODE = eINSTANCE.getAnalysisPopulation_Code();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_POPULATION__KIND = eINSTANCE.getAnalysisPopulation_Kind();

		/**
		 * The meta object literal for the '<em><b>Definition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_POPULATION__DEFINITION = eINSTANCE.getAnalysisPopulation_Definition();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.RandomizationMethod <em>Randomization Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.RandomizationMethod
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getRandomizationMethod()
		 * @generated
		 */
		EEnum RANDOMIZATION_METHOD = eINSTANCE.getRandomizationMethod();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.VisitKind <em>Visit Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.VisitKind
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getVisitKind()
		 * @generated
		 */
		EEnum VISIT_KIND = eINSTANCE.getVisitKind();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.VisitAnchor <em>Visit Anchor</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.VisitAnchor
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getVisitAnchor()
		 * @generated
		 */
		EEnum VISIT_ANCHOR = eINSTANCE.getVisitAnchor();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.ItemDataType <em>Item Data Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.ItemDataType
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getItemDataType()
		 * @generated
		 */
		EEnum ITEM_DATA_TYPE = eINSTANCE.getItemDataType();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.DerivationKind <em>Derivation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.DerivationKind
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getDerivationKind()
		 * @generated
		 */
		EEnum DERIVATION_KIND = eINSTANCE.getDerivationKind();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.ComparisonOperator <em>Comparison Operator</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.ComparisonOperator
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getComparisonOperator()
		 * @generated
		 */
		EEnum COMPARISON_OPERATOR = eINSTANCE.getComparisonOperator();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.CheckSeverity <em>Check Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.CheckSeverity
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getCheckSeverity()
		 * @generated
		 */
		EEnum CHECK_SEVERITY = eINSTANCE.getCheckSeverity();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.CriterionKind <em>Criterion Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.CriterionKind
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getCriterionKind()
		 * @generated
		 */
		EEnum CRITERION_KIND = eINSTANCE.getCriterionKind();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.CriticalCategory <em>Critical Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.CriticalCategory
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getCriticalCategory()
		 * @generated
		 */
		EEnum CRITICAL_CATEGORY = eINSTANCE.getCriticalCategory();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.GradingScale <em>Grading Scale</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.GradingScale
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getGradingScale()
		 * @generated
		 */
		EEnum GRADING_SCALE = eINSTANCE.getGradingScale();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.SeriousnessCriterion <em>Seriousness Criterion</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.SeriousnessCriterion
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getSeriousnessCriterion()
		 * @generated
		 */
		EEnum SERIOUSNESS_CRITERION = eINSTANCE.getSeriousnessCriterion();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.DisagreementResolution <em>Disagreement Resolution</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.DisagreementResolution
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getDisagreementResolution()
		 * @generated
		 */
		EEnum DISAGREEMENT_RESOLUTION = eINSTANCE.getDisagreementResolution();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.EndpointKind <em>Endpoint Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.EndpointKind
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getEndpointKind()
		 * @generated
		 */
		EEnum ENDPOINT_KIND = eINSTANCE.getEndpointKind();

		/**
		 * The meta object literal for the '{@link org.trialbench.protocol.PopulationKind <em>Population Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.trialbench.protocol.PopulationKind
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getPopulationKind()
		 * @generated
		 */
		EEnum POPULATION_KIND = eINSTANCE.getPopulationKind();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see org.trialbench.protocol.impl.ProtocolPackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

	}

} //ProtocolPackage
