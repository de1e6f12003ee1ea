/**
 * Trialbench — EPL-2.0
 */
package org.trialbench.clinical.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.ClinicalPackage;
import org.trialbench.clinical.Subject;

/**
 * This is the item provider adapter for a {@link org.trialbench.clinical.Subject} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class SubjectItemProvider extends ClinicalObjectItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SubjectItemProvider(AdapterFactory adapterFactory) {
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

			addScreeningNumberPropertyDescriptor(object);
			addSexPropertyDescriptor(object);
			addBirthDatePropertyDescriptor(object);
			addConsentDatePropertyDescriptor(object);
			addConsentVersionPropertyDescriptor(object);
			addAgeAtConsentPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addScreenFailCategoryPropertyDescriptor(object);
			addScreenFailReasonPropertyDescriptor(object);
			addEnrolmentDatePropertyDescriptor(object);
			addStratumPropertyDescriptor(object);
			addWithdrawalDatePropertyDescriptor(object);
			addWithdrawalReasonPropertyDescriptor(object);
			addSdvStatePropertyDescriptor(object);
			addVerifiedByPropertyDescriptor(object);
			addVerifiedAtPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Screening Number feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addScreeningNumberPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Subject_screeningNumber_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Subject_screeningNumber_feature", "_UI_Subject_type"),
				 ClinicalPackage.Literals.SUBJECT__SCREENING_NUMBER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sex feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSexPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Subject_sex_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Subject_sex_feature", "_UI_Subject_type"),
				 ClinicalPackage.Literals.SUBJECT__SEX,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Birth Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBirthDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Subject_birthDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Subject_birthDate_feature", "_UI_Subject_type"),
				 ClinicalPackage.Literals.SUBJECT__BIRTH_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Consent Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConsentDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Subject_consentDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Subject_consentDate_feature", "_UI_Subject_type"),
				 ClinicalPackage.Literals.SUBJECT__CONSENT_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Consent Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConsentVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Subject_consentVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Subject_consentVersion_feature", "_UI_Subject_type"),
				 ClinicalPackage.Literals.SUBJECT__CONSENT_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Age At Consent feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAgeAtConsentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Subject_ageAtConsent_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Subject_ageAtConsent_feature", "_UI_Subject_type"),
				 ClinicalPackage.Literals.SUBJECT__AGE_AT_CONSENT,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Subject_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Subject_status_feature", "_UI_Subject_type"),
				 ClinicalPackage.Literals.SUBJECT__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Screen Fail Category feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addScreenFailCategoryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Subject_screenFailCategory_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Subject_screenFailCategory_feature", "_UI_Subject_type"),
				 ClinicalPackage.Literals.SUBJECT__SCREEN_FAIL_CATEGORY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Screen Fail Reason feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addScreenFailReasonPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Subject_screenFailReason_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Subject_screenFailReason_feature", "_UI_Subject_type"),
				 ClinicalPackage.Literals.SUBJECT__SCREEN_FAIL_REASON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Enrolment Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEnrolmentDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Subject_enrolmentDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Subject_enrolmentDate_feature", "_UI_Subject_type"),
				 ClinicalPackage.Literals.SUBJECT__ENROLMENT_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Stratum feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStratumPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Subject_stratum_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Subject_stratum_feature", "_UI_Subject_type"),
				 ClinicalPackage.Literals.SUBJECT__STRATUM,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Withdrawal Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWithdrawalDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Subject_withdrawalDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Subject_withdrawalDate_feature", "_UI_Subject_type"),
				 ClinicalPackage.Literals.SUBJECT__WITHDRAWAL_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Withdrawal Reason feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWithdrawalReasonPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Subject_withdrawalReason_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Subject_withdrawalReason_feature", "_UI_Subject_type"),
				 ClinicalPackage.Literals.SUBJECT__WITHDRAWAL_REASON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sdv State feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSdvStatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Subject_sdvState_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Subject_sdvState_feature", "_UI_Subject_type"),
				 ClinicalPackage.Literals.SUBJECT__SDV_STATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Verified By feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVerifiedByPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Subject_verifiedBy_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Subject_verifiedBy_feature", "_UI_Subject_type"),
				 ClinicalPackage.Literals.SUBJECT__VERIFIED_BY,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Verified At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVerifiedAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Subject_verifiedAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Subject_verifiedAt_feature", "_UI_Subject_type"),
				 ClinicalPackage.Literals.SUBJECT__VERIFIED_AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
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
			childrenFeatures.add(ClinicalPackage.Literals.SUBJECT__VISITS);
			childrenFeatures.add(ClinicalPackage.Literals.SUBJECT__ADVERSE_EVENTS);
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
	 * This returns Subject.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Subject"));
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
		String label = ((Subject)object).getScreeningNumber();
		return label == null || label.length() == 0 ?
			getString("_UI_Subject_type") :
			getString("_UI_Subject_type") + " " + label;
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

		switch (notification.getFeatureID(Subject.class)) {
			case ClinicalPackage.SUBJECT__SCREENING_NUMBER:
			case ClinicalPackage.SUBJECT__SEX:
			case ClinicalPackage.SUBJECT__BIRTH_DATE:
			case ClinicalPackage.SUBJECT__CONSENT_DATE:
			case ClinicalPackage.SUBJECT__CONSENT_VERSION:
			case ClinicalPackage.SUBJECT__AGE_AT_CONSENT:
			case ClinicalPackage.SUBJECT__ELIGIBILITY_ANSWERS:
			case ClinicalPackage.SUBJECT__STATUS:
			case ClinicalPackage.SUBJECT__SCREEN_FAIL_CATEGORY:
			case ClinicalPackage.SUBJECT__SCREEN_FAIL_REASON:
			case ClinicalPackage.SUBJECT__ENROLMENT_DATE:
			case ClinicalPackage.SUBJECT__ALLOCATION:
			case ClinicalPackage.SUBJECT__WITHDRAWAL_DATE:
			case ClinicalPackage.SUBJECT__WITHDRAWAL_REASON:
			case ClinicalPackage.SUBJECT__SDV_STATE:
			case ClinicalPackage.SUBJECT__VERIFIED_AT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ClinicalPackage.SUBJECT__VISITS:
			case ClinicalPackage.SUBJECT__ADVERSE_EVENTS:
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
				(ClinicalPackage.Literals.SUBJECT__VISITS,
				 ClinicalFactory.eINSTANCE.createVisit()));

		newChildDescriptors.add
			(createChildParameter
				(ClinicalPackage.Literals.SUBJECT__ADVERSE_EVENTS,
				 ClinicalFactory.eINSTANCE.createAdverseEvent()));
	}

}
