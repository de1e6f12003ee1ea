package org.trialbench.safety;

/** A rule an adverse event breaks: errors block saving, warnings ask the investigator to look again. */
public record SafetyFinding(boolean error, String field, String message) {
	@Override
	public String toString() {
		return (error ? "ERROR " : "WARNING ") + field + ": " + message;
	}
}
