/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.trialbench.protocol.AdjudicationSettings;
import org.trialbench.protocol.AdverseEventSettings;
import org.trialbench.protocol.AnalysisPopulation;
import org.trialbench.protocol.Arm;
import org.trialbench.protocol.CodeList;
import org.trialbench.protocol.Derivation;
import org.trialbench.protocol.EditCheck;
import org.trialbench.protocol.EligibilityCriterion;
import org.trialbench.protocol.Endpoint;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ProtocolPackage;
import org.trialbench.protocol.RandomizationScheme;
import org.trialbench.protocol.SdvPlan;
import org.trialbench.protocol.StratificationFactor;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.VisitDefinition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Study</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.impl.StudyImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.StudyImpl#getAcronym <em>Acronym</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.StudyImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.StudyImpl#getVersionDate <em>Version Date</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.StudyImpl#getSponsor <em>Sponsor</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.StudyImpl#getRegistrationId <em>Registration Id</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.StudyImpl#getPrimaryTimePointDays <em>Primary Time Point Days</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.StudyImpl#getArms <em>Arms</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.StudyImpl#getStratificationFactors <em>Stratification Factors</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.StudyImpl#getRandomizationScheme <em>Randomization Scheme</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.StudyImpl#getVisits <em>Visits</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.StudyImpl#getForms <em>Forms</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.StudyImpl#getCodeLists <em>Code Lists</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.StudyImpl#getDerivations <em>Derivations</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.StudyImpl#getEditChecks <em>Edit Checks</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.StudyImpl#getEligibilityCriteria <em>Eligibility Criteria</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.StudyImpl#getEndpoints <em>Endpoints</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.StudyImpl#getAnalysisPopulations <em>Analysis Populations</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.StudyImpl#getSdvPlan <em>Sdv Plan</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.StudyImpl#getAdverseEventSettings <em>Adverse Event Settings</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.StudyImpl#getAdjudicationSettings <em>Adjudication Settings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StudyImpl extends ProtocolElementImpl implements Study {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAcronym() <em>Acronym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcronym()
	 * @generated
	 * @ordered
	 */
	protected static final String ACRONYM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAcronym() <em>Acronym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcronym()
	 * @generated
	 * @ordered
	 */
	protected String acronym = ACRONYM_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersionDate() <em>Version Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersionDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate VERSION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersionDate() <em>Version Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersionDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate versionDate = VERSION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSponsor() <em>Sponsor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSponsor()
	 * @generated
	 * @ordered
	 */
	protected static final String SPONSOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSponsor() <em>Sponsor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSponsor()
	 * @generated
	 * @ordered
	 */
	protected String sponsor = SPONSOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegistrationId() <em>Registration Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegistrationId()
	 * @generated
	 * @ordered
	 */
	protected static final String REGISTRATION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegistrationId() <em>Registration Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegistrationId()
	 * @generated
	 * @ordered
	 */
	protected String registrationId = REGISTRATION_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrimaryTimePointDays() <em>Primary Time Point Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrimaryTimePointDays()
	 * @generated
	 * @ordered
	 */
	protected static final int PRIMARY_TIME_POINT_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPrimaryTimePointDays() <em>Primary Time Point Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrimaryTimePointDays()
	 * @generated
	 * @ordered
	 */
	protected int primaryTimePointDays = PRIMARY_TIME_POINT_DAYS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getArms() <em>Arms</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArms()
	 * @generated
	 * @ordered
	 */
	protected EList<Arm> arms;

	/**
	 * The cached value of the '{@link #getStratificationFactors() <em>Stratification Factors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStratificationFactors()
	 * @generated
	 * @ordered
	 */
	protected EList<StratificationFactor> stratificationFactors;

	/**
	 * The cached value of the '{@link #getRandomizationScheme() <em>Randomization Scheme</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRandomizationScheme()
	 * @generated
	 * @ordered
	 */
	protected RandomizationScheme randomizationScheme;

	/**
	 * The cached value of the '{@link #getVisits() <em>Visits</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisits()
	 * @generated
	 * @ordered
	 */
	protected EList<VisitDefinition> visits;

	/**
	 * The cached value of the '{@link #getForms() <em>Forms</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForms()
	 * @generated
	 * @ordered
	 */
	protected EList<FormDefinition> forms;

	/**
	 * The cached value of the '{@link #getCodeLists() <em>Code Lists</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodeLists()
	 * @generated
	 * @ordered
	 */
	protected EList<CodeList> codeLists;

	/**
	 * The cached value of the '{@link #getDerivations() <em>Derivations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDerivations()
	 * @generated
	 * @ordered
	 */
	protected EList<Derivation> derivations;

	/**
	 * The cached value of the '{@link #getEditChecks() <em>Edit Checks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEditChecks()
	 * @generated
	 * @ordered
	 */
	protected EList<EditCheck> editChecks;

	/**
	 * The cached value of the '{@link #getEligibilityCriteria() <em>Eligibility Criteria</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEligibilityCriteria()
	 * @generated
	 * @ordered
	 */
	protected EList<EligibilityCriterion> eligibilityCriteria;

	/**
	 * The cached value of the '{@link #getEndpoints() <em>Endpoints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndpoints()
	 * @generated
	 * @ordered
	 */
	protected EList<Endpoint> endpoints;

	/**
	 * The cached value of the '{@link #getAnalysisPopulations() <em>Analysis Populations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalysisPopulations()
	 * @generated
	 * @ordered
	 */
	protected EList<AnalysisPopulation> analysisPopulations;

	/**
	 * The cached value of the '{@link #getSdvPlan() <em>Sdv Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSdvPlan()
	 * @generated
	 * @ordered
	 */
	protected SdvPlan sdvPlan;

	/**
	 * The cached value of the '{@link #getAdverseEventSettings() <em>Adverse Event Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdverseEventSettings()
	 * @generated
	 * @ordered
	 */
	protected AdverseEventSettings adverseEventSettings;

	/**
	 * The cached value of the '{@link #getAdjudicationSettings() <em>Adjudication Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdjudicationSettings()
	 * @generated
	 * @ordered
	 */
	protected AdjudicationSettings adjudicationSettings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StudyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProtocolPackage.Literals.STUDY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.STUDY__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAcronym() {
		return acronym;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcronym(String newAcronym) {
		String oldAcronym = acronym;
		acronym = newAcronym;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.STUDY__ACRONYM, oldAcronym, acronym));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.STUDY__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getVersionDate() {
		return versionDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersionDate(LocalDate newVersionDate) {
		LocalDate oldVersionDate = versionDate;
		versionDate = newVersionDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.STUDY__VERSION_DATE, oldVersionDate, versionDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSponsor() {
		return sponsor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSponsor(String newSponsor) {
		String oldSponsor = sponsor;
		sponsor = newSponsor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.STUDY__SPONSOR, oldSponsor, sponsor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegistrationId() {
		return registrationId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegistrationId(String newRegistrationId) {
		String oldRegistrationId = registrationId;
		registrationId = newRegistrationId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.STUDY__REGISTRATION_ID, oldRegistrationId, registrationId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPrimaryTimePointDays() {
		return primaryTimePointDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrimaryTimePointDays(int newPrimaryTimePointDays) {
		int oldPrimaryTimePointDays = primaryTimePointDays;
		primaryTimePointDays = newPrimaryTimePointDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.STUDY__PRIMARY_TIME_POINT_DAYS, oldPrimaryTimePointDays, primaryTimePointDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Arm> getArms() {
		if (arms == null) {
			arms = new EObjectContainmentEList<Arm>(Arm.class, this, ProtocolPackage.STUDY__ARMS);
		}
		return arms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StratificationFactor> getStratificationFactors() {
		if (stratificationFactors == null) {
			stratificationFactors = new EObjectContainmentEList<StratificationFactor>(StratificationFactor.class, this, ProtocolPackage.STUDY__STRATIFICATION_FACTORS);
		}
		return stratificationFactors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RandomizationScheme getRandomizationScheme() {
		return randomizationScheme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRandomizationScheme(RandomizationScheme newRandomizationScheme, NotificationChain msgs) {
		RandomizationScheme oldRandomizationScheme = randomizationScheme;
		randomizationScheme = newRandomizationScheme;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProtocolPackage.STUDY__RANDOMIZATION_SCHEME, oldRandomizationScheme, newRandomizationScheme);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRandomizationScheme(RandomizationScheme newRandomizationScheme) {
		if (newRandomizationScheme != randomizationScheme) {
			NotificationChain msgs = null;
			if (randomizationScheme != null)
				msgs = ((InternalEObject)randomizationScheme).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ProtocolPackage.STUDY__RANDOMIZATION_SCHEME, null, msgs);
			if (newRandomizationScheme != null)
				msgs = ((InternalEObject)newRandomizationScheme).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ProtocolPackage.STUDY__RANDOMIZATION_SCHEME, null, msgs);
			msgs = basicSetRandomizationScheme(newRandomizationScheme, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.STUDY__RANDOMIZATION_SCHEME, newRandomizationScheme, newRandomizationScheme));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VisitDefinition> getVisits() {
		if (visits == null) {
			visits = new EObjectContainmentEList<VisitDefinition>(VisitDefinition.class, this, ProtocolPackage.STUDY__VISITS);
		}
		return visits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FormDefinition> getForms() {
		if (forms == null) {
			forms = new EObjectContainmentEList<FormDefinition>(FormDefinition.class, this, ProtocolPackage.STUDY__FORMS);
		}
		return forms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CodeList> getCodeLists() {
		if (codeLists == null) {
			codeLists = new EObjectContainmentEList<CodeList>(CodeList.class, this, ProtocolPackage.STUDY__CODE_LISTS);
		}
		return codeLists;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Derivation> getDerivations() {
		if (derivations == null) {
			derivations = new EObjectContainmentEList<Derivation>(Derivation.class, this, ProtocolPackage.STUDY__DERIVATIONS);
		}
		return derivations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EditCheck> getEditChecks() {
		if (editChecks == null) {
			editChecks = new EObjectContainmentEList<EditCheck>(EditCheck.class, this, ProtocolPackage.STUDY__EDIT_CHECKS);
		}
		return editChecks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EligibilityCriterion> getEligibilityCriteria() {
		if (eligibilityCriteria == null) {
			eligibilityCriteria = new EObjectContainmentEList<EligibilityCriterion>(EligibilityCriterion.class, this, ProtocolPackage.STUDY__ELIGIBILITY_CRITERIA);
		}
		return eligibilityCriteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Endpoint> getEndpoints() {
		if (endpoints == null) {
			endpoints = new EObjectContainmentEList<Endpoint>(Endpoint.class, this, ProtocolPackage.STUDY__ENDPOINTS);
		}
		return endpoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AnalysisPopulation> getAnalysisPopulations() {
		if (analysisPopulations == null) {
			analysisPopulations = new EObjectContainmentEList<AnalysisPopulation>(AnalysisPopulation.class, this, ProtocolPackage.STUDY__ANALYSIS_POPULATIONS);
		}
		return analysisPopulations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SdvPlan getSdvPlan() {
		return sdvPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSdvPlan(SdvPlan newSdvPlan, NotificationChain msgs) {
		SdvPlan oldSdvPlan = sdvPlan;
		sdvPlan = newSdvPlan;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProtocolPackage.STUDY__SDV_PLAN, oldSdvPlan, newSdvPlan);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSdvPlan(SdvPlan newSdvPlan) {
		if (newSdvPlan != sdvPlan) {
			NotificationChain msgs = null;
			if (sdvPlan != null)
				msgs = ((InternalEObject)sdvPlan).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ProtocolPackage.STUDY__SDV_PLAN, null, msgs);
			if (newSdvPlan != null)
				msgs = ((InternalEObject)newSdvPlan).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ProtocolPackage.STUDY__SDV_PLAN, null, msgs);
			msgs = basicSetSdvPlan(newSdvPlan, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.STUDY__SDV_PLAN, newSdvPlan, newSdvPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdverseEventSettings getAdverseEventSettings() {
		return adverseEventSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAdverseEventSettings(AdverseEventSettings newAdverseEventSettings, NotificationChain msgs) {
		AdverseEventSettings oldAdverseEventSettings = adverseEventSettings;
		adverseEventSettings = newAdverseEventSettings;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProtocolPackage.STUDY__ADVERSE_EVENT_SETTINGS, oldAdverseEventSettings, newAdverseEventSettings);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdverseEventSettings(AdverseEventSettings newAdverseEventSettings) {
		if (newAdverseEventSettings != adverseEventSettings) {
			NotificationChain msgs = null;
			if (adverseEventSettings != null)
				msgs = ((InternalEObject)adverseEventSettings).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ProtocolPackage.STUDY__ADVERSE_EVENT_SETTINGS, null, msgs);
			if (newAdverseEventSettings != null)
				msgs = ((InternalEObject)newAdverseEventSettings).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ProtocolPackage.STUDY__ADVERSE_EVENT_SETTINGS, null, msgs);
			msgs = basicSetAdverseEventSettings(newAdverseEventSettings, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.STUDY__ADVERSE_EVENT_SETTINGS, newAdverseEventSettings, newAdverseEventSettings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdjudicationSettings getAdjudicationSettings() {
		return adjudicationSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAdjudicationSettings(AdjudicationSettings newAdjudicationSettings, NotificationChain msgs) {
		AdjudicationSettings oldAdjudicationSettings = adjudicationSettings;
		adjudicationSettings = newAdjudicationSettings;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProtocolPackage.STUDY__ADJUDICATION_SETTINGS, oldAdjudicationSettings, newAdjudicationSettings);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdjudicationSettings(AdjudicationSettings newAdjudicationSettings) {
		if (newAdjudicationSettings != adjudicationSettings) {
			NotificationChain msgs = null;
			if (adjudicationSettings != null)
				msgs = ((InternalEObject)adjudicationSettings).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ProtocolPackage.STUDY__ADJUDICATION_SETTINGS, null, msgs);
			if (newAdjudicationSettings != null)
				msgs = ((InternalEObject)newAdjudicationSettings).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ProtocolPackage.STUDY__ADJUDICATION_SETTINGS, null, msgs);
			msgs = basicSetAdjudicationSettings(newAdjudicationSettings, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.STUDY__ADJUDICATION_SETTINGS, newAdjudicationSettings, newAdjudicationSettings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProtocolPackage.STUDY__ARMS:
				return ((InternalEList<?>)getArms()).basicRemove(otherEnd, msgs);
			case ProtocolPackage.STUDY__STRATIFICATION_FACTORS:
				return ((InternalEList<?>)getStratificationFactors()).basicRemove(otherEnd, msgs);
			case ProtocolPackage.STUDY__RANDOMIZATION_SCHEME:
				return basicSetRandomizationScheme(null, msgs);
			case ProtocolPackage.STUDY__VISITS:
				return ((InternalEList<?>)getVisits()).basicRemove(otherEnd, msgs);
			case ProtocolPackage.STUDY__FORMS:
				return ((InternalEList<?>)getForms()).basicRemove(otherEnd, msgs);
			case ProtocolPackage.STUDY__CODE_LISTS:
				return ((InternalEList<?>)getCodeLists()).basicRemove(otherEnd, msgs);
			case ProtocolPackage.STUDY__DERIVATIONS:
				return ((InternalEList<?>)getDerivations()).basicRemove(otherEnd, msgs);
			case ProtocolPackage.STUDY__EDIT_CHECKS:
				return ((InternalEList<?>)getEditChecks()).basicRemove(otherEnd, msgs);
			case ProtocolPackage.STUDY__ELIGIBILITY_CRITERIA:
				return ((InternalEList<?>)getEligibilityCriteria()).basicRemove(otherEnd, msgs);
			case ProtocolPackage.STUDY__ENDPOINTS:
				return ((InternalEList<?>)getEndpoints()).basicRemove(otherEnd, msgs);
			case ProtocolPackage.STUDY__ANALYSIS_POPULATIONS:
				return ((InternalEList<?>)getAnalysisPopulations()).basicRemove(otherEnd, msgs);
			case ProtocolPackage.STUDY__SDV_PLAN:
				return basicSetSdvPlan(null, msgs);
			case ProtocolPackage.STUDY__ADVERSE_EVENT_SETTINGS:
				return basicSetAdverseEventSettings(null, msgs);
			case ProtocolPackage.STUDY__ADJUDICATION_SETTINGS:
				return basicSetAdjudicationSettings(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProtocolPackage.STUDY__TITLE:
				return getTitle();
			case ProtocolPackage.STUDY__ACRONYM:
				return getAcronym();
			case ProtocolPackage.STUDY__VERSION:
				return getVersion();
			case ProtocolPackage.STUDY__VERSION_DATE:
				return getVersionDate();
			case ProtocolPackage.STUDY__SPONSOR:
				return getSponsor();
			case ProtocolPackage.STUDY__REGISTRATION_ID:
				return getRegistrationId();
			case ProtocolPackage.STUDY__PRIMARY_TIME_POINT_DAYS:
				return getPrimaryTimePointDays();
			case ProtocolPackage.STUDY__ARMS:
				return getArms();
			case ProtocolPackage.STUDY__STRATIFICATION_FACTORS:
				return getStratificationFactors();
			case ProtocolPackage.STUDY__RANDOMIZATION_SCHEME:
				return getRandomizationScheme();
			case ProtocolPackage.STUDY__VISITS:
				return getVisits();
			case ProtocolPackage.STUDY__FORMS:
				return getForms();
			case ProtocolPackage.STUDY__CODE_LISTS:
				return getCodeLists();
			case ProtocolPackage.STUDY__DERIVATIONS:
				return getDerivations();
			case ProtocolPackage.STUDY__EDIT_CHECKS:
				return getEditChecks();
			case ProtocolPackage.STUDY__ELIGIBILITY_CRITERIA:
				return getEligibilityCriteria();
			case ProtocolPackage.STUDY__ENDPOINTS:
				return getEndpoints();
			case ProtocolPackage.STUDY__ANALYSIS_POPULATIONS:
				return getAnalysisPopulations();
			case ProtocolPackage.STUDY__SDV_PLAN:
				return getSdvPlan();
			case ProtocolPackage.STUDY__ADVERSE_EVENT_SETTINGS:
				return getAdverseEventSettings();
			case ProtocolPackage.STUDY__ADJUDICATION_SETTINGS:
				return getAdjudicationSettings();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ProtocolPackage.STUDY__TITLE:
				setTitle((String)newValue);
				return;
			case ProtocolPackage.STUDY__ACRONYM:
				setAcronym((String)newValue);
				return;
			case ProtocolPackage.STUDY__VERSION:
				setVersion((String)newValue);
				return;
			case ProtocolPackage.STUDY__VERSION_DATE:
				setVersionDate((LocalDate)newValue);
				return;
			case ProtocolPackage.STUDY__SPONSOR:
				setSponsor((String)newValue);
				return;
			case ProtocolPackage.STUDY__REGISTRATION_ID:
				setRegistrationId((String)newValue);
				return;
			case ProtocolPackage.STUDY__PRIMARY_TIME_POINT_DAYS:
				setPrimaryTimePointDays((Integer)newValue);
				return;
			case ProtocolPackage.STUDY__ARMS:
				getArms().clear();
				getArms().addAll((Collection<? extends Arm>)newValue);
				return;
			case ProtocolPackage.STUDY__STRATIFICATION_FACTORS:
				getStratificationFactors().clear();
				getStratificationFactors().addAll((Collection<? extends StratificationFactor>)newValue);
				return;
			case ProtocolPackage.STUDY__RANDOMIZATION_SCHEME:
				setRandomizationScheme((RandomizationScheme)newValue);
				return;
			case ProtocolPackage.STUDY__VISITS:
				getVisits().clear();
				getVisits().addAll((Collection<? extends VisitDefinition>)newValue);
				return;
			case ProtocolPackage.STUDY__FORMS:
				getForms().clear();
				getForms().addAll((Collection<? extends FormDefinition>)newValue);
				return;
			case ProtocolPackage.STUDY__CODE_LISTS:
				getCodeLists().clear();
				getCodeLists().addAll((Collection<? extends CodeList>)newValue);
				return;
			case ProtocolPackage.STUDY__DERIVATIONS:
				getDerivations().clear();
				getDerivations().addAll((Collection<? extends Derivation>)newValue);
				return;
			case ProtocolPackage.STUDY__EDIT_CHECKS:
				getEditChecks().clear();
				getEditChecks().addAll((Collection<? extends EditCheck>)newValue);
				return;
			case ProtocolPackage.STUDY__ELIGIBILITY_CRITERIA:
				getEligibilityCriteria().clear();
				getEligibilityCriteria().addAll((Collection<? extends EligibilityCriterion>)newValue);
				return;
			case ProtocolPackage.STUDY__ENDPOINTS:
				getEndpoints().clear();
				getEndpoints().addAll((Collection<? extends Endpoint>)newValue);
				return;
			case ProtocolPackage.STUDY__ANALYSIS_POPULATIONS:
				getAnalysisPopulations().clear();
				getAnalysisPopulations().addAll((Collection<? extends AnalysisPopulation>)newValue);
				return;
			case ProtocolPackage.STUDY__SDV_PLAN:
				setSdvPlan((SdvPlan)newValue);
				return;
			case ProtocolPackage.STUDY__ADVERSE_EVENT_SETTINGS:
				setAdverseEventSettings((AdverseEventSettings)newValue);
				return;
			case ProtocolPackage.STUDY__ADJUDICATION_SETTINGS:
				setAdjudicationSettings((AdjudicationSettings)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ProtocolPackage.STUDY__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ProtocolPackage.STUDY__ACRONYM:
				setAcronym(ACRONYM_EDEFAULT);
				return;
			case ProtocolPackage.STUDY__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case ProtocolPackage.STUDY__VERSION_DATE:
				setVersionDate(VERSION_DATE_EDEFAULT);
				return;
			case ProtocolPackage.STUDY__SPONSOR:
				setSponsor(SPONSOR_EDEFAULT);
				return;
			case ProtocolPackage.STUDY__REGISTRATION_ID:
				setRegistrationId(REGISTRATION_ID_EDEFAULT);
				return;
			case ProtocolPackage.STUDY__PRIMARY_TIME_POINT_DAYS:
				setPrimaryTimePointDays(PRIMARY_TIME_POINT_DAYS_EDEFAULT);
				return;
			case ProtocolPackage.STUDY__ARMS:
				getArms().clear();
				return;
			case ProtocolPackage.STUDY__STRATIFICATION_FACTORS:
				getStratificationFactors().clear();
				return;
			case ProtocolPackage.STUDY__RANDOMIZATION_SCHEME:
				setRandomizationScheme((RandomizationScheme)null);
				return;
			case ProtocolPackage.STUDY__VISITS:
				getVisits().clear();
				return;
			case ProtocolPackage.STUDY__FORMS:
				getForms().clear();
				return;
			case ProtocolPackage.STUDY__CODE_LISTS:
				getCodeLists().clear();
				return;
			case ProtocolPackage.STUDY__DERIVATIONS:
				getDerivations().clear();
				return;
			case ProtocolPackage.STUDY__EDIT_CHECKS:
				getEditChecks().clear();
				return;
			case ProtocolPackage.STUDY__ELIGIBILITY_CRITERIA:
				getEligibilityCriteria().clear();
				return;
			case ProtocolPackage.STUDY__ENDPOINTS:
				getEndpoints().clear();
				return;
			case ProtocolPackage.STUDY__ANALYSIS_POPULATIONS:
				getAnalysisPopulations().clear();
				return;
			case ProtocolPackage.STUDY__SDV_PLAN:
				setSdvPlan((SdvPlan)null);
				return;
			case ProtocolPackage.STUDY__ADVERSE_EVENT_SETTINGS:
				setAdverseEventSettings((AdverseEventSettings)null);
				return;
			case ProtocolPackage.STUDY__ADJUDICATION_SETTINGS:
				setAdjudicationSettings((AdjudicationSettings)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ProtocolPackage.STUDY__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ProtocolPackage.STUDY__ACRONYM:
				return ACRONYM_EDEFAULT == null ? acronym != null : !ACRONYM_EDEFAULT.equals(acronym);
			case ProtocolPackage.STUDY__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case ProtocolPackage.STUDY__VERSION_DATE:
				return VERSION_DATE_EDEFAULT == null ? versionDate != null : !VERSION_DATE_EDEFAULT.equals(versionDate);
			case ProtocolPackage.STUDY__SPONSOR:
				return SPONSOR_EDEFAULT == null ? sponsor != null : !SPONSOR_EDEFAULT.equals(sponsor);
			case ProtocolPackage.STUDY__REGISTRATION_ID:
				return REGISTRATION_ID_EDEFAULT == null ? registrationId != null : !REGISTRATION_ID_EDEFAULT.equals(registrationId);
			case ProtocolPackage.STUDY__PRIMARY_TIME_POINT_DAYS:
				return primaryTimePointDays != PRIMARY_TIME_POINT_DAYS_EDEFAULT;
			case ProtocolPackage.STUDY__ARMS:
				return arms != null && !arms.isEmpty();
			case ProtocolPackage.STUDY__STRATIFICATION_FACTORS:
				return stratificationFactors != null && !stratificationFactors.isEmpty();
			case ProtocolPackage.STUDY__RANDOMIZATION_SCHEME:
				return randomizationScheme != null;
			case ProtocolPackage.STUDY__VISITS:
				return visits != null && !visits.isEmpty();
			case ProtocolPackage.STUDY__FORMS:
				return forms != null && !forms.isEmpty();
			case ProtocolPackage.STUDY__CODE_LISTS:
				return codeLists != null && !codeLists.isEmpty();
			case ProtocolPackage.STUDY__DERIVATIONS:
				return derivations != null && !derivations.isEmpty();
			case ProtocolPackage.STUDY__EDIT_CHECKS:
				return editChecks != null && !editChecks.isEmpty();
			case ProtocolPackage.STUDY__ELIGIBILITY_CRITERIA:
				return eligibilityCriteria != null && !eligibilityCriteria.isEmpty();
			case ProtocolPackage.STUDY__ENDPOINTS:
				return endpoints != null && !endpoints.isEmpty();
			case ProtocolPackage.STUDY__ANALYSIS_POPULATIONS:
				return analysisPopulations != null && !analysisPopulations.isEmpty();
			case ProtocolPackage.STUDY__SDV_PLAN:
				return sdvPlan != null;
			case ProtocolPackage.STUDY__ADVERSE_EVENT_SETTINGS:
				return adverseEventSettings != null;
			case ProtocolPackage.STUDY__ADJUDICATION_SETTINGS:
				return adjudicationSettings != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (title: ");
		result.append(title);
		result.append(", acronym: ");
		result.append(acronym);
		result.append(", version: ");
		result.append(version);
		result.append(", versionDate: ");
		result.append(versionDate);
		result.append(", sponsor: ");
		result.append(sponsor);
		result.append(", registrationId: ");
		result.append(registrationId);
		result.append(", primaryTimePointDays: ");
		result.append(primaryTimePointDays);
		result.append(')');
		return result.toString();
	}

} //StudyImpl
