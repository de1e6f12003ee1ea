package org.trialbench.safety.clock;

/** Where a report stands against its deadline. */
public enum ClockState {
	DUE("due"), OVERDUE("overdue"), SUBMITTED("submitted"), SUBMITTED_LATE("submitted late");

	private final String label;

	ClockState(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean open() {
		return this == DUE || this == OVERDUE;
	}
}
