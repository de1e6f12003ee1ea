/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol.util;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.trialbench.protocol.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.trialbench.protocol.ProtocolPackage
 * @generated
 */
public class ProtocolSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ProtocolPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProtocolSwitch() {
		if (modelPackage == null) {
			modelPackage = ProtocolPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case ProtocolPackage.PROTOCOL_ELEMENT: {
				ProtocolElement protocolElement = (ProtocolElement)theEObject;
				T result = caseProtocolElement(protocolElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProtocolPackage.STUDY: {
				Study study = (Study)theEObject;
				T result = caseStudy(study);
				if (result == null) result = caseProtocolElement(study);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProtocolPackage.ARM: {
				Arm arm = (Arm)theEObject;
				T result = caseArm(arm);
				if (result == null) result = caseProtocolElement(arm);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProtocolPackage.STRATIFICATION_FACTOR: {
				StratificationFactor stratificationFactor = (StratificationFactor)theEObject;
				T result = caseStratificationFactor(stratificationFactor);
				if (result == null) result = caseProtocolElement(stratificationFactor);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProtocolPackage.STRATUM: {
				Stratum stratum = (Stratum)theEObject;
				T result = caseStratum(stratum);
				if (result == null) result = caseProtocolElement(stratum);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProtocolPackage.RANDOMIZATION_SCHEME: {
				RandomizationScheme randomizationScheme = (RandomizationScheme)theEObject;
				T result = caseRandomizationScheme(randomizationScheme);
				if (result == null) result = caseProtocolElement(randomizationScheme);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProtocolPackage.VISIT_DEFINITION: {
				VisitDefinition visitDefinition = (VisitDefinition)theEObject;
				T result = caseVisitDefinition(visitDefinition);
				if (result == null) result = caseProtocolElement(visitDefinition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProtocolPackage.FORM_DEFINITION: {
				FormDefinition formDefinition = (FormDefinition)theEObject;
				T result = caseFormDefinition(formDefinition);
				if (result == null) result = caseProtocolElement(formDefinition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProtocolPackage.ITEM_DEFINITION: {
				ItemDefinition itemDefinition = (ItemDefinition)theEObject;
				T result = caseItemDefinition(itemDefinition);
				if (result == null) result = caseProtocolElement(itemDefinition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProtocolPackage.CODE_LIST: {
				CodeList codeList = (CodeList)theEObject;
				T result = caseCodeList(codeList);
				if (result == null) result = caseProtocolElement(codeList);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProtocolPackage.CODE_LIST_ITEM: {
				CodeListItem codeListItem = (CodeListItem)theEObject;
				T result = caseCodeListItem(codeListItem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProtocolPackage.DERIVATION: {
				Derivation derivation = (Derivation)theEObject;
				T result = caseDerivation(derivation);
				if (result == null) result = caseProtocolElement(derivation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProtocolPackage.DERIVATION_PARAMETER: {
				@SuppressWarnings("unchecked") Map.Entry<String, String> derivationParameter = (Map.Entry<String, String>)theEObject;
				T result = caseDerivationParameter(derivationParameter);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProtocolPackage.EDIT_CHECK: {
				EditCheck editCheck = (EditCheck)theEObject;
				T result = caseEditCheck(editCheck);
				if (result == null) result = caseProtocolElement(editCheck);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProtocolPackage.COMPARISON_CHECK: {
				ComparisonCheck comparisonCheck = (ComparisonCheck)theEObject;
				T result = caseComparisonCheck(comparisonCheck);
				if (result == null) result = caseEditCheck(comparisonCheck);
				if (result == null) result = caseProtocolElement(comparisonCheck);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProtocolPackage.CONDITIONAL_REQUIRED_CHECK: {
				ConditionalRequiredCheck conditionalRequiredCheck = (ConditionalRequiredCheck)theEObject;
				T result = caseConditionalRequiredCheck(conditionalRequiredCheck);
				if (result == null) result = caseEditCheck(conditionalRequiredCheck);
				if (result == null) result = caseProtocolElement(conditionalRequiredCheck);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProtocolPackage.COMPARISON: {
				Comparison comparison = (Comparison)theEObject;
				T result = caseComparison(comparison);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProtocolPackage.ELIGIBILITY_CRITERION: {
				EligibilityCriterion eligibilityCriterion = (EligibilityCriterion)theEObject;
				T result = caseEligibilityCriterion(eligibilityCriterion);
				if (result == null) result = caseProtocolElement(eligibilityCriterion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProtocolPackage.SDV_PLAN: {
				SdvPlan sdvPlan = (SdvPlan)theEObject;
				T result = caseSdvPlan(sdvPlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProtocolPackage.ADVERSE_EVENT_SETTINGS: {
				AdverseEventSettings adverseEventSettings = (AdverseEventSettings)theEObject;
				T result = caseAdverseEventSettings(adverseEventSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProtocolPackage.REFERENCE_SAFETY_INFORMATION: {
				ReferenceSafetyInformation referenceSafetyInformation = (ReferenceSafetyInformation)theEObject;
				T result = caseReferenceSafetyInformation(referenceSafetyInformation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProtocolPackage.EXPECTED_EVENT: {
				ExpectedEvent expectedEvent = (ExpectedEvent)theEObject;
				T result = caseExpectedEvent(expectedEvent);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProtocolPackage.ADJUDICATION_SETTINGS: {
				AdjudicationSettings adjudicationSettings = (AdjudicationSettings)theEObject;
				T result = caseAdjudicationSettings(adjudicationSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProtocolPackage.ENDPOINT: {
				Endpoint endpoint = (Endpoint)theEObject;
				T result = caseEndpoint(endpoint);
				if (result == null) result = caseProtocolElement(endpoint);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProtocolPackage.ANALYSIS_POPULATION: {
				AnalysisPopulation analysisPopulation = (AnalysisPopulation)theEObject;
				T result = caseAnalysisPopulation(analysisPopulation);
				if (result == null) result = caseProtocolElement(analysisPopulation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProtocolElement(ProtocolElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Study</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Study</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStudy(Study object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Arm</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Arm</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseArm(Arm object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Stratification Factor</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Stratification Factor</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStratificationFactor(StratificationFactor object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Stratum</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Stratum</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStratum(Stratum object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Randomization Scheme</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Randomization Scheme</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRandomizationScheme(RandomizationScheme object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Visit Definition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Visit Definition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVisitDefinition(VisitDefinition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Form Definition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Form Definition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFormDefinition(FormDefinition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Item Definition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Item Definition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseItemDefinition(ItemDefinition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Code List</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Code List</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCodeList(CodeList object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Code List Item</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Code List Item</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCodeListItem(CodeListItem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Derivation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Derivation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDerivation(Derivation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Derivation Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Derivation Parameter</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDerivationParameter(Map.Entry<String, String> object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Edit Check</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Edit Check</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEditCheck(EditCheck object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Comparison Check</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Comparison Check</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseComparisonCheck(ComparisonCheck object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Conditional Required Check</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Conditional Required Check</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConditionalRequiredCheck(ConditionalRequiredCheck object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Comparison</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Comparison</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseComparison(Comparison object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Eligibility Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Eligibility Criterion</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEligibilityCriterion(EligibilityCriterion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sdv Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sdv Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSdvPlan(SdvPlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Adverse Event Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Adverse Event Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAdverseEventSettings(AdverseEventSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reference Safety Information</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reference Safety Information</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReferenceSafetyInformation(ReferenceSafetyInformation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Expected Event</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Expected Event</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExpectedEvent(ExpectedEvent object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Adjudication Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Adjudication Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAdjudicationSettings(AdjudicationSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Endpoint</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Endpoint</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEndpoint(Endpoint object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Analysis Population</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Analysis Population</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAnalysisPopulation(AnalysisPopulation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //ProtocolSwitch
