package org.trialbench.repository;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.Site;

/**
 * Adds the trial's sites and changes their name, country and time zone: what {@code ./trialbench site} and the
 * workbench's Administration > Sites do, through one path. Only administrators; every change is one audited commit
 * with a reason; a site's code names it in every record, file and user right, so it is given once and never changes
 * (the store refuses a changed code as well).
 */
public final class SiteAdministration {

	/** ISO 3166-1 alpha-2 codes the JDK knows. */
	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	/**
	 * What to set. A null field stays as it is; for country and time zone an empty text clears it (the name cannot
	 * be cleared).
	 */
	public record Change(String name, String country, String timeZone) {
		public Change {
			name = name == null ? null : name.strip();
			country = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
			timeZone = timeZone == null ? null : timeZone.strip();
		}

		public boolean isEmpty() {
			return name == null && country == null && timeZone == null;
		}
	}

	/** The site as it is after the change, and its commit (null when there was nothing to change). */
	public record Outcome(Site site, CommitInfo commit) {
		public boolean changed() {
			return commit != null;
		}
	}

	private final TrialSession session;

	public SiteAdministration(TrialSession session) {
		this.session = session;
	}

	/** Why this user cannot administer sites, or null. */
	public static String unavailable(TrialSession session) {
		if (session == null) {
			return "nobody is logged in";
		}
		return session.hasRole(Role.ADMINISTRATOR) ? null
				: session.user().getUsername() + " is not an administrator; only administrators add and change sites";
	}

	/** The trial's sites as stored now, in the store's order. */
	public List<Site> sites() throws StoreException {
		return List.copyOf(session.storedSitesAndUsers().getSites());
	}

	/**
	 * What is wrong with a new site or a change, or null: a missing name, an unknown country code or time zone.
	 * Callers check before they commit, to show the problem next to what the user typed.
	 */
	public static String problem(Change change, boolean newSite) {
		if (newSite && (change.name() == null || change.name().isEmpty())) {
			return "a new site needs a name (the site's name as people say it)";
		}
		if (!newSite && change.name() != null && change.name().isEmpty()) {
			return "a site's name cannot be cleared";
		}
		String country = change.country();
		if (country != null && !country.isEmpty() && !COUNTRIES.contains(country)) {
			return country + " is not an ISO 3166-1 alpha-2 code (DE, AT, CH, ...)";
		}
		String zone = change.timeZone();
		if (zone != null && !zone.isEmpty()) {
			try {
				ZoneId.of(zone);
			} catch (DateTimeException e) {
				return zone + " is not a time zone (use an IANA name such as Europe/Berlin)";
			}
		}
		return null;
	}

	/** Adds a site with a new code; refused (and nothing stored) for a non-administrator or a taken code. */
	public Outcome add(String code, Change change, String reason) throws StoreException {
		check(change, true);
		try (TrialTransaction tx = session.begin()) {
			Site site = ClinicalFactory.eINSTANCE.createSite();
			site.setCode(code == null ? null : code.strip());
			apply(site, change);
			tx.addSite(site);
			return new Outcome(site, tx.commit(reason));
		}
	}

	/** Changes what the change names of the site with this code; nothing is committed when nothing differs. */
	public Outcome set(String code, Change change, String reason) throws StoreException {
		check(change, false);
		try (TrialTransaction tx = session.begin()) {
			Site site = tx.editSite(code);
			apply(site, change);
			if (!tx.isDirty()) {
				return new Outcome(site, null);
			}
			return new Outcome(site, tx.commit(reason));
		}
	}

	private void check(Change change, boolean newSite) throws StoreException {
		String unavailable = unavailable(session);
		if (unavailable != null) {
			throw new AccessDeniedException(unavailable);
		}
		String problem = problem(change, newSite);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
	}

	private static void apply(Site site, Change change) {
		if (change.name() != null) {
			site.setName(change.name());
		}
		if (change.country() != null) {
			site.setCountry(change.country().isEmpty() ? null : change.country());
		}
		if (change.timeZone() != null) {
			site.setTimeZone(change.timeZone().isEmpty() ? null : change.timeZone());
		}
	}

	/** One line: code, name, country, time zone ("-" for what is not set). */
	public static String describe(Site site) {
		return String.format("%-8s %-32s %-3s %s", site.getCode(), site.getName() == null ? "" : site.getName(),
				site.getCountry() == null ? "-" : site.getCountry(),
				site.getTimeZone() == null ? "-" : site.getTimeZone());
	}
}
