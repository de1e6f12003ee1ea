package org.trialbench.repository.jdbc.tests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.trialbench.clinical.Allocation;
import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.SdvState;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.clinical.Trial;
import org.trialbench.clinical.User;
import org.trialbench.clinical.Visit;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.protocol.Arm;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDataType;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.ProtocolFactory;
import org.trialbench.protocol.StratificationFactor;
import org.trialbench.protocol.Stratum;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.VisitDefinition;
import org.trialbench.protocol.VisitKind;
import org.trialbench.repository.InitialCredentials;

/**
 * A two-site, two-arm trial small enough to reason about in a test: site 01 (Munich) and 02 (Vienna), three
 * subjects per site, each with an allocation, a 3-month visit with an Eckardt form and, for POEM subjects, an
 * arm-specific procedure form. Users: an investigator per site, a monitor of site 01, a safety officer, an
 * adjudicator (blinded), a data manager, an administrator and a statistician. Every password is "secret-" + username.
 */
final class SmallTrial {

	static final String[] USERS = { "inv01", "inv02", "mon01", "safety", "adj", "dm", "admin", "committee", "stat" };

	final Trial trial;
	final Study study;
	final Map<String, Subject> subjects = new HashMap<>();

	private final ClinicalFactory clinical = ClinicalFactory.eINSTANCE;
	private final ProtocolFactory protocol = ProtocolFactory.eINSTANCE;
	private int ids;

	SmallTrial() {
		study = protocol.createStudy();
		study.setOid("ST.SMALL");
		study.setName("Small");
		Arm poem = arm("ARM.POEM", "POEM");
		Arm btx = arm("ARM.BTX", "BTX");
		ItemDefinition diagnosis = item("IT.DIAGNOSIS", ItemDataType.CODE);
		StratificationFactor factor = protocol.createStratificationFactor();
		factor.setOid("SF.DIAGNOSIS");
		factor.setItem(diagnosis);
		for (String code : List.of("T3", "DES", "JH")) {
			Stratum stratum = protocol.createStratum();
			stratum.setOid("STR." + code);
			stratum.setCode(code);
			factor.getStrata().add(stratum);
		}
		study.getStratificationFactors().add(factor);
		form("F.SCREENING", null, diagnosis);
		FormDefinition eckardt = form("F.ECKARDT", null, item("IT.ECK.DYSPHAGIA", ItemDataType.INTEGER),
				item("IT.ECK.PAIN", ItemDataType.INTEGER));
		FormDefinition procedure = form("F.POEM", poem, item("IT.POEM.LENGTH", ItemDataType.DECIMAL));
		procedure.getItems().get(0).setRevealsAllocation(true);
		VisitDefinition month3 = protocol.createVisitDefinition();
		month3.setOid("SE.M3");
		month3.setName("Month 3");
		month3.setKind(VisitKind.FOLLOW_UP);
		month3.getForms().add(eckardt);
		month3.getForms().add(procedure);
		study.getVisits().add(month3);

		trial = clinical.createTrial();
		trial.setId("trial-small");
		trial.setName("Small trial");
		trial.setProtocol(study);
		Site munich = site("01", "Munich");
		Site vienna = site("02", "Vienna");
		user("inv01", Role.INVESTIGATOR, munich);
		user("inv02", Role.INVESTIGATOR, vienna);
		user("mon01", Role.MONITOR, munich);
		user("safety", Role.SAFETY, null);
		user("adj", Role.ADJUDICATOR, null);
		user("dm", Role.DATA_MANAGER, null);
		user("admin", Role.ADMINISTRATOR, null);
		user("committee", Role.WRITING_COMMITTEE, null);
		user("stat", Role.STATISTICIAN, null);
		for (Site site : List.of(munich, vienna)) {
			for (int n = 1; n <= 3; n++) {
				Arm arm = n % 2 == 1 ? poem : btx;
				subject(site, site.getCode() + "-000" + n, arm, factor.getStrata().get(n - 1), eckardt, procedure, month3);
			}
		}
	}

	InitialCredentials credentials() {
		Map<String, char[]> passwords = new HashMap<>();
		for (String user : USERS) {
			passwords.put(user, ("secret-" + user).toCharArray());
		}
		return new InitialCredentials(passwords);
	}

	private String id(String kind) {
		return kind + "-" + (++ids);
	}

	private Arm arm(String oid, String code) {
		Arm arm = protocol.createArm();
		arm.setOid(oid);
		arm.setCode(code);
		arm.setName(code);
		study.getArms().add(arm);
		return arm;
	}

	private ItemDefinition item(String oid, ItemDataType type) {
		ItemDefinition item = protocol.createItemDefinition();
		item.setOid(oid);
		item.setName(oid);
		item.setDataType(type);
		return item;
	}

	private FormDefinition form(String oid, Arm arm, ItemDefinition... items) {
		FormDefinition form = protocol.createFormDefinition();
		form.setOid(oid);
		form.setName(oid);
		form.setArm(arm);
		form.getItems().addAll(List.of(items));
		study.getForms().add(form);
		return form;
	}

	private Site site(String code, String name) {
		Site site = clinical.createSite();
		site.setId("site-" + code);
		site.setCode(code);
		site.setName(name);
		site.setCountry(code.equals("01") ? "DE" : "AT");
		site.setActivationDate(LocalDate.of(2026, 1, 15));
		trial.getSites().add(site);
		return site;
	}

	private void user(String username, Role role, Site site) {
		User user = clinical.createUser();
		user.setId("user-" + username);
		user.setUsername(username);
		user.setFullName("Dr. " + username);
		user.getRoles().add(role);
		user.setActive(true);
		if (site != null) {
			user.getSites().add(site);
		}
		trial.getUsers().add(user);
	}

	private void subject(Site site, String number, Arm arm, Stratum stratum, FormDefinition eckardt,
			FormDefinition procedure, VisitDefinition month3) {
		Subject subject = clinical.createSubject();
		subject.setId("subject-" + number);
		subject.setScreeningNumber(number);
		subject.setConsentDate(LocalDate.of(2026, 2, 1));
		subject.setBirthDate(LocalDate.of(1970, 5, 20));
		subject.setStatus(SubjectStatus.RANDOMIZED);
		subject.setStratum(stratum);
		Allocation allocation = clinical.createAllocation();
		allocation.setId(id("allocation"));
		allocation.setArm(arm);
		allocation.setRandomizationNumber("R" + number);
		allocation.setAllocatedAt(Instant.parse("2026-02-03T10:15:30Z"));
		subject.setAllocation(allocation);
		Visit visit = clinical.createVisit();
		visit.setId(id("visit"));
		visit.setDefinition(month3);
		visit.setOccurrence(1);
		visit.setDate(LocalDate.of(2026, 5, 4));
		visit.setStatus(VisitStatus.DONE);
		subject.getVisits().add(visit);
		visit.getForms().add(formRecord(eckardt, "1", "0"));
		if (arm.getCode().equals("POEM")) {
			visit.getForms().add(formRecord(procedure, "12.5"));
		}
		site.getSubjects().add(subject);
		subjects.put(number, subject);
	}

	private FormRecord formRecord(FormDefinition definition, String... values) {
		FormRecord form = clinical.createFormRecord();
		form.setId(id("form"));
		form.setDefinition(definition);
		form.setOccurrence(1);
		for (int i = 0; i < values.length; i++) {
			ItemValue value = clinical.createItemValue();
			value.setId(id("value"));
			value.setDefinition(definition.getItems().get(i));
			value.setValue(values[i]);
			value.setSdvState(SdvState.PENDING);
			form.getItemValues().add(value);
		}
		return form;
	}
}
