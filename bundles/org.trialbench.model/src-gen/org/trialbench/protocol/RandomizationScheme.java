/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Randomization Scheme</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How subjects are allocated. The ratio is given by the arms' allocation ratios. The list seed is deliberately not part of the protocol: concealment requires it to live with the allocation service.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.protocol.RandomizationScheme#getMethod <em>Method</em>}</li>
 *   <li>{@link org.trialbench.protocol.RandomizationScheme#getBlockSizes <em>Block Sizes</em>}</li>
 *   <li>{@link org.trialbench.protocol.RandomizationScheme#getStratifiedBy <em>Stratified By</em>}</li>
 * </ul>
 *
 * @see org.trialbench.protocol.ProtocolPackage#getRandomizationScheme()
 * @model
 * @generated
 */
public interface RandomizationScheme extends ProtocolElement {
	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The default value is <code>"permutedBlocks"</code>.
	 * The literals are from the enumeration {@link org.trialbench.protocol.RandomizationMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see org.trialbench.protocol.RandomizationMethod
	 * @see #setMethod(RandomizationMethod)
	 * @see org.trialbench.protocol.ProtocolPackage#getRandomizationScheme_Method()
	 * @model default="permutedBlocks"
	 * @generated
	 */
	RandomizationMethod getMethod();

	/**
	 * Sets the value of the '{@link org.trialbench.protocol.RandomizationScheme#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see org.trialbench.protocol.RandomizationMethod
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(RandomizationMethod value);

	/**
	 * Returns the value of the '<em><b>Block Sizes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Block sizes drawn at random for permuted blocks of varying size; each a multiple of the sum of the allocation ratios.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Block Sizes</em>' attribute list.
	 * @see org.trialbench.protocol.ProtocolPackage#getRandomizationScheme_BlockSizes()
	 * @model unique="false"
	 * @generated
	 */
	EList<Integer> getBlockSizes();

	/**
	 * Returns the value of the '<em><b>Stratified By</b></em>' reference list.
	 * The list contents are of type {@link org.trialbench.protocol.StratificationFactor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stratified By</em>' reference list.
	 * @see org.trialbench.protocol.ProtocolPackage#getRandomizationScheme_StratifiedBy()
	 * @model
	 * @generated
	 */
	EList<StratificationFactor> getStratifiedBy();

} // RandomizationScheme
