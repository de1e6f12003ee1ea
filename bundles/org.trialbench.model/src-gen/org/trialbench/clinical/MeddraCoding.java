/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.clinical;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Meddra Coding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * MedDRA hierarchy of a coded term (LLT to SOC) and the dictionary version used. Codes and names come from the user's licensed MedDRA distribution.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.trialbench.clinical.MeddraCoding#getDictionaryVersion <em>Dictionary Version</em>}</li>
 *   <li>{@link org.trialbench.clinical.MeddraCoding#getLltCode <em>Llt Code</em>}</li>
 *   <li>{@link org.trialbench.clinical.MeddraCoding#getLltName <em>Llt Name</em>}</li>
 *   <li>{@link org.trialbench.clinical.MeddraCoding#getPtCode <em>Pt Code</em>}</li>
 *   <li>{@link org.trialbench.clinical.MeddraCoding#getPtName <em>Pt Name</em>}</li>
 *   <li>{@link org.trialbench.clinical.MeddraCoding#getHltCode <em>Hlt Code</em>}</li>
 *   <li>{@link org.trialbench.clinical.MeddraCoding#getHltName <em>Hlt Name</em>}</li>
 *   <li>{@link org.trialbench.clinical.MeddraCoding#getHlgtCode <em>Hlgt Code</em>}</li>
 *   <li>{@link org.trialbench.clinical.MeddraCoding#getHlgtName <em>Hlgt Name</em>}</li>
 *   <li>{@link org.trialbench.clinical.MeddraCoding#getSocCode <em>Soc Code</em>}</li>
 *   <li>{@link org.trialbench.clinical.MeddraCoding#getSocName <em>Soc Name</em>}</li>
 * </ul>
 *
 * @see org.trialbench.clinical.ClinicalPackage#getMeddraCoding()
 * @model
 * @generated
 */
public interface MeddraCoding extends ClinicalObject {
	/**
	 * Returns the value of the '<em><b>Dictionary Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dictionary Version</em>' attribute.
	 * @see #setDictionaryVersion(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getMeddraCoding_DictionaryVersion()
	 * @model
	 * @generated
	 */
	String getDictionaryVersion();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.MeddraCoding#getDictionaryVersion <em>Dictionary Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dictionary Version</em>' attribute.
	 * @see #getDictionaryVersion()
	 * @generated
	 */
	void setDictionaryVersion(String value);

	/**
	 * Returns the value of the '<em><b>Llt Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Llt Code</em>' attribute.
	 * @see #setLltCode(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getMeddraCoding_LltCode()
	 * @model
	 * @generated
	 */
	String getLltCode();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.MeddraCoding#getLltCode <em>Llt Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Llt Code</em>' attribute.
	 * @see #getLltCode()
	 * @generated
	 */
	void setLltCode(String value);

	/**
	 * Returns the value of the '<em><b>Llt Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Llt Name</em>' attribute.
	 * @see #setLltName(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getMeddraCoding_LltName()
	 * @model
	 * @generated
	 */
	String getLltName();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.MeddraCoding#getLltName <em>Llt Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Llt Name</em>' attribute.
	 * @see #getLltName()
	 * @generated
	 */
	void setLltName(String value);

	/**
	 * Returns the value of the '<em><b>Pt Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pt Code</em>' attribute.
	 * @see #setPtCode(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getMeddraCoding_PtCode()
	 * @model
	 * @generated
	 */
	String getPtCode();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.MeddraCoding#getPtCode <em>Pt Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pt Code</em>' attribute.
	 * @see #getPtCode()
	 * @generated
	 */
	void setPtCode(String value);

	/**
	 * Returns the value of the '<em><b>Pt Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pt Name</em>' attribute.
	 * @see #setPtName(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getMeddraCoding_PtName()
	 * @model
	 * @generated
	 */
	String getPtName();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.MeddraCoding#getPtName <em>Pt Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pt Name</em>' attribute.
	 * @see #getPtName()
	 * @generated
	 */
	void setPtName(String value);

	/**
	 * Returns the value of the '<em><b>Hlt Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hlt Code</em>' attribute.
	 * @see #setHltCode(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getMeddraCoding_HltCode()
	 * @model
	 * @generated
	 */
	String getHltCode();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.MeddraCoding#getHltCode <em>Hlt Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hlt Code</em>' attribute.
	 * @see #getHltCode()
	 * @generated
	 */
	void setHltCode(String value);

	/**
	 * Returns the value of the '<em><b>Hlt Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hlt Name</em>' attribute.
	 * @see #setHltName(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getMeddraCoding_HltName()
	 * @model
	 * @generated
	 */
	String getHltName();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.MeddraCoding#getHltName <em>Hlt Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hlt Name</em>' attribute.
	 * @see #getHltName()
	 * @generated
	 */
	void setHltName(String value);

	/**
	 * Returns the value of the '<em><b>Hlgt Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hlgt Code</em>' attribute.
	 * @see #setHlgtCode(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getMeddraCoding_HlgtCode()
	 * @model
	 * @generated
	 */
	String getHlgtCode();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.MeddraCoding#getHlgtCode <em>Hlgt Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hlgt Code</em>' attribute.
	 * @see #getHlgtCode()
	 * @generated
	 */
	void setHlgtCode(String value);

	/**
	 * Returns the value of the '<em><b>Hlgt Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hlgt Name</em>' attribute.
	 * @see #setHlgtName(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getMeddraCoding_HlgtName()
	 * @model
	 * @generated
	 */
	String getHlgtName();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.MeddraCoding#getHlgtName <em>Hlgt Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hlgt Name</em>' attribute.
	 * @see #getHlgtName()
	 * @generated
	 */
	void setHlgtName(String value);

	/**
	 * Returns the value of the '<em><b>Soc Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Soc Code</em>' attribute.
	 * @see #setSocCode(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getMeddraCoding_SocCode()
	 * @model
	 * @generated
	 */
	String getSocCode();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.MeddraCoding#getSocCode <em>Soc Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Soc Code</em>' attribute.
	 * @see #getSocCode()
	 * @generated
	 */
	void setSocCode(String value);

	/**
	 * Returns the value of the '<em><b>Soc Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Soc Name</em>' attribute.
	 * @see #setSocName(String)
	 * @see org.trialbench.clinical.ClinicalPackage#getMeddraCoding_SocName()
	 * @model
	 * @generated
	 */
	String getSocName();

	/**
	 * Sets the value of the '{@link org.trialbench.clinical.MeddraCoding#getSocName <em>Soc Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Soc Name</em>' attribute.
	 * @see #getSocName()
	 * @generated
	 */
	void setSocName(String value);

} // MeddraCoding
