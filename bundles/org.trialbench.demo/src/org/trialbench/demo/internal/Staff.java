package org.trialbench.demo.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Trial;
import org.trialbench.clinical.User;

/**
 * The sites and the people of the demo trial: two investigators per site (the first is the principal
 * investigator), one monitor per three sites, and one or more of every trial-wide role. Names are invented;
 * e-mail addresses use the reserved {@code .invalid} domain so that nothing is ever sent.
 */
final class Staff {
	private static final String MAIL_DOMAIN = "@demo.trialbench.invalid";
	private static final String[][] SITES = {
			{ "Northbrook University Hospital", "NL" },
			{ "Eastmere Digestive Disease Centre", "DE" },
			{ "Westhaven Medical Centre", "CH" },
			{ "Southgate General Hospital", "GB" },
			{ "Lakeside Clinic for Gastroenterology", "US" },
			{ "Riverton Academic Hospital", "CA" },
			{ "Hillcrest Endoscopy Institute", "JP" },
			{ "Brookfield University Clinic", "IT" },
			{ "Fairview Hospital", "FR" },
			{ "Oakridge Regional Hospital", "SE" },
			{ "Maplewood Medical Centre", "ES" },
			{ "Stonebridge University Hospital", "AU" } };
	private static final String[] FIRST_NAMES = { "Anna", "Ben", "Carla", "David", "Elif", "Felix", "Grace", "Hugo",
			"Ines", "Jonas", "Keiko", "Lars", "Maya", "Noah", "Olga", "Pablo", "Quinn", "Rosa", "Sami", "Tessa",
			"Umar", "Vera", "Wim", "Xenia", "Yusuf", "Zoe" };
	private static final String[] LAST_NAMES = { "Alder", "Brandt", "Castell", "Dekker", "Engel", "Fontaine",
			"Greco", "Hartmann", "Ivanova", "Jansen", "Kato", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov",
			"Quist", "Rossi", "Sato", "Tanaka", "Ulrich", "Visser", "Weber", "Yilmaz", "Zeller" };

	private final Ids ids;
	private final Chance chance;
	private final Trial trial;
	private final List<Site> sites = new ArrayList<>();
	private final Map<Site, List<User>> investigators = new java.util.HashMap<>();
	private final Map<Site, User> monitors = new java.util.HashMap<>();
	private final Map<Role, List<User>> byRole = new EnumMap<>(Role.class);

	Staff(Trial trial, int siteCount, Ids ids, Chance chance) {
		this.trial = trial;
		this.ids = ids;
		this.chance = chance;
		for (int i = 0; i < siteCount; i++) {
			sites.add(site(i, siteCount));
		}
		trialWideUsers();
		int monitorCount = Math.max(1, (siteCount + 2) / 3);
		List<User> monitorUsers = new ArrayList<>();
		for (int m = 1; m <= monitorCount; m++) {
			monitorUsers.add(user("monitor" + m, Role.MONITOR));
		}
		for (int i = 0; i < sites.size(); i++) {
			Site site = sites.get(i);
			User pi = user("pi" + site.getCode(), Role.INVESTIGATOR);
			User sub = user("inv" + site.getCode(), Role.INVESTIGATOR);
			pi.getSites().add(site);
			sub.getSites().add(site);
			site.setPrincipalInvestigator(pi);
			investigators.put(site, List.of(pi, sub));
			User monitor = monitorUsers.get(i % monitorCount);
			monitor.getSites().add(site);
			monitors.put(site, monitor);
		}
	}

	private void trialWideUsers() {
		user("admin", Role.ADMINISTRATOR);
		user("datamanager", Role.DATA_MANAGER);
		user("statistician", Role.STATISTICIAN);
		user("safety", Role.SAFETY);
		for (int i = 1; i <= 3; i++) {
			user("adjudicator" + i, Role.ADJUDICATOR);
		}
		for (int i = 1; i <= 2; i++) {
			user("committee" + i, Role.WRITING_COMMITTEE);
		}
	}

	private Site site(int index, int siteCount) {
		Site site = ids.assign(ClinicalFactory.eINSTANCE.createSite());
		site.setCode(String.format("%02d", index + 1));
		String[] template = SITES[index % SITES.length];
		int round = index / SITES.length;
		site.setName(round == 0 ? template[0] : template[0] + " " + (round + 1));
		site.setCountry(template[1]);
		int offset = siteCount <= 1 ? 0 : index * DemoCalendar.ACTIVATION_SPREAD_DAYS / siteCount;
		site.setActivationDate(DemoCalendar.FIRST_ACTIVATION.plusDays(offset + chance.between(0, 14)));
		trial.getSites().add(site);
		return site;
	}

	private User user(String username, Role role) {
		User user = ids.assign(ClinicalFactory.eINSTANCE.createUser());
		user.setUsername(username);
		user.setFullName(chance.pick(FIRST_NAMES) + " " + chance.pick(LAST_NAMES));
		user.setEmail(username + MAIL_DOMAIN);
		user.getRoles().add(role);
		trial.getUsers().add(user);
		byRole.computeIfAbsent(role, r -> new ArrayList<>()).add(user);
		return user;
	}

	List<Site> sites() {
		return sites;
	}

	List<User> investigatorsOf(Site site) {
		return investigators.get(site);
	}

	User principalInvestigatorOf(Site site) {
		return investigators.get(site).get(0);
	}

	User monitorOf(Site site) {
		return monitors.get(site);
	}

	User dataManager() {
		return byRole.get(Role.DATA_MANAGER).get(0);
	}

	List<User> adjudicators() {
		return byRole.get(Role.ADJUDICATOR);
	}
}
