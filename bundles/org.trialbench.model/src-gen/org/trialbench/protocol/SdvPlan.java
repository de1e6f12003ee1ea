/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sdv Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Risk-based source data verification (ICH E6(R3)): 100% of critical items and categories, a reproducible random sample of the rest.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.SdvPlan#getDefaultSampleRate <em>Default Sample Rate</em>}</li>
 *   <li>{@link org.trialbench.protocol.SdvPlan#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.trialbench.protocol.SdvPlan#getCriticalCategories <em>Critical Categories</em>}</li>
 * </ul>
 *
 * @see org.trialbench.protocol.ProtocolPackage#getSdvPlan()
 * @model
 * @generated
 */
public interface SdvPlan extends EObject {
	/**
	 * Returns the value of the '<em><b>Default Sample Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fraction (0..1) of non-critical item values selected for verification.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Default Sample Rate</em>' attribute.
	 * @see #setDefaultSampleRate(double)
	 * @see org.trialbench.protocol.ProtocolPackage#getSdvPlan_DefaultSampleRate()
	 * @model
	 * @generated
	 */
	double getDefaultSampleRate();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.SdvPlan#getDefaultSampleRate <em>Default Sample Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Sample Rate</em>' attribute.
	 * @see #getDefaultSampleRate()
	 * @generated
	 */
	void setDefaultSampleRate(double value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.trialbench.protocol.ProtocolPackage#getSdvPlan_Seed()
	 * @model
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.SdvPlan#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Critical Categories</b></em>' attribute list.
	 * The list contents are of type {@link org.trialbench.protocol.CriticalCategory}.
	 * The literals are from the enumeration {@link org.trialbench.protocol.CriticalCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Critical Categories</em>' attribute list.
	 * @see org.trialbench.protocol.CriticalCategory
	 * @see org.trialbench.protocol.ProtocolPackage#getSdvPlan_CriticalCategories()
	 * @model
	 * @generated
	 */
	EList<CriticalCategory> getCriticalCategories();

} // SdvPlan
