/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.trialbench.protocol.ProtocolPackage;
import org.trialbench.protocol.RandomizationMethod;
import org.trialbench.protocol.RandomizationScheme;
import org.trialbench.protocol.StratificationFactor;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Randomization Scheme</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.impl.RandomizationSchemeImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.RandomizationSchemeImpl#getBlockSizes <em>Block Sizes</em>}</li>
 *   <li>{@link org.trialbench.protocol.impl.RandomizationSchemeImpl#getStratifiedBy <em>Stratified By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RandomizationSchemeImpl extends ProtocolElementImpl implements RandomizationScheme {
	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final RandomizationMethod METHOD_EDEFAULT = RandomizationMethod.PERMUTED_BLOCKS;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected RandomizationMethod method = METHOD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBlockSizes() <em>Block Sizes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlockSizes()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> blockSizes;

	/**
	 * The cached value of the '{@link #getStratifiedBy() <em>Stratified By</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStratifiedBy()
	 * @generated
	 * @ordered
	 */
	protected EList<StratificationFactor> stratifiedBy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RandomizationSchemeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProtocolPackage.Literals.RANDOMIZATION_SCHEME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RandomizationMethod getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(RandomizationMethod newMethod) {
		RandomizationMethod oldMethod = method;
		method = newMethod == null ? METHOD_EDEFAULT : newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProtocolPackage.RANDOMIZATION_SCHEME__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getBlockSizes() {
		if (blockSizes == null) {
			blockSizes = new EDataTypeEList<Integer>(Integer.class, this, ProtocolPackage.RANDOMIZATION_SCHEME__BLOCK_SIZES);
		}
		return blockSizes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StratificationFactor> getStratifiedBy() {
		if (stratifiedBy == null) {
			stratifiedBy = new EObjectResolvingEList<StratificationFactor>(StratificationFactor.class, this, ProtocolPackage.RANDOMIZATION_SCHEME__STRATIFIED_BY);
		}
		return stratifiedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProtocolPackage.RANDOMIZATION_SCHEME__METHOD:
				return getMethod();
			case ProtocolPackage.RANDOMIZATION_SCHEME__BLOCK_SIZES:
				return getBlockSizes();
			case ProtocolPackage.RANDOMIZATION_SCHEME__STRATIFIED_BY:
				return getStratifiedBy();
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
			case ProtocolPackage.RANDOMIZATION_SCHEME__METHOD:
				setMethod((RandomizationMethod)newValue);
				return;
			case ProtocolPackage.RANDOMIZATION_SCHEME__BLOCK_SIZES:
				getBlockSizes().clear();
				getBlockSizes().addAll((Collection<? extends Integer>)newValue);
				return;
			case ProtocolPackage.RANDOMIZATION_SCHEME__STRATIFIED_BY:
				getStratifiedBy().clear();
				getStratifiedBy().addAll((Collection<? extends StratificationFactor>)newValue);
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
			case ProtocolPackage.RANDOMIZATION_SCHEME__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case ProtocolPackage.RANDOMIZATION_SCHEME__BLOCK_SIZES:
				getBlockSizes().clear();
				return;
			case ProtocolPackage.RANDOMIZATION_SCHEME__STRATIFIED_BY:
				getStratifiedBy().clear();
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
			case ProtocolPackage.RANDOMIZATION_SCHEME__METHOD:
				return method != METHOD_EDEFAULT;
			case ProtocolPackage.RANDOMIZATION_SCHEME__BLOCK_SIZES:
				return blockSizes != null && !blockSizes.isEmpty();
			case ProtocolPackage.RANDOMIZATION_SCHEME__STRATIFIED_BY:
				return stratifiedBy != null && !stratifiedBy.isEmpty();
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
		result.append(" (method: ");
		result.append(method);
		result.append(", blockSizes: ");
		result.append(blockSizes);
		result.append(')');
		return result.toString();
	}

} //RandomizationSchemeImpl
