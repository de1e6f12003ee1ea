/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.protocol.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.trialbench.protocol.ProtocolFactory;
import org.trialbench.protocol.ProtocolPackage;
import org.trialbench.protocol.Study;

/**
 * This is the item provider adapter for a {@link org.trialbench.protocol.Study} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class StudyItemProvider extends ProtocolElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StudyItemProvider(AdapterFactory adapterFactory) {
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

			addTitlePropertyDescriptor(object);
			addAcronymPropertyDescriptor(object);
			addVersionPropertyDescriptor(object);
			addVersionDatePropertyDescriptor(object);
			addSponsorPropertyDescriptor(object);
			addRegistrationIdPropertyDescriptor(object);
			addPrimaryTimePointDaysPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_title_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_title_feature", "_UI_Study_type"),
				 ProtocolPackage.Literals.STUDY__TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Acronym feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAcronymPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_acronym_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_acronym_feature", "_UI_Study_type"),
				 ProtocolPackage.Literals.STUDY__ACRONYM,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_version_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_version_feature", "_UI_Study_type"),
				 ProtocolPackage.Literals.STUDY__VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Version Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVersionDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_versionDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_versionDate_feature", "_UI_Study_type"),
				 ProtocolPackage.Literals.STUDY__VERSION_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sponsor feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSponsorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_sponsor_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_sponsor_feature", "_UI_Study_type"),
				 ProtocolPackage.Literals.STUDY__SPONSOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Registration Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRegistrationIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_registrationId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_registrationId_feature", "_UI_Study_type"),
				 ProtocolPackage.Literals.STUDY__REGISTRATION_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Primary Time Point Days feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPrimaryTimePointDaysPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_primaryTimePointDays_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_primaryTimePointDays_feature", "_UI_Study_type"),
				 ProtocolPackage.Literals.STUDY__PRIMARY_TIME_POINT_DAYS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(ProtocolPackage.Literals.STUDY__ARMS);
			childrenFeatures.add(ProtocolPackage.Literals.STUDY__STRATIFICATION_FACTORS);
			childrenFeatures.add(ProtocolPackage.Literals.STUDY__RANDOMIZATION_SCHEME);
			childrenFeatures.add(ProtocolPackage.Literals.STUDY__VISITS);
			childrenFeatures.add(ProtocolPackage.Literals.STUDY__FORMS);
			childrenFeatures.add(ProtocolPackage.Literals.STUDY__CODE_LISTS);
			childrenFeatures.add(ProtocolPackage.Literals.STUDY__DERIVATIONS);
			childrenFeatures.add(ProtocolPackage.Literals.STUDY__EDIT_CHECKS);
			childrenFeatures.add(ProtocolPackage.Literals.STUDY__ELIGIBILITY_CRITERIA);
			childrenFeatures.add(ProtocolPackage.Literals.STUDY__ENDPOINTS);
			childrenFeatures.add(ProtocolPackage.Literals.STUDY__ANALYSIS_POPULATIONS);
			childrenFeatures.add(ProtocolPackage.Literals.STUDY__SDV_PLAN);
			childrenFeatures.add(ProtocolPackage.Literals.STUDY__ADVERSE_EVENT_SETTINGS);
			childrenFeatures.add(ProtocolPackage.Literals.STUDY__ADJUDICATION_SETTINGS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Study.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Study"));
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
		String label = ((Study)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Study_type") :
			getString("_UI_Study_type") + " " + label;
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

		switch (notification.getFeatureID(Study.class)) {
			case ProtocolPackage.STUDY__TITLE:
			case ProtocolPackage.STUDY__ACRONYM:
			case ProtocolPackage.STUDY__VERSION:
			case ProtocolPackage.STUDY__VERSION_DATE:
			case ProtocolPackage.STUDY__SPONSOR:
			case ProtocolPackage.STUDY__REGISTRATION_ID:
			case ProtocolPackage.STUDY__PRIMARY_TIME_POINT_DAYS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ProtocolPackage.STUDY__ARMS:
			case ProtocolPackage.STUDY__STRATIFICATION_FACTORS:
			case ProtocolPackage.STUDY__RANDOMIZATION_SCHEME:
			case ProtocolPackage.STUDY__VISITS:
			case ProtocolPackage.STUDY__FORMS:
			case ProtocolPackage.STUDY__CODE_LISTS:
			case ProtocolPackage.STUDY__DERIVATIONS:
			case ProtocolPackage.STUDY__EDIT_CHECKS:
			case ProtocolPackage.STUDY__ELIGIBILITY_CRITERIA:
			case ProtocolPackage.STUDY__ENDPOINTS:
			case ProtocolPackage.STUDY__ANALYSIS_POPULATIONS:
			case ProtocolPackage.STUDY__SDV_PLAN:
			case ProtocolPackage.STUDY__ADVERSE_EVENT_SETTINGS:
			case ProtocolPackage.STUDY__ADJUDICATION_SETTINGS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
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

		newChildDescriptors.add
			(createChildParameter
				(ProtocolPackage.Literals.STUDY__ARMS,
				 ProtocolFactory.eINSTANCE.createArm()));

		newChildDescriptors.add
			(createChildParameter
				(ProtocolPackage.Literals.STUDY__STRATIFICATION_FACTORS,
				 ProtocolFactory.eINSTANCE.createStratificationFactor()));

		newChildDescriptors.add
			(createChildParameter
				(ProtocolPackage.Literals.STUDY__RANDOMIZATION_SCHEME,
				 ProtocolFactory.eINSTANCE.createRandomizationScheme()));

		newChildDescriptors.add
			(createChildParameter
				(ProtocolPackage.Literals.STUDY__VISITS,
				 ProtocolFactory.eINSTANCE.createVisitDefinition()));

		newChildDescriptors.add
			(createChildParameter
				(ProtocolPackage.Literals.STUDY__FORMS,
				 ProtocolFactory.eINSTANCE.createFormDefinition()));

		newChildDescriptors.add
			(createChildParameter
				(ProtocolPackage.Literals.STUDY__CODE_LISTS,
				 ProtocolFactory.eINSTANCE.createCodeList()));

		newChildDescriptors.add
			(createChildParameter
				(ProtocolPackage.Literals.STUDY__DERIVATIONS,
				 ProtocolFactory.eINSTANCE.createDerivation()));

		newChildDescriptors.add
			(createChildParameter
				(ProtocolPackage.Literals.STUDY__EDIT_CHECKS,
				 ProtocolFactory.eINSTANCE.createComparisonCheck()));

		newChildDescriptors.add
			(createChildParameter
				(ProtocolPackage.Literals.STUDY__EDIT_CHECKS,
				 ProtocolFactory.eINSTANCE.createConditionalRequiredCheck()));

		newChildDescriptors.add
			(createChildParameter
				(ProtocolPackage.Literals.STUDY__ELIGIBILITY_CRITERIA,
				 ProtocolFactory.eINSTANCE.createEligibilityCriterion()));

		newChildDescriptors.add
			(createChildParameter
				(ProtocolPackage.Literals.STUDY__ENDPOINTS,
				 ProtocolFactory.eINSTANCE.createEndpoint()));

		newChildDescriptors.add
			(createChildParameter
				(ProtocolPackage.Literals.STUDY__ANALYSIS_POPULATIONS,
				 ProtocolFactory.eINSTANCE.createAnalysisPopulation()));

		newChildDescriptors.add
			(createChildParameter
				(ProtocolPackage.Literals.STUDY__SDV_PLAN,
				 ProtocolFactory.eINSTANCE.createSdvPlan()));

		newChildDescriptors.add
			(createChildParameter
				(ProtocolPackage.Literals.STUDY__ADVERSE_EVENT_SETTINGS,
				 ProtocolFactory.eINSTANCE.createAdverseEventSettings()));

		newChildDescriptors.add
			(createChildParameter
				(ProtocolPackage.Literals.STUDY__ADJUDICATION_SETTINGS,
				 ProtocolFactory.eINSTANCE.createAdjudicationSettings()));
	}

}
