package org.trialbench.repository.jdbc.internal;

import org.trialbench.protocol.Study;
import org.trialbench.repository.AuthenticationException;
import org.trialbench.repository.StoreException;
import org.trialbench.repository.TrialSession;

/** Opens sessions for the repository, which lives outside this package. */
public final class SessionFactory {
	private SessionFactory() {
	}

	/**
	 * @param passwordLogin the user proved the password to open this session: a locked e-signature is unlocked
	 */
	public static TrialSession open(StoreConnection store, Study protocol, String username, long lastCommit,
			boolean passwordLogin) throws StoreException, AuthenticationException {
		JdbcTrialSession session = new JdbcTrialSession(store, protocol, username, lastCommit);
		if (passwordLogin) {
			try {
				session.passwordLogin();
			} catch (StoreException | RuntimeException e) {
				session.close();
				throw e;
			}
		}
		return session;
	}
}
