/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol.util;

import java.util.Map;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.trialbench.protocol.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.trialbench.protocol.ProtocolPackage
 * @generated
 */
public class ProtocolAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ProtocolPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProtocolAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = ProtocolPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProtocolSwitch<Adapter> modelSwitch =
		new ProtocolSwitch<Adapter>() {
			@Override
			public Adapter caseProtocolElement(ProtocolElement object) {
				return createProtocolElementAdapter();
			}
			@Override
			public Adapter caseStudy(Study object) {
				return createStudyAdapter();
			}
			@Override
			public Adapter caseArm(Arm object) {
				return createArmAdapter();
			}
			@Override
			public Adapter caseStratificationFactor(StratificationFactor object) {
				return createStratificationFactorAdapter();
			}
			@Override
			public Adapter caseStratum(Stratum object) {
				return createStratumAdapter();
			}
			@Override
			public Adapter caseRandomizationScheme(RandomizationScheme object) {
				return createRandomizationSchemeAdapter();
			}
			@Override
			public Adapter caseVisitDefinition(VisitDefinition object) {
				return createVisitDefinitionAdapter();
			}
			@Override
			public Adapter caseFormDefinition(FormDefinition object) {
				return createFormDefinitionAdapter();
			}
			@Override
			public Adapter caseItemDefinition(ItemDefinition object) {
				return createItemDefinitionAdapter();
			}
			@Override
			public Adapter caseCodeList(CodeList object) {
				return createCodeListAdapter();
			}
			@Override
			public Adapter caseCodeListItem(CodeListItem object) {
				return createCodeListItemAdapter();
			}
			@Override
			public Adapter caseDerivation(Derivation object) {
				return createDerivationAdapter();
			}
			@Override
			public Adapter caseDerivationParameter(Map.Entry<String, String> object) {
				return createDerivationParameterAdapter();
			}
			@Override
			public Adapter caseEditCheck(EditCheck object) {
				return createEditCheckAdapter();
			}
			@Override
			public Adapter caseComparisonCheck(ComparisonCheck object) {
				return createComparisonCheckAdapter();
			}
			@Override
			public Adapter caseConditionalRequiredCheck(ConditionalRequiredCheck object) {
				return createConditionalRequiredCheckAdapter();
			}
			@Override
			public Adapter caseComparison(Comparison object) {
				return createComparisonAdapter();
			}
			@Override
			public Adapter caseEligibilityCriterion(EligibilityCriterion object) {
				return createEligibilityCriterionAdapter();
			}
			@Override
			public Adapter caseSdvPlan(SdvPlan object) {
				return createSdvPlanAdapter();
			}
			@Override
			public Adapter caseAdverseEventSettings(AdverseEventSettings object) {
				return createAdverseEventSettingsAdapter();
			}
			@Override
			public Adapter caseReferenceSafetyInformation(ReferenceSafetyInformation object) {
				return createReferenceSafetyInformationAdapter();
			}
			@Override
			public Adapter caseExpectedEvent(ExpectedEvent object) {
				return createExpectedEventAdapter();
			}
			@Override
			public Adapter caseAdjudicationSettings(AdjudicationSettings object) {
				return createAdjudicationSettingsAdapter();
			}
			@Override
			public Adapter caseEndpoint(Endpoint object) {
				return createEndpointAdapter();
			}
			@Override
			public Adapter caseAnalysisPopulation(AnalysisPopulation object) {
				return createAnalysisPopulationAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.trialbench.protocol.ProtocolElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.trialbench.protocol.ProtocolElement
	 * @generated
	 */
	public Adapter createProtocolElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.trialbench.protocol.Study <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.trialbench.protocol.Study
	 * @generated
	 */
	public Adapter createStudyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.trialbench.protocol.Arm <em>Arm</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.trialbench.protocol.Arm
	 * @generated
	 */
	public Adapter createArmAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.trialbench.protocol.StratificationFactor <em>Stratification Factor</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.trialbench.protocol.StratificationFactor
	 * @generated
	 */
	public Adapter createStratificationFactorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.trialbench.protocol.Stratum <em>Stratum</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.trialbench.protocol.Stratum
	 * @generated
	 */
	public Adapter createStratumAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.trialbench.protocol.RandomizationScheme <em>Randomization Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.trialbench.protocol.RandomizationScheme
	 * @generated
	 */
	public Adapter createRandomizationSchemeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.trialbench.protocol.VisitDefinition <em>Visit Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.trialbench.protocol.VisitDefinition
	 * @generated
	 */
	public Adapter createVisitDefinitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.trialbench.protocol.FormDefinition <em>Form Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.trialbench.protocol.FormDefinition
	 * @generated
	 */
	public Adapter createFormDefinitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.trialbench.protocol.ItemDefinition <em>Item Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.trialbench.protocol.ItemDefinition
	 * @generated
	 */
	public Adapter createItemDefinitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.trialbench.protocol.CodeList <em>Code List</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.trialbench.protocol.CodeList
	 * @generated
	 */
	public Adapter createCodeListAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.trialbench.protocol.CodeListItem <em>Code List Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.trialbench.protocol.CodeListItem
	 * @generated
	 */
	public Adapter createCodeListItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.trialbench.protocol.Derivation <em>Derivation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.trialbench.protocol.Derivation
	 * @generated
	 */
	public Adapter createDerivationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link java.util.Map.Entry <em>Derivation Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see java.util.Map.Entry
	 * @generated
	 */
	public Adapter createDerivationParameterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.trialbench.protocol.EditCheck <em>Edit Check</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.trialbench.protocol.EditCheck
	 * @generated
	 */
	public Adapter createEditCheckAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.trialbench.protocol.ComparisonCheck <em>Comparison Check</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.trialbench.protocol.ComparisonCheck
	 * @generated
	 */
	public Adapter createComparisonCheckAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.trialbench.protocol.ConditionalRequiredCheck <em>Conditional Required Check</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.trialbench.protocol.ConditionalRequiredCheck
	 * @generated
	 */
	public Adapter createConditionalRequiredCheckAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.trialbench.protocol.Comparison <em>Comparison</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.trialbench.protocol.Comparison
	 * @generated
	 */
	public Adapter createComparisonAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.trialbench.protocol.EligibilityCriterion <em>Eligibility Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.trialbench.protocol.EligibilityCriterion
	 * @generated
	 */
	public Adapter createEligibilityCriterionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.trialbench.protocol.SdvPlan <em>Sdv Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.trialbench.protocol.SdvPlan
	 * @generated
	 */
	public Adapter createSdvPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.trialbench.protocol.AdverseEventSettings <em>Adverse Event Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.trialbench.protocol.AdverseEventSettings
	 * @generated
	 */
	public Adapter createAdverseEventSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.trialbench.protocol.ReferenceSafetyInformation <em>Reference Safety Information</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.trialbench.protocol.ReferenceSafetyInformation
	 * @generated
	 */
	public Adapter createReferenceSafetyInformationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.trialbench.protocol.ExpectedEvent <em>Expected Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.trialbench.protocol.ExpectedEvent
	 * @generated
	 */
	public Adapter createExpectedEventAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.trialbench.protocol.AdjudicationSettings <em>Adjudication Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.trialbench.protocol.AdjudicationSettings
	 * @generated
	 */
	public Adapter createAdjudicationSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.trialbench.protocol.Endpoint <em>Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.trialbench.protocol.Endpoint
	 * @generated
	 */
	public Adapter createEndpointAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.trialbench.protocol.AnalysisPopulation <em>Analysis Population</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.trialbench.protocol.AnalysisPopulation
	 * @generated
	 */
	public Adapter createAnalysisPopulationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //ProtocolAdapterFactory
