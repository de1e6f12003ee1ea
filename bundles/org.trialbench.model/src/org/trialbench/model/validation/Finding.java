package org.trialbench.model.validation;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

/**
 * One validation finding as a row: for the headless validate command, reports and UI markers.
 *
 * @param severity   how bad it is
 * @param constraint the trial constraint, null for EMF's basic constraints (multiplicity, proxies, ids)
 * @param code       stable id: {@link TrialConstraint#id()}, or "emf.&lt;source&gt;.&lt;code&gt;" for other validators
 * @param subject    screening number, null for protocol findings
 * @param visit      visit name and occurrence, e.g. "Month 3 (1)"
 * @param form       form (or adverse event, or protocol) label
 * @param item       item OID and name
 * @param message    the whole message, location first
 * @param target     the object the finding is about, for selection and markers
 */
public record Finding(Severity severity, TrialConstraint constraint, String code, String subject, String visit,
		String form, String item, String message, EObject target) {

	/** Severity of a finding. */
	public enum Severity {
		INFO, WARNING, ERROR;

		static Severity of(int diagnosticSeverity) {
			if ((diagnosticSeverity & Diagnostic.ERROR) != 0 || (diagnosticSeverity & Diagnostic.CANCEL) != 0) {
				return ERROR;
			}
			return (diagnosticSeverity & Diagnostic.WARNING) != 0 ? WARNING : INFO;
		}
	}

	/** "ERROR item.eckardtGrade Subject 01-003, ...: value 4 is outside 0–3" */
	@Override
	public String toString() {
		return severity + " " + code + " " + message;
	}
}
