package org.trialbench.repository;

import java.util.Map;

/** Initial passwords of the users created by {@link TrialRepository#initialize}, by username. */
public record InitialCredentials(Map<String, char[]> passwords) {
	public char[] passwordOf(String username) {
		return passwords.get(username);
	}
}
