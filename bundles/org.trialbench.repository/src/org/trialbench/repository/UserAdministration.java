package org.trialbench.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Trial;
import org.trialbench.clinical.User;

/**
 * Adds the trial's users and changes their roles, sites, activation and password: what {@code ./trialbench user} and
 * the workbench's Administration > Users do, through one path. Only administrators; every change of a user is one
 * audited commit with a reason, and the store's access control follows at once.
 */
public final class UserAdministration {

	/** A user to add: roles and the codes of the user's sites. */
	public record NewUser(String username, String fullName, String email, Set<Role> roles, List<String> siteCodes) {
	}

	/** The user as after the change, and its commit (null when nothing differed). */
	public record Outcome(User user, CommitInfo commit) {
		public boolean changed() {
			return commit != null;
		}
	}

	private final TrialSession session;

	public UserAdministration(TrialSession session) {
		this.session = session;
	}

	/** Why this user cannot administer users, or null. */
	public static String unavailable(TrialSession session) {
		if (session == null) {
			return "nobody is logged in";
		}
		return session.hasRole(Role.ADMINISTRATOR) ? null
				: session.user().getUsername() + " is not an administrator; only administrators list and change users";
	}

	/** The trial's users and sites as stored now. */
	public Trial stored() throws StoreException {
		require();
		return session.storedSitesAndUsers();
	}

	/** Adds the user, then sets the first password (the user cannot log in before). */
	public Outcome add(NewUser spec, char[] password, String reason) throws StoreException {
		require();
		Trial stored = session.storedSitesAndUsers();
		User user = ClinicalFactory.eINSTANCE.createUser();
		user.setUsername(spec.username() == null ? null : spec.username().strip());
		user.setFullName(blankToNull(spec.fullName()));
		user.setEmail(blankToNull(spec.email()));
		user.setActive(true);
		user.getRoles().addAll(spec.roles());
		user.getSites().addAll(sites(stored, spec.siteCodes()));
		CommitInfo commit;
		try (TrialTransaction tx = session.begin()) {
			tx.addUser(user);
			commit = tx.commit(reason);
		}
		session.setPassword(user.getUsername(), password);
		return new Outcome(user, commit);
	}

	public Outcome setRoles(String username, Collection<Role> roles, String reason) throws StoreException {
		return change(username, reason, user -> {
			user.getRoles().clear();
			user.getRoles().addAll(Set.copyOf(roles));
		});
	}

	public Outcome setSites(String username, List<String> siteCodes, String reason) throws StoreException {
		List<Site> sites = sites(session.storedSitesAndUsers(), siteCodes);
		return change(username, reason, user -> {
			user.getSites().clear();
			user.getSites().addAll(sites);
		});
	}

	/** Roles and sites together, in one commit (the workbench's edit of a user). */
	public Outcome setRolesAndSites(String username, Collection<Role> roles, List<String> siteCodes, String reason)
			throws StoreException {
		List<Site> sites = sites(session.storedSitesAndUsers(), siteCodes);
		return change(username, reason, user -> {
			user.getRoles().clear();
			user.getRoles().addAll(Set.copyOf(roles));
			user.getSites().clear();
			user.getSites().addAll(sites);
		});
	}

	public Outcome deactivate(String username, String reason) throws StoreException {
		return change(username, reason, user -> user.setActive(false));
	}

	public void setPassword(String username, char[] password) throws StoreException {
		require();
		session.setPassword(username, password);
	}

	public void unlockSigning(String username) throws StoreException {
		require();
		session.unlockSigning(username);
	}

	private Outcome change(String username, String reason, Consumer<User> change) throws StoreException {
		require();
		try (TrialTransaction tx = session.begin()) {
			User user = tx.editUser(username);
			change.accept(user);
			if (!tx.isDirty()) {
				return new Outcome(user, null);
			}
			return new Outcome(user, tx.commit(reason));
		}
	}

	private void require() throws AccessDeniedException {
		String unavailable = unavailable(session);
		if (unavailable != null) {
			throw new AccessDeniedException(unavailable);
		}
	}

	/** The sites with these codes, in that order; an unknown code is refused with the codes there are. */
	private static List<Site> sites(Trial stored, List<String> codes) {
		List<Site> sites = new ArrayList<>();
		for (String code : codes == null ? List.<String>of() : codes) {
			String wanted = code.strip();
			if (wanted.isEmpty()) {
				continue;
			}
			sites.add(stored.getSites().stream().filter(s -> wanted.equals(s.getCode()) || wanted.equals(s.getId()))
					.findFirst().orElseThrow(() -> new IllegalArgumentException("the trial has no site '" + wanted
							+ "' (sites: " + stored.getSites().stream().map(Site::getCode)
									.collect(Collectors.joining(", ")) + ")")));
		}
		return sites;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** Roles, sites and activation in one line: "investigator at 01,03", "no roles, deactivated". */
	public static String describe(User user) {
		String roles = user.getRoles().stream().map(Role::getLiteral).collect(Collectors.joining(","));
		String sites = user.getSites().stream().map(Site::getCode).collect(Collectors.joining(","));
		return (roles.isEmpty() ? "no roles" : roles) + (sites.isEmpty() ? "" : " at " + sites)
				+ (user.isActive() ? "" : ", deactivated");
	}
}
