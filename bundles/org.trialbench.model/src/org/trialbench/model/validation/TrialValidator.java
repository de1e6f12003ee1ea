package org.trialbench.model.validation;

import java.time.ZoneId;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.trialbench.clinical.AdverseEvent;
import org.trialbench.clinical.ClinicalPackage;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Visit;
import org.trialbench.model.derivation.Derivations;
import org.trialbench.model.internal.validation.DateOrderConstraints;
import org.trialbench.model.internal.validation.EditCheckEvaluation;
import org.trialbench.model.internal.validation.FormRecordConstraints;
import org.trialbench.model.internal.validation.ItemValueConstraints;
import org.trialbench.model.internal.validation.ProtocolConstraints;
import org.trialbench.model.internal.validation.ProtocolIndex;
import org.trialbench.model.internal.validation.Report;
import org.trialbench.protocol.ProtocolElement;
import org.trialbench.protocol.ProtocolPackage;
import org.trialbench.protocol.Study;

/**
 * The trial's constraints as an EMF validator for both the protocol and the clinical package, on top of EMF's own
 * (multiplicity, proxies, ids). See {@link TrialConstraint} for what is checked and the codes reported.
 * <p>
 * Registration: nothing registers it implicitly, because the model bundle has no activator (it depends on EMF only)
 * and EMF has no extension point for validators. Whoever wants {@code Diagnostician.INSTANCE} and EMF editors to use
 * it calls {@link #register()} once at startup, e.g. the application's lifecycle. {@link TrialDiagnostics} does not
 * need the registration; it uses its own registry.
 * <p>
 * The context may carry {@link #ZONE}, the zone in which randomization instants are turned into dates.
 */
public class TrialValidator extends EObjectValidator {
	/** The source of every diagnostic this validator reports. */
	public static final String DIAGNOSTIC_SOURCE = "org.trialbench.model";
	/**
	 * Context key for the {@link ZoneId} of the site, used to compare the randomization instant with calendar dates;
	 * without it the system default zone is used.
	 */
	public static final String ZONE = "org.trialbench.model.validation.zone";

	/** The shared instance; the validator holds no state between calls. */
	public static final TrialValidator INSTANCE = new TrialValidator();

	private final Derivations derivations = new Derivations();
	private final EditCheckEvaluation editChecks = new EditCheckEvaluation(derivations);

	protected TrialValidator() {
	}

	/** Puts the validator into {@link EValidator.Registry#INSTANCE} for the protocol and clinical packages. */
	public static void register() {
		EValidator.Registry.INSTANCE.put(ProtocolPackage.eINSTANCE, INSTANCE);
		EValidator.Registry.INSTANCE.put(ClinicalPackage.eINSTANCE, INSTANCE);
	}

	/** Puts the validator into the given registry for both packages. */
	public static void registerIn(EValidator.Registry registry) {
		registry.put(ProtocolPackage.eINSTANCE, INSTANCE);
		registry.put(ClinicalPackage.eINSTANCE, INSTANCE);
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean basics = validate_EveryDefaultConstraint(object, diagnostics, context);
		if (!basics && diagnostics == null) {
			return false;
		}
		Report report = new Report(diagnostics);
		switch (object) {
		case Study study -> ProtocolConstraints.check(study, report);
		case Subject subject -> DateOrderConstraints.checkSubject(subject, zone(context), report);
		case Visit visit -> DateOrderConstraints.checkVisit(visit, zone(context), report);
		case AdverseEvent event -> DateOrderConstraints.checkAdverseEvent(event, report);
		case FormRecord record -> {
			FormRecordConstraints.check(record, derivations, report);
			editChecks.check(record, ProtocolIndex.of(record.getDefinition(), context), report);
		}
		case ItemValue value -> ItemValueConstraints.check(value, ProtocolIndex.of(value.getDefinition(), context),
				report);
		default -> {
			// other objects have only EMF's basic constraints
		}
		}
		return basics && report.clean();
	}

	/** Arm and stratum codes are reported by PROTOCOL_ARM_CODE and PROTOCOL_STRATUM_CODE, naming the element. */
	@Override
	protected boolean validate_MultiplicityConforms(EObject object, EStructuralFeature feature,
			DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (feature == ProtocolPackage.Literals.ARM__CODE || feature == ProtocolPackage.Literals.STRATUM__CODE) {
			return true;
		}
		return super.validate_MultiplicityConforms(object, feature, diagnostics, context);
	}

	/** Protocol OIDs are reported by PROTOCOL_DUPLICATE_OID, naming both elements. */
	@Override
	public boolean validate_UniqueID(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (object instanceof ProtocolElement) {
			return true;
		}
		return super.validate_UniqueID(object, diagnostics, context);
	}

	private static ZoneId zone(Map<Object, Object> context) {
		return context != null && context.get(ZONE) instanceof ZoneId zone ? zone : ZoneId.systemDefault();
	}
}
