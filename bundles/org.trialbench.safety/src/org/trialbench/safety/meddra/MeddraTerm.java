package org.trialbench.safety.meddra;

/** A code and its name at one level of the MedDRA hierarchy. */
public record MeddraTerm(String code, String name) {
	@Override
	public String toString() {
		return name + " (" + code + ")";
	}
}
