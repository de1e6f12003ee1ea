/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Study</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a protocol: one version of one study protocol.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.Study#getTitle <em>Title</em>}</li>
 *   <li>{@link org.trialbench.protocol.Study#getAcronym <em>Acronym</em>}</li>
 *   <li>{@link org.trialbench.protocol.Study#getVersion <em>Version</em>}</li>
 *   <li>{@link org.trialbench.protocol.Study#getVersionDate <em>Version Date</em>}</li>
 *   <li>{@link org.trialbench.protocol.Study#getSponsor <em>Sponsor</em>}</li>
 *   <li>{@link org.trialbench.protocol.Study#getRegistrationId <em>Registration Id</em>}</li>
 *   <li>{@link org.trialbench.protocol.Study#getPrimaryTimePointDays <em>Primary Time Point Days</em>}</li>
 *   <li>{@link org.trialbench.protocol.Study#getArms <em>Arms</em>}</li>
 *   <li>{@link org.trialbench.protocol.Study#getStratificationFactors <em>Stratification Factors</em>}</li>
 *   <li>{@link org.trialbench.protocol.Study#getRandomizationScheme <em>Randomization Scheme</em>}</li>
 *   <li>{@link org.trialbench.protocol.Study#getVisits <em>Visits</em>}</li>
 *   <li>{@link org.trialbench.protocol.Study#getForms <em>Forms</em>}</li>
 *   <li>{@link org.trialbench.protocol.Study#getCodeLists <em>Code Lists</em>}</li>
 *   <li>{@link org.trialbench.protocol.Study#getDerivations <em>Derivations</em>}</li>
 *   <li>{@link org.trialbench.protocol.Study#getEditChecks <em>Edit Checks</em>}</li>
 *   <li>{@link org.trialbench.protocol.Study#getEligibilityCriteria <em>Eligibility Criteria</em>}</li>
 *   <li>{@link org.trialbench.protocol.Study#getEndpoints <em>Endpoints</em>}</li>
 *   <li>{@link org.trialbench.protocol.Study#getAnalysisPopulations <em>Analysis Populations</em>}</li>
 *   <li>{@link org.trialbench.protocol.Study#getSdvPlan <em>Sdv Plan</em>}</li>
 *   <li>{@link org.trialbench.protocol.Study#getAdverseEventSettings <em>Adverse Event Settings</em>}</li>
 *   <li>{@link org.trialbench.protocol.Study#getAdjudicationSettings <em>Adjudication Settings</em>}</li>
 * </ul>
 *
 * @see org.trialbench.protocol.ProtocolPackage#getStudy()
 * @model
 * @generated
 */
public interface Study extends ProtocolElement {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.trialbench.protocol.ProtocolPackage#getStudy_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.Study#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Acronym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Acronym</em>' attribute.
	 * @see #setAcronym(String)
	 * @see org.trialbench.protocol.ProtocolPackage#getStudy_Acronym()
	 * @model
	 * @generated
	 */
	String getAcronym();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.Study#getAcronym <em>Acronym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acronym</em>' attribute.
	 * @see #getAcronym()
	 * @generated
	 */
	void setAcronym(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Protocol version label, e.g. 2.0; subjects record the consent version they signed separately.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.trialbench.protocol.ProtocolPackage#getStudy_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.Study#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Version Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version Date</em>' attribute.
	 * @see #setVersionDate(LocalDate)
	 * @see org.trialbench.protocol.ProtocolPackage#getStudy_VersionDate()
	 * @model dataType="org.trialbench.protocol.LocalDate"
	 * @generated
	 */
	LocalDate getVersionDate();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.Study#getVersionDate <em>Version Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version Date</em>' attribute.
	 * @see #getVersionDate()
	 * @generated
	 */
	void setVersionDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Sponsor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sponsor</em>' attribute.
	 * @see #setSponsor(String)
	 * @see org.trialbench.protocol.ProtocolPackage#getStudy_Sponsor()
	 * @model
	 * @generated
	 */
	String getSponsor();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.Study#getSponsor <em>Sponsor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sponsor</em>' attribute.
	 * @see #getSponsor()
	 * @generated
	 */
	void setSponsor(String value);

	/**
	 * Returns the value of the '<em><b>Registration Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Trial registry identifier (e.g. NCT or EU CT number).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Registration Id</em>' attribute.
	 * @see #setRegistrationId(String)
	 * @see org.trialbench.protocol.ProtocolPackage#getStudy_RegistrationId()
	 * @model
	 * @generated
	 */
	String getRegistrationId();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.Study#getRegistrationId <em>Registration Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Registration Id</em>' attribute.
	 * @see #getRegistrationId()
	 * @generated
	 */
	void setRegistrationId(String value);

	/**
	 * Returns the value of the '<em><b>Primary Time Point Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days after the procedure at which the primary outcome is assessed (e.g. 90 or 180).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Primary Time Point Days</em>' attribute.
	 * @see #setPrimaryTimePointDays(int)
	 * @see org.trialbench.protocol.ProtocolPackage#getStudy_PrimaryTimePointDays()
	 * @model
	 * @generated
	 */
	int getPrimaryTimePointDays();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.Study#getPrimaryTimePointDays <em>Primary Time Point Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Primary Time Point Days</em>' attribute.
	 * @see #getPrimaryTimePointDays()
	 * @generated
	 */
	void setPrimaryTimePointDays(int value);

	/**
	 * Returns the value of the '<em><b>Arms</b></em>' containment reference list.
	 * The list contents are of type {@link org.trialbench.protocol.Arm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Arms</em>' containment reference list.
	 * @see org.trialbench.protocol.ProtocolPackage#getStudy_Arms()
	 * @model containment="true"
	 * @generated
	 */
	EList<Arm> getArms();

	/**
	 * Returns the value of the '<em><b>Stratification Factors</b></em>' containment reference list.
	 * The list contents are of type {@link org.trialbench.protocol.StratificationFactor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stratification Factors</em>' containment reference list.
	 * @see org.trialbench.protocol.ProtocolPackage#getStudy_StratificationFactors()
	 * @model containment="true"
	 * @generated
	 */
	EList<StratificationFactor> getStratificationFactors();

	/**
	 * Returns the value of the '<em><b>Randomization Scheme</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Randomization Scheme</em>' containment reference.
	 * @see #setRandomizationScheme(RandomizationScheme)
	 * @see org.trialbench.protocol.ProtocolPackage#getStudy_RandomizationScheme()
	 * @model containment="true"
	 * @generated
	 */
	RandomizationScheme getRandomizationScheme();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.Study#getRandomizationScheme <em>Randomization Scheme</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Randomization Scheme</em>' containment reference.
	 * @see #getRandomizationScheme()
	 * @generated
	 */
	void setRandomizationScheme(RandomizationScheme value);

	/**
	 * Returns the value of the '<em><b>Visits</b></em>' containment reference list.
	 * The list contents are of type {@link org.trialbench.protocol.VisitDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The schedule of assessments, in schedule order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Visits</em>' containment reference list.
	 * @see org.trialbench.protocol.ProtocolPackage#getStudy_Visits()
	 * @model containment="true"
	 * @generated
	 */
	EList<VisitDefinition> getVisits();

	/**
	 * Returns the value of the '<em><b>Forms</b></em>' containment reference list.
	 * The list contents are of type {@link org.trialbench.protocol.FormDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Forms</em>' containment reference list.
	 * @see org.trialbench.protocol.ProtocolPackage#getStudy_Forms()
	 * @model containment="true"
	 * @generated
	 */
	EList<FormDefinition> getForms();

	/**
	 * Returns the value of the '<em><b>Code Lists</b></em>' containment reference list.
	 * The list contents are of type {@link org.trialbench.protocol.CodeList}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code Lists</em>' containment reference list.
	 * @see org.trialbench.protocol.ProtocolPackage#getStudy_CodeLists()
	 * @model containment="true"
	 * @generated
	 */
	EList<CodeList> getCodeLists();

	/**
	 * Returns the value of the '<em><b>Derivations</b></em>' containment reference list.
	 * The list contents are of type {@link org.trialbench.protocol.Derivation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Derivations</em>' containment reference list.
	 * @see org.trialbench.protocol.ProtocolPackage#getStudy_Derivations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Derivation> getDerivations();

	/**
	 * Returns the value of the '<em><b>Edit Checks</b></em>' containment reference list.
	 * The list contents are of type {@link org.trialbench.protocol.EditCheck}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Edit Checks</em>' containment reference list.
	 * @see org.trialbench.protocol.ProtocolPackage#getStudy_EditChecks()
	 * @model containment="true"
	 * @generated
	 */
	EList<EditCheck> getEditChecks();

	/**
	 * Returns the value of the '<em><b>Eligibility Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link org.trialbench.protocol.EligibilityCriterion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Eligibility Criteria</em>' containment reference list.
	 * @see org.trialbench.protocol.ProtocolPackage#getStudy_EligibilityCriteria()
	 * @model containment="true"
	 * @generated
	 */
	EList<EligibilityCriterion> getEligibilityCriteria();

	/**
	 * Returns the value of the '<em><b>Endpoints</b></em>' containment reference list.
	 * The list contents are of type {@link org.trialbench.protocol.Endpoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Endpoints</em>' containment reference list.
	 * @see org.trialbench.protocol.ProtocolPackage#getStudy_Endpoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<Endpoint> getEndpoints();

	/**
	 * Returns the value of the '<em><b>Analysis Populations</b></em>' containment reference list.
	 * The list contents are of type {@link org.trialbench.protocol.AnalysisPopulation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Analysis Populations</em>' containment reference list.
	 * @see org.trialbench.protocol.ProtocolPackage#getStudy_AnalysisPopulations()
	 * @model containment="true"
	 * @generated
	 */
	EList<AnalysisPopulation> getAnalysisPopulations();

	/**
	 * Returns the value of the '<em><b>Sdv Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sdv Plan</em>' containment reference.
	 * @see #setSdvPlan(SdvPlan)
	 * @see org.trialbench.protocol.ProtocolPackage#getStudy_SdvPlan()
	 * @model containment="true"
	 * @generated
	 */
	SdvPlan getSdvPlan();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.Study#getSdvPlan <em>Sdv Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sdv Plan</em>' containment reference.
	 * @see #getSdvPlan()
	 * @generated
	 */
	void setSdvPlan(SdvPlan value);

	/**
	 * Returns the value of the '<em><b>Adverse Event Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adverse Event Settings</em>' containment reference.
	 * @see #setAdverseEventSettings(AdverseEventSettings)
	 * @see org.trialbench.protocol.ProtocolPackage#getStudy_AdverseEventSettings()
	 * @model containment="true"
	 * @generated
	 */
	AdverseEventSettings getAdverseEventSettings();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.Study#getAdverseEventSettings <em>Adverse Event Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adverse Event Settings</em>' containment reference.
	 * @see #getAdverseEventSettings()
	 * @generated
	 */
	void setAdverseEventSettings(AdverseEventSettings value);

	/**
	 * Returns the value of the '<em><b>Adjudication Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adjudication Settings</em>' containment reference.
	 * @see #setAdjudicationSettings(AdjudicationSettings)
	 * @see org.trialbench.protocol.ProtocolPackage#getStudy_AdjudicationSettings()
	 * @model containment="true"
	 * @generated
	 */
	AdjudicationSettings getAdjudicationSettings();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.Study#getAdjudicationSettings <em>Adjudication Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adjudication Settings</em>' containment reference.
	 * @see #getAdjudicationSettings()
	 * @generated
	 */
	void setAdjudicationSettings(AdjudicationSettings value);

} // Study
