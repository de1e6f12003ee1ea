package org.trialbench.app.log;

import java.time.Instant;

import org.eclipse.core.runtime.IStatus;

/** One logged status as the Error Log shows it: when, how bad, from where, what, and the stack if any. */
public record ErrorLogEntry(Instant time, int severity, String plugin, String message, String stackTrace) {

	public String severityLabel() {
		return switch (severity) {
		case IStatus.ERROR -> "Error";
		case IStatus.WARNING -> "Warning";
		case IStatus.INFO -> "Info";
		case IStatus.CANCEL -> "Cancelled";
		default -> "OK";
		};
	}
}
