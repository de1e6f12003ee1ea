package org.trialbench.repository.jdbc.internal;

import org.trialbench.protocol.Study;
import org.trialbench.repository.AuthenticationException;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;

/** Opens sessions for the repository, which lives outside this package. */
public final class SessionFactory {
	private SessionFactory() {
	}

	public static TrialSession open(StoreConnection store, Study protocol, String username, long lastCommit)
			throws StoreException, AuthenticationException {
		return new JdbcTrialSession(store, protocol, username, lastCommit);
	}
}
