package org.trialbench.repository.jdbc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.trialbench.core.command.CommandException;
import org.trialbench.repository.SiteAdministration;
import org.trialbench.repository.TrialSession;
import org.trialbench.repository.jdbc.command.SiteCommand;
import org.trialbench.repository.AccessDeniedException;
import org.trialbench.repository.AuditEntry;
import org.trialbench.repository.TrialTransaction;
import org.trialbench.clinical.Site;

/** {@code ./trialbench site ...} on the embedded store of a Trialbench home made for each test. */
class SiteCommandTest extends SmallTrialHome {

	static String run(String... words) throws CommandException {
		return run(new SiteCommand(), words);
	}

	@Test
	void anAdministratorAddsASiteThatIsAuditedAndUsersCanBeGivenAtOnce() throws Exception {
		String out = run("add", "03", "--name", "Graz", "--country", "at", "--time-zone", "Europe/Vienna", "--reason",
				"third site opened");
		assertTrue(out.startsWith("added site 03"), out);
		String list = run("list");
		assertEquals(3, list.lines().count(), list);
		assertTrue(list.lines().anyMatch(l -> l.startsWith("03 ") && l.contains("Graz") && l.contains(" AT ")
				&& l.endsWith("Europe/Vienna")), list);
		try (TrialSession admin = repository.localSession("admin")) {
			Site graz = admin.trial().getSites().stream().filter(s -> s.getCode().equals("03")).findFirst().orElseThrow();
			assertEquals("Europe/Vienna", graz.getTimeZone());
			List<AuditEntry> entries = admin.audit().forObject(graz.getId());
			assertEquals(1, entries.size(), entries.toString());
			assertEquals("(created)", entries.get(0).feature());
			assertEquals("admin", entries.get(0).username());
			assertEquals("third site opened", entries.get(0).reason());
			assertTrue(entries.get(0).newValue().contains("timeZone=Europe/Vienna"), entries.get(0).newValue());
		}
		// the new site is a site like the others: users get rights there
		UserCommandTest.run("set-sites", "inv01", "--sites", "01,03");
		assertTrue(UserCommandTest.run("list").lines().anyMatch(l -> l.startsWith("inv01 ") && l.contains("at 01,03")));
		assertTrue(repository.verifyAudit(new NullProgressMonitor()).intact());
	}

	@Test
	void aSessionOpenBeforeTheChangeReadsTheStoredSitesAgain() throws Exception {
		try (TrialSession admin = repository.localSession("admin")) {
			run("add", "03", "--name", "Graz");
			run("set", "01", "--name", "Munich (TUM)");
			assertEquals(2, admin.trial().getSites().size(), "trial() is the trial as it was at log-in");
			List<Site> stored = new SiteAdministration(admin).sites();
			assertEquals(List.of("01", "02", "03"), stored.stream().map(Site::getCode).toList());
			assertEquals("Munich (TUM)", stored.get(0).getName());
			assertEquals("Graz", stored.get(2).getName());
		}
	}

	@Test
	void setChangesNameCountryAndTimeZoneWithOldAndNewInTheAudit() throws Exception {
		String out = run("set", "01", "--time-zone", "Europe/Berlin", "--country", "DE");
		assertTrue(out.startsWith("site now: 01"), out);
		assertTrue(run("list").lines().anyMatch(l -> l.startsWith("01 ") && l.contains(" DE ")
				&& l.endsWith("Europe/Berlin")));
		assertTrue(run("set", "01", "--country", "DE").contains("nothing changed"));
		try (TrialSession admin = repository.localSession("admin")) {
			Site munich = admin.trial().getSites().stream().filter(s -> s.getCode().equals("01")).findFirst().orElseThrow();
			AuditEntry zone = admin.audit().forObject(munich.getId()).stream()
					.filter(e -> e.feature().equals("timeZone")).findFirst().orElseThrow();
			assertEquals(null, zone.oldValue());
			assertEquals("Europe/Berlin", zone.newValue());
			assertEquals("site set 01", zone.reason());
		}
	}

	@Test
	void mistakesAreNamedAndChangeNothing() throws Exception {
		String before = run("list");
		CommandException notAdmin = assertThrows(CommandException.class,
				() -> run("add", "04", "--name", "Linz", "--as", "inv01"));
		assertTrue(notAdmin.getMessage().contains("not an administrator"), notAdmin.getMessage());
		CommandException taken = assertThrows(CommandException.class, () -> run("add", "02", "--name", "Wien"));
		assertTrue(taken.getMessage().contains("has a site '02' already"), taken.getMessage());
		CommandException zone = assertThrows(CommandException.class,
				() -> run("add", "04", "--name", "Linz", "--time-zone", "Europe/Linz"));
		assertTrue(zone.getMessage().contains("Europe/Linz is not a time zone"), zone.getMessage());
		CommandException country = assertThrows(CommandException.class,
				() -> run("set", "02", "--country", "Austria"));
		assertTrue(country.getMessage().contains("not an ISO 3166-1 alpha-2 code"), country.getMessage());
		CommandException unknown = assertThrows(CommandException.class, () -> run("set", "09", "--name", "Nowhere"));
		assertTrue(unknown.getMessage().contains("no site '09'"), unknown.getMessage());
		CommandException noName = assertThrows(CommandException.class, () -> run("add", "04"));
		assertTrue(noName.getMessage().contains("--name TEXT is required"), noName.getMessage());
		assertEquals(before, run("list"));
	}

	@Test
	void aSiteCodeNeverChangesAndOnlyAnAdministratorAddsSites() throws Exception {
		try (TrialSession admin = repository.localSession("admin"); TrialTransaction tx = admin.begin()) {
			tx.editSite("01").setCode("MUC");
			AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> tx.commit("rename"));
			assertTrue(refused.getMessage().contains("a site's code cannot be changed"), refused.getMessage());
		}
		try (TrialSession investigator = repository.localSession("inv01"); TrialTransaction tx = investigator.begin()) {
			Site site = org.trialbench.clinical.ClinicalFactory.eINSTANCE.createSite();
			site.setCode("05");
			assertThrows(AccessDeniedException.class, () -> tx.addSite(site));
		}
		assertEquals(2, run("list").lines().count());
	}
}
