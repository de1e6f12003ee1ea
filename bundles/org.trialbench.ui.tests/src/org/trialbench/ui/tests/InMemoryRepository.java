package org.trialbench.ui.tests;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.trialbench.clinical.Trial;
import org.trialbench.clinical.User;
import org.trialbench.repository.AuditVerification;
import org.trialbench.repository.AuthenticationException;
import org.trialbench.repository.InitialCredentials;
import org.trialbench.repository.StoreDescription;
import org.trialbench.repository.TrialRepository;
import org.trialbench.repository.TrialSession;

/** A store holding one {@link PoemTrial}; every user's password is {@value #PASSWORD}. */
final class InMemoryRepository implements TrialRepository {
	static final String PASSWORD = "secret";

	private final PoemTrial data;
	volatile boolean empty;
	volatile InMemorySession lastSession;

	InMemoryRepository(PoemTrial data) {
		this.data = data;
	}

	@Override
	public StoreDescription description() {
		return new StoreDescription(StoreDescription.Kind.EMBEDDED, "/tmp/trialbench-test/store", 1);
	}

	@Override
	public boolean isEmpty() {
		return empty;
	}

	@Override
	public void initialize(Trial trial, InitialCredentials credentials, String reason, IProgressMonitor monitor) {
		throw new UnsupportedOperationException();
	}

	@Override
	public TrialSession login(String username, char[] password) throws AuthenticationException {
		if (!PASSWORD.equals(new String(password))) {
			throw new AuthenticationException("Wrong user name or password");
		}
		return localSession(username);
	}

	@Override
	public TrialSession localSession(String username) throws AuthenticationException {
		User user = data.trial.getUsers().stream().filter(u -> u.getUsername().equals(username)).findFirst()
				.orElseThrow(() -> new AuthenticationException("No user " + username));
		lastSession = new InMemorySession(data, user);
		return lastSession;
	}

	@Override
	public List<User> localUsers() {
		return List.copyOf(data.trial.getUsers());
	}

	@Override
	public AuditVerification verifyAudit(IProgressMonitor monitor) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void close() {
	}
}
