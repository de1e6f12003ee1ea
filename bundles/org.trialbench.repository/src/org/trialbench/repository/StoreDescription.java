package org.trialbench.repository;

/** What store a repository is: kind (embedded or server), where, and the schema version it runs. */
public record StoreDescription(Kind kind, String location, int schemaVersion) {
	public enum Kind {
		EMBEDDED, SERVER
	}

	@Override
	public String toString() {
		return (kind == Kind.EMBEDDED ? "embedded store " : "server store ") + location;
	}
}
