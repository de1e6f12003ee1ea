package org.trialbench.demo;

import java.util.LinkedHashMap;
import java.util.Map;

import org.trialbench.clinical.Trial;
import org.trialbench.clinical.User;
import org.trialbench.repository.InitialCredentials;

/**
 * The demo trial's users and their password. Every demo user has the same documented password,
 * {@value #PASSWORD}, so that anyone trying the workbench can log in as any role. A demo store must never hold
 * real data.
 *
 * <p>Usernames: {@code admin}, {@code datamanager}, {@code statistician}, {@code safety},
 * {@code adjudicator1..3}, {@code committee1..2}, {@code monitor1..M} (one per three sites), and per site
 * {@code piNN} (principal investigator) and {@code invNN} (investigator), where NN is the site code.</p>
 */
public final class DemoUsers {
	public static final String PASSWORD = "trialbench-demo";

	private DemoUsers() {
	}

	/** The initial password of every user of the trial; each user gets an array of its own to wipe. */
	public static InitialCredentials credentials(Trial trial) {
		Map<String, char[]> passwords = new LinkedHashMap<>();
		for (User user : trial.getUsers()) {
			passwords.put(user.getUsername(), PASSWORD.toCharArray());
		}
		return new InitialCredentials(passwords);
	}
}
