package org.trialbench.model.validation;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Trial;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.Study;

/**
 * Validates a whole trial, subject or protocol with {@link TrialValidator} and returns the findings as a flat list,
 * in model order. Independent of the global validator registry, so it gives the same answer whether or not
 * {@link TrialValidator#register()} was called.
 */
public final class TrialDiagnostics {
	private final ZoneId zone;

	/** Dates of randomization in the system default zone. */
	public TrialDiagnostics() {
		this(ZoneId.systemDefault());
	}

	/** Dates of randomization in the site's zone. */
	public TrialDiagnostics(ZoneId zone) {
		this.zone = zone;
	}

	/** The protocol and every subject of the trial. */
	public List<Finding> validate(Trial trial) {
		List<Finding> findings = new ArrayList<>();
		if (trial.getProtocol() != null && !trial.getProtocol().eIsProxy()) {
			findings.addAll(findings(diagnose(trial.getProtocol())));
		}
		findings.addAll(findings(diagnose(trial)));
		return findings;
	}

	/** One subject with its visits, forms, item values and adverse events. */
	public List<Finding> validate(Subject subject) {
		return findings(diagnose(subject));
	}

	/** The protocol alone. */
	public List<Finding> validate(Study study) {
		return findings(diagnose(study));
	}

	/** The EMF diagnostic tree of the object and its contents. */
	public Diagnostic diagnose(EObject root) {
		EValidator.Registry registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
		TrialValidator.registerIn(registry);
		Diagnostician diagnostician = new Diagnostician(registry);
		Map<Object, Object> context = diagnostician.createDefaultContext();
		context.put(TrialValidator.ZONE, zone);
		BasicDiagnostic diagnostic = diagnostician.createDefaultDiagnostic(root);
		diagnostician.validate(root, diagnostic, context);
		return diagnostic;
	}

	/** The leaves of a diagnostic tree as findings. */
	public static List<Finding> findings(Diagnostic diagnostic) {
		List<Finding> findings = new ArrayList<>();
		collect(diagnostic, findings, true);
		return findings;
	}

	private static void collect(Diagnostic diagnostic, List<Finding> findings, boolean root) {
		if (diagnostic.getChildren().isEmpty()) {
			if (!root && diagnostic.getSeverity() != Diagnostic.OK) {
				findings.add(finding(diagnostic));
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, findings, false);
		}
	}

	private static Finding finding(Diagnostic diagnostic) {
		EObject target = null;
		ItemDefinition item = null;
		for (Object datum : diagnostic.getData()) {
			if (target == null && datum instanceof EObject object) {
				target = object;
			} else if (item == null && datum instanceof ItemDefinition definition) {
				item = definition;
			}
		}
		RecordLocation location = RecordLocation.of(target);
		if (item != null && location.item() == null) {
			location = location.withItem(item);
		}
		TrialConstraint constraint = TrialConstraint.of(diagnostic).orElse(null);
		String code = constraint != null ? constraint.id() : "emf." + diagnostic.getSource() + "." + diagnostic.getCode();
		return new Finding(Finding.Severity.of(diagnostic.getSeverity()), constraint, code, location.subject(),
				location.visit(), location.form(), location.item(), diagnostic.getMessage(), target);
	}
}
