/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.clinical;

import org.eclipse.emf.common.util.EList;

import org.trialbench.protocol.Study;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trial</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.clinical.Trial#getName <em>Name</em>}</li>
 *   <li>{@link org.trialbench.clinical.Trial#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link org.trialbench.clinical.Trial#getSites <em>Sites</em>}</li>
 *   <li>{@link org.trialbench.clinical.Trial#getUsers <em>Users</em>}</li>
 *   <li>{@link org.trialbench.clinical.Trial#getAdjudicationCases <em>Adjudication Cases</em>}</li>
 * </ul>
 *
 * @see org.trialbench.clinical.ClinicalPackage#getTrial()
 * @model
 * @generated
 */
public interface Trial extends ClinicalObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getTrial_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Trial#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol</em>' reference.
	 * @see #setProtocol(Study)
	 * @see org.trialbench.clinical.ClinicalPackage#getTrial_Protocol()
	 * @model required="true"
	 * @generated
	 */
	Study getProtocol();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.Trial#getProtocol <em>Protocol</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' reference.
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(Study value);

	/**
	 * Returns the value of the '<em><b>Sites</b></em>' containment reference list.
	 * The list contents are of type {@link org.trialbench.clinical.Site}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sites</em>' containment reference list.
	 * @see org.trialbench.clinical.ClinicalPackage#getTrial_Sites()
	 * @model containment="true"
	 * @generated
	 */
	EList<Site> getSites();

	/**
	 * Returns the value of the '<em><b>Users</b></em>' containment reference list.
	 * The list contents are of type {@link org.trialbench.clinical.User}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Users</em>' containment reference list.
	 * @see org.trialbench.clinical.ClinicalPackage#getTrial_Users()
	 * @model containment="true"
	 * @generated
	 */
	EList<User> getUsers();

	/**
	 * Returns the value of the '<em><b>Adjudication Cases</b></em>' containment reference list.
	 * The list contents are of type {@link org.trialbench.clinical.AdjudicationCase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adjudication Cases</em>' containment reference list.
	 * @see org.trialbench.clinical.ClinicalPackage#getTrial_AdjudicationCases()
	 * @model containment="true"
	 * @generated
	 */
	EList<AdjudicationCase> getAdjudicationCases();

} // Trial
