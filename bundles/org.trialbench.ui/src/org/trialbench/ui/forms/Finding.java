package org.trialbench.ui.forms;

import org.eclipse.emf.common.util.Diagnostic;

/** One validation message about an item or the whole form, with the severity of {@link Diagnostic}. */
public record Finding(int severity, String message) {

	public boolean isError() {
		return severity >= Diagnostic.ERROR;
	}

	/** The worst severity of some findings ({@link Diagnostic#OK} for none). */
	public static int worst(Iterable<Finding> findings) {
		int worst = Diagnostic.OK;
		for (Finding finding : findings) {
			worst = Math.max(worst, finding.severity());
		}
		return worst;
	}
}
