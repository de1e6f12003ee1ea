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

import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.ClinicalPackage;

/**
 * This is the item provider adapter for a {@link org.trialbench.clinical.AdverseEvent} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class AdverseEventItemProvider extends ClinicalObjectItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AdverseEventItemProvider(AdapterFactory adapterFactory) {
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

			addVerbatimTermPropertyDescriptor(object);
			addOnsetDatePropertyDescriptor(object);
			addResolutionDatePropertyDescriptor(object);
			addOngoingPropertyDescriptor(object);
			addCtcaeGradePropertyDescriptor(object);
			addAsgeSeverityPropertyDescriptor(object);
			addAgreeGradePropertyDescriptor(object);
			addSeriousPropertyDescriptor(object);
			addSeriousnessCriteriaPropertyDescriptor(object);
			addRelationshipPropertyDescriptor(object);
			addActionTakenPropertyDescriptor(object);
			addOutcomePropertyDescriptor(object);
			addExpectedPropertyDescriptor(object);
			addAwareAtPropertyDescriptor(object);
			addReportedToSponsorAtPropertyDescriptor(object);
			addReportedToAuthorityAtPropertyDescriptor(object);
			addTreatmentEmergentPropertyDescriptor(object);
			addSdvStatePropertyDescriptor(object);
			addVerifiedByPropertyDescriptor(object);
			addVerifiedAtPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Verbatim Term feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVerbatimTermPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdverseEvent_verbatimTerm_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AdverseEvent_verbatimTerm_feature", "_UI_AdverseEvent_type"),
				 ClinicalPackage.Literals.ADVERSE_EVENT__VERBATIM_TERM,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Onset Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOnsetDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdverseEvent_onsetDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AdverseEvent_onsetDate_feature", "_UI_AdverseEvent_type"),
				 ClinicalPackage.Literals.ADVERSE_EVENT__ONSET_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Resolution Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addResolutionDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdverseEvent_resolutionDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AdverseEvent_resolutionDate_feature", "_UI_AdverseEvent_type"),
				 ClinicalPackage.Literals.ADVERSE_EVENT__RESOLUTION_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Ongoing feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOngoingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdverseEvent_ongoing_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AdverseEvent_ongoing_feature", "_UI_AdverseEvent_type"),
				 ClinicalPackage.Literals.ADVERSE_EVENT__ONGOING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Ctcae Grade feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCtcaeGradePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdverseEvent_ctcaeGrade_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AdverseEvent_ctcaeGrade_feature", "_UI_AdverseEvent_type"),
				 ClinicalPackage.Literals.ADVERSE_EVENT__CTCAE_GRADE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Asge Severity feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAsgeSeverityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdverseEvent_asgeSeverity_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AdverseEvent_asgeSeverity_feature", "_UI_AdverseEvent_type"),
				 ClinicalPackage.Literals.ADVERSE_EVENT__ASGE_SEVERITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Agree Grade feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAgreeGradePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdverseEvent_agreeGrade_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AdverseEvent_agreeGrade_feature", "_UI_AdverseEvent_type"),
				 ClinicalPackage.Literals.ADVERSE_EVENT__AGREE_GRADE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Serious feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSeriousPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdverseEvent_serious_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AdverseEvent_serious_feature", "_UI_AdverseEvent_type"),
				 ClinicalPackage.Literals.ADVERSE_EVENT__SERIOUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Seriousness Criteria feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSeriousnessCriteriaPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdverseEvent_seriousnessCriteria_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AdverseEvent_seriousnessCriteria_feature", "_UI_AdverseEvent_type"),
				 ClinicalPackage.Literals.ADVERSE_EVENT__SERIOUSNESS_CRITERIA,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Relationship feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRelationshipPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdverseEvent_relationship_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AdverseEvent_relationship_feature", "_UI_AdverseEvent_type"),
				 ClinicalPackage.Literals.ADVERSE_EVENT__RELATIONSHIP,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Action Taken feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addActionTakenPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdverseEvent_actionTaken_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AdverseEvent_actionTaken_feature", "_UI_AdverseEvent_type"),
				 ClinicalPackage.Literals.ADVERSE_EVENT__ACTION_TAKEN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Outcome feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOutcomePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdverseEvent_outcome_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AdverseEvent_outcome_feature", "_UI_AdverseEvent_type"),
				 ClinicalPackage.Literals.ADVERSE_EVENT__OUTCOME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Expected feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addExpectedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdverseEvent_expected_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AdverseEvent_expected_feature", "_UI_AdverseEvent_type"),
				 ClinicalPackage.Literals.ADVERSE_EVENT__EXPECTED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Aware At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAwareAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdverseEvent_awareAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AdverseEvent_awareAt_feature", "_UI_AdverseEvent_type"),
				 ClinicalPackage.Literals.ADVERSE_EVENT__AWARE_AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Reported To Sponsor At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReportedToSponsorAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdverseEvent_reportedToSponsorAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AdverseEvent_reportedToSponsorAt_feature", "_UI_AdverseEvent_type"),
				 ClinicalPackage.Literals.ADVERSE_EVENT__REPORTED_TO_SPONSOR_AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Reported To Authority At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReportedToAuthorityAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdverseEvent_reportedToAuthorityAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AdverseEvent_reportedToAuthorityAt_feature", "_UI_AdverseEvent_type"),
				 ClinicalPackage.Literals.ADVERSE_EVENT__REPORTED_TO_AUTHORITY_AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Treatment Emergent feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTreatmentEmergentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdverseEvent_treatmentEmergent_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AdverseEvent_treatmentEmergent_feature", "_UI_AdverseEvent_type"),
				 ClinicalPackage.Literals.ADVERSE_EVENT__TREATMENT_EMERGENT,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
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
				 getString("_UI_AdverseEvent_sdvState_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AdverseEvent_sdvState_feature", "_UI_AdverseEvent_type"),
				 ClinicalPackage.Literals.ADVERSE_EVENT__SDV_STATE,
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
				 getString("_UI_AdverseEvent_verifiedBy_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AdverseEvent_verifiedBy_feature", "_UI_AdverseEvent_type"),
				 ClinicalPackage.Literals.ADVERSE_EVENT__VERIFIED_BY,
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
				 getString("_UI_AdverseEvent_verifiedAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AdverseEvent_verifiedAt_feature", "_UI_AdverseEvent_type"),
				 ClinicalPackage.Literals.ADVERSE_EVENT__VERIFIED_AT,
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
			childrenFeatures.add(ClinicalPackage.Literals.ADVERSE_EVENT__CODING);
			childrenFeatures.add(ClinicalPackage.Literals.ADVERSE_EVENT__QUERIES);
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
	 * This returns AdverseEvent.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/AdverseEvent"));
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
		String label = ((AdverseEvent)object).getVerbatimTerm();
		return label == null || label.length() == 0 ?
			getString("_UI_AdverseEvent_type") :
			getString("_UI_AdverseEvent_type") + " " + label;
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

		switch (notification.getFeatureID(AdverseEvent.class)) {
			case ClinicalPackage.ADVERSE_EVENT__VERBATIM_TERM:
			case ClinicalPackage.ADVERSE_EVENT__ONSET_DATE:
			case ClinicalPackage.ADVERSE_EVENT__RESOLUTION_DATE:
			case ClinicalPackage.ADVERSE_EVENT__ONGOING:
			case ClinicalPackage.ADVERSE_EVENT__CTCAE_GRADE:
			case ClinicalPackage.ADVERSE_EVENT__ASGE_SEVERITY:
			case ClinicalPackage.ADVERSE_EVENT__AGREE_GRADE:
			case ClinicalPackage.ADVERSE_EVENT__SERIOUS:
			case ClinicalPackage.ADVERSE_EVENT__SERIOUSNESS_CRITERIA:
			case ClinicalPackage.ADVERSE_EVENT__RELATIONSHIP:
			case ClinicalPackage.ADVERSE_EVENT__ACTION_TAKEN:
			case ClinicalPackage.ADVERSE_EVENT__OUTCOME:
			case ClinicalPackage.ADVERSE_EVENT__EXPECTED:
			case ClinicalPackage.ADVERSE_EVENT__AWARE_AT:
			case ClinicalPackage.ADVERSE_EVENT__REPORTED_TO_SPONSOR_AT:
			case ClinicalPackage.ADVERSE_EVENT__REPORTED_TO_AUTHORITY_AT:
			case ClinicalPackage.ADVERSE_EVENT__TREATMENT_EMERGENT:
			case ClinicalPackage.ADVERSE_EVENT__SDV_STATE:
			case ClinicalPackage.ADVERSE_EVENT__VERIFIED_AT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ClinicalPackage.ADVERSE_EVENT__CODING:
			case ClinicalPackage.ADVERSE_EVENT__QUERIES:
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
				(ClinicalPackage.Literals.ADVERSE_EVENT__CODING,
				 ClinicalFactory.eINSTANCE.createMeddraCoding()));

		newChildDescriptors.add
			(createChildParameter
				(ClinicalPackage.Literals.ADVERSE_EVENT__QUERIES,
				 ClinicalFactory.eINSTANCE.createQuery()));
	}

}
