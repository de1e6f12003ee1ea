/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Adverse Event Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.AdverseEventSettings#getGradingScales <em>Grading Scales</em>}</li>
 *   <li>{@link org.trialbench.protocol.AdverseEventSettings#getSeriousnessCriteria <em>Seriousness Criteria</em>}</li>
 *   <li>{@link org.trialbench.protocol.AdverseEventSettings#getMeddraVersion <em>Meddra Version</em>}</li>
 *   <li>{@link org.trialbench.protocol.AdverseEventSettings#getSaeReportingHours <em>Sae Reporting Hours</em>}</li>
 *   <li>{@link org.trialbench.protocol.AdverseEventSettings#getSusarFatalReportingDays <em>Susar Fatal Reporting Days</em>}</li>
 *   <li>{@link org.trialbench.protocol.AdverseEventSettings#getSusarReportingDays <em>Susar Reporting Days</em>}</li>
 *   <li>{@link org.trialbench.protocol.AdverseEventSettings#getReferenceSafetyInformation <em>Reference Safety Information</em>}</li>
 * </ul>
 *
 * @see org.trialbench.protocol.ProtocolPackage#getAdverseEventSettings()
 * @model
 * @generated
 */
public interface AdverseEventSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Grading Scales</b></em>' attribute list.
	 * The list contents are of type {@link org.trialbench.protocol.GradingScale}.
	 * The literals are from the enumeration {@link org.trialbench.protocol.GradingScale}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Grading Scales</em>' attribute list.
	 * @see org.trialbench.protocol.GradingScale
	 * @see org.trialbench.protocol.ProtocolPackage#getAdverseEventSettings_GradingScales()
	 * @model
	 * @generated
	 */
	EList<GradingScale> getGradingScales();

	/**
	 * Returns the value of the '<em><b>Seriousness Criteria</b></em>' attribute list.
	 * The list contents are of type {@link org.trialbench.protocol.SeriousnessCriterion}.
	 * The literals are from the enumeration {@link org.trialbench.protocol.SeriousnessCriterion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The seriousness criteria collected (normally all six of ICH E2A).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seriousness Criteria</em>' attribute list.
	 * @see org.trialbench.protocol.SeriousnessCriterion
	 * @see org.trialbench.protocol.ProtocolPackage#getAdverseEventSettings_SeriousnessCriteria()
	 * @model
	 * @generated
	 */
	EList<SeriousnessCriterion> getSeriousnessCriteria();

	/**
	 * Returns the value of the '<em><b>Meddra Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meddra Version</em>' attribute.
	 * @see #setMeddraVersion(String)
	 * @see org.trialbench.protocol.ProtocolPackage#getAdverseEventSettings_MeddraVersion()
	 * @model
	 * @generated
	 */
	String getMeddraVersion();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.AdverseEventSettings#getMeddraVersion <em>Meddra Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meddra Version</em>' attribute.
	 * @see #getMeddraVersion()
	 * @generated
	 */
	void setMeddraVersion(String value);

	/**
	 * Returns the value of the '<em><b>Sae Reporting Hours</b></em>' attribute.
	 * The default value is <code>"24"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hours from site awareness to the SAE report to the sponsor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sae Reporting Hours</em>' attribute.
	 * @see #setSaeReportingHours(int)
	 * @see org.trialbench.protocol.ProtocolPackage#getAdverseEventSettings_SaeReportingHours()
	 * @model default="24"
	 * @generated
	 */
	int getSaeReportingHours();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.AdverseEventSettings#getSaeReportingHours <em>Sae Reporting Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sae Reporting Hours</em>' attribute.
	 * @see #getSaeReportingHours()
	 * @generated
	 */
	void setSaeReportingHours(int value);

	/**
	 * Returns the value of the '<em><b>Susar Fatal Reporting Days</b></em>' attribute.
	 * The default value is <code>"7"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Susar Fatal Reporting Days</em>' attribute.
	 * @see #setSusarFatalReportingDays(int)
	 * @see org.trialbench.protocol.ProtocolPackage#getAdverseEventSettings_SusarFatalReportingDays()
	 * @model default="7"
	 * @generated
	 */
	int getSusarFatalReportingDays();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.AdverseEventSettings#getSusarFatalReportingDays <em>Susar Fatal Reporting Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Susar Fatal Reporting Days</em>' attribute.
	 * @see #getSusarFatalReportingDays()
	 * @generated
	 */
	void setSusarFatalReportingDays(int value);

	/**
	 * Returns the value of the '<em><b>Susar Reporting Days</b></em>' attribute.
	 * The default value is <code>"15"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Susar Reporting Days</em>' attribute.
	 * @see #setSusarReportingDays(int)
	 * @see org.trialbench.protocol.ProtocolPackage#getAdverseEventSettings_SusarReportingDays()
	 * @model default="15"
	 * @generated
	 */
	int getSusarReportingDays();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.AdverseEventSettings#getSusarReportingDays <em>Susar Reporting Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Susar Reporting Days</em>' attribute.
	 * @see #getSusarReportingDays()
	 * @generated
	 */
	void setSusarReportingDays(int value);

	/**
	 * Returns the value of the '<em><b>Reference Safety Information</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reference Safety Information</em>' containment reference.
	 * @see #setReferenceSafetyInformation(ReferenceSafetyInformation)
	 * @see org.trialbench.protocol.ProtocolPackage#getAdverseEventSettings_ReferenceSafetyInformation()
	 * @model containment="true"
	 * @generated
	 */
	ReferenceSafetyInformation getReferenceSafetyInformation();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.AdverseEventSettings#getReferenceSafetyInformation <em>Reference Safety Information</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference Safety Information</em>' containment reference.
	 * @see #getReferenceSafetyInformation()
	 * @generated
	 */
	void setReferenceSafetyInformation(ReferenceSafetyInformation value);

} // AdverseEventSettings
