/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.clinical.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.trialbench.clinical.ClinicalPackage;
import org.trialbench.clinical.MeddraCoding;

/**
 * This is the item provider adapter for a {@link org.trialbench.clinical.MeddraCoding} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class MeddraCodingItemProvider extends ClinicalObjectItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeddraCodingItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addDictionaryVersionPropertyDescriptor(object);
			addLltCodePropertyDescriptor(object);
			addLltNamePropertyDescriptor(object);
			addPtCodePropertyDescriptor(object);
			addPtNamePropertyDescriptor(object);
			addHltCodePropertyDescriptor(object);
			addHltNamePropertyDescriptor(object);
			addHlgtCodePropertyDescriptor(object);
			addHlgtNamePropertyDescriptor(object);
			addSocCodePropertyDescriptor(object);
			addSocNamePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Dictionary Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDictionaryVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MeddraCoding_dictionaryVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MeddraCoding_dictionaryVersion_feature", "_UI_MeddraCoding_type"),
				 ClinicalPackage.Literals.MEDDRA_CODING__DICTIONARY_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Llt Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLltCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MeddraCoding_lltCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MeddraCoding_lltCode_feature", "_UI_MeddraCoding_type"),
				 ClinicalPackage.Literals.MEDDRA_CODING__LLT_CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Llt Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLltNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MeddraCoding_lltName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MeddraCoding_lltName_feature", "_UI_MeddraCoding_type"),
				 ClinicalPackage.Literals.MEDDRA_CODING__LLT_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Pt Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPtCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MeddraCoding_ptCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MeddraCoding_ptCode_feature", "_UI_MeddraCoding_type"),
				 ClinicalPackage.Literals.MEDDRA_CODING__PT_CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Pt Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPtNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MeddraCoding_ptName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MeddraCoding_ptName_feature", "_UI_MeddraCoding_type"),
				 ClinicalPackage.Literals.MEDDRA_CODING__PT_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Hlt Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHltCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MeddraCoding_hltCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MeddraCoding_hltCode_feature", "_UI_MeddraCoding_type"),
				 ClinicalPackage.Literals.MEDDRA_CODING__HLT_CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Hlt Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHltNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MeddraCoding_hltName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MeddraCoding_hltName_feature", "_UI_MeddraCoding_type"),
				 ClinicalPackage.Literals.MEDDRA_CODING__HLT_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Hlgt Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHlgtCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MeddraCoding_hlgtCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MeddraCoding_hlgtCode_feature", "_UI_MeddraCoding_type"),
				 ClinicalPackage.Literals.MEDDRA_CODING__HLGT_CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Hlgt Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHlgtNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MeddraCoding_hlgtName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MeddraCoding_hlgtName_feature", "_UI_MeddraCoding_type"),
				 ClinicalPackage.Literals.MEDDRA_CODING__HLGT_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Soc Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSocCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MeddraCoding_socCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MeddraCoding_socCode_feature", "_UI_MeddraCoding_type"),
				 ClinicalPackage.Literals.MEDDRA_CODING__SOC_CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Soc Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSocNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MeddraCoding_socName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MeddraCoding_socName_feature", "_UI_MeddraCoding_type"),
				 ClinicalPackage.Literals.MEDDRA_CODING__SOC_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns MeddraCoding.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/MeddraCoding"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((MeddraCoding)object).getPtName();
		return label == null || label.length() == 0 ?
			getString("_UI_MeddraCoding_type") :
			getString("_UI_MeddraCoding_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(MeddraCoding.class)) {
			case ClinicalPackage.MEDDRA_CODING__DICTIONARY_VERSION:
			case ClinicalPackage.MEDDRA_CODING__LLT_CODE:
			case ClinicalPackage.MEDDRA_CODING__LLT_NAME:
			case ClinicalPackage.MEDDRA_CODING__PT_CODE:
			case ClinicalPackage.MEDDRA_CODING__PT_NAME:
			case ClinicalPackage.MEDDRA_CODING__HLT_CODE:
			case ClinicalPackage.MEDDRA_CODING__HLT_NAME:
			case ClinicalPackage.MEDDRA_CODING__HLGT_CODE:
			case ClinicalPackage.MEDDRA_CODING__HLGT_NAME:
			case ClinicalPackage.MEDDRA_CODING__SOC_CODE:
			case ClinicalPackage.MEDDRA_CODING__SOC_NAME:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

}
