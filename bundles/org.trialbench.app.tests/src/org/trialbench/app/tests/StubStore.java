package org.trialbench.app.tests;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.Trial;
import org.trialbench.clinical.User;
import org.trialbench.repository.AuditVerification;
import org.trialbench.repository.AuthenticationException;
import org.trialbench.repository.InitialCredentials;
import org.trialbench.repository.StoreDescription;
import org.trialbench.repository.TrialRepository;
import org.trialbench.repository.TrialSession;

/**
 * A store that holds only users: enough to see which store the workbench opens and whom it logs in as. Sessions
 * answer only {@code user()}; the in-memory trial of org.trialbench.ui.tests serves tests that need data.
 */
final class StubStore implements TrialRepository {
	private final StoreDescription.Kind kind;
	final List<User> users = new ArrayList<>();
	final List<String> localSessions = new ArrayList<>();
	boolean empty;
	boolean closed;

	StubStore(StoreDescription.Kind kind) {
		this.kind = kind;
	}

	StubStore with(String username, Role role) {
		User user = ClinicalFactory.eINSTANCE.createUser();
		user.setUsername(username);
		user.getRoles().add(role);
		users.add(user);
		return this;
	}

	@Override
	public StoreDescription description() {
		return new StoreDescription(kind, kind == StoreDescription.Kind.EMBEDDED ? "/tmp/stub/store"
				: "jdbc:postgresql://db/trial", 1);
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
		throw new AuthenticationException("Wrong user name or password");
	}

	@Override
	public TrialSession localSession(String username) throws AuthenticationException {
		User user = users.stream().filter(u -> u.getUsername().equals(username)).findFirst()
				.orElseThrow(() -> new AuthenticationException("There is no user " + username));
		localSessions.add(username);
		return (TrialSession) Proxy.newProxyInstance(TrialSession.class.getClassLoader(),
				new Class<?>[] { TrialSession.class }, (proxy, method, args) -> switch (method.getName()) {
				case "user" -> user;
				case "close", "addListener", "removeListener" -> null;
				case "hashCode" -> System.identityHashCode(proxy);
				case "equals" -> proxy == args[0];
				case "toString" -> "session of " + username;
				default -> throw new UnsupportedOperationException(method.getName());
				});
	}

	@Override
	public List<User> localUsers() {
		return kind == StoreDescription.Kind.EMBEDDED ? List.copyOf(users) : List.of();
	}

	@Override
	public AuditVerification verifyAudit(IProgressMonitor monitor) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void close() {
		closed = true;
	}
}
