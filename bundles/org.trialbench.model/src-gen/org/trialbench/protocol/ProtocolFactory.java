/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.trialbench.protocol.ProtocolPackage
 * @generated
 */
public interface ProtocolFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ProtocolFactory eINSTANCE = org.trialbench.protocol.impl.ProtocolFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Study</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Study</em>'.
	 * @generated
	 */
	Study createStudy();

	/**
	 * Returns a new object of class '<em>Arm</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Arm</em>'.
	 * @generated
	 */
	Arm createArm();

	/**
	 * Returns a new object of class '<em>Stratification Factor</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Stratification Factor</em>'.
	 * @generated
	 */
	StratificationFactor createStratificationFactor();

	/**
	 * Returns a new object of class '<em>Stratum</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Stratum</em>'.
	 * @generated
	 */
	Stratum createStratum();

	/**
	 * Returns a new object of class '<em>Randomization Scheme</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Randomization Scheme</em>'.
	 * @generated
	 */
	RandomizationScheme createRandomizationScheme();

	/**
	 * Returns a new object of class '<em>Visit Definition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Visit Definition</em>'.
	 * @generated
	 */
	VisitDefinition createVisitDefinition();

	/**
	 * Returns a new object of class '<em>Form Definition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Form Definition</em>'.
	 * @generated
	 */
	FormDefinition createFormDefinition();

	/**
	 * Returns a new object of class '<em>Item Definition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Item Definition</em>'.
	 * @generated
	 */
	ItemDefinition createItemDefinition();

	/**
	 * Returns a new object of class '<em>Code List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Code List</em>'.
	 * @generated
	 */
	CodeList createCodeList();

	/**
	 * Returns a new object of class '<em>Code List Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Code List Item</em>'.
	 * @generated
	 */
	CodeListItem createCodeListItem();

	/**
	 * Returns a new object of class '<em>Derivation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Derivation</em>'.
	 * @generated
	 */
	Derivation createDerivation();

	/**
	 * Returns a new object of class '<em>Comparison Check</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Comparison Check</em>'.
	 * @generated
	 */
	ComparisonCheck createComparisonCheck();

	/**
	 * Returns a new object of class '<em>Conditional Required Check</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Conditional Required Check</em>'.
	 * @generated
	 */
	ConditionalRequiredCheck createConditionalRequiredCheck();

	/**
	 * Returns a new object of class '<em>Comparison</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Comparison</em>'.
	 * @generated
	 */
	Comparison createComparison();

	/**
	 * Returns a new object of class '<em>Eligibility Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Eligibility Criterion</em>'.
	 * @generated
	 */
	EligibilityCriterion createEligibilityCriterion();

	/**
	 * Returns a new object of class '<em>Sdv Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sdv Plan</em>'.
	 * @generated
	 */
	SdvPlan createSdvPlan();

	/**
	 * Returns a new object of class '<em>Adverse Event Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Adverse Event Settings</em>'.
	 * @generated
	 */
	AdverseEventSettings createAdverseEventSettings();

	/**
	 * Returns a new object of class '<em>Reference Safety Information</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reference Safety Information</em>'.
	 * @generated
	 */
	ReferenceSafetyInformation createReferenceSafetyInformation();

	/**
	 * Returns a new object of class '<em>Expected Event</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Expected Event</em>'.
	 * @generated
	 */
	ExpectedEvent createExpectedEvent();

	/**
	 * Returns a new object of class '<em>Adjudication Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Adjudication Settings</em>'.
	 * @generated
	 */
	AdjudicationSettings createAdjudicationSettings();

	/**
	 * Returns a new object of class '<em>Endpoint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Endpoint</em>'.
	 * @generated
	 */
	Endpoint createEndpoint();

	/**
	 * Returns a new object of class '<em>Analysis Population</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Analysis Population</em>'.
	 * @generated
	 */
	AnalysisPopulation createAnalysisPopulation();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ProtocolPackage getProtocolPackage();

} //ProtocolFactory
