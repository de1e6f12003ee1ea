package org.trialbench.ui.tests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.FormStatus;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.MissingCode;
import org.trialbench.clinical.Query;
import org.trialbench.clinical.QueryStatus;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.SdvState;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.clinical.Trial;
import org.trialbench.clinical.User;
import org.trialbench.clinical.Visit;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.protocol.CodeList;
import org.trialbench.protocol.CodeListItem;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDataType;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.ProtocolFactory;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.VisitDefinition;
import org.trialbench.protocol.VisitKind;
import org.trialbench.repository.SubjectHeader;

/**
 * A small POEM vs BTX trial built in memory with the EMF factories: two sites (Munich 01, Vienna 02), a screening
 * visit with the Eckardt form and a baseline form, and a few subjects. Subject records are kept apart from the
 * sites, as a store keeps them: the trial root has sites and users only.
 */
final class PoemTrial {
	static final ProtocolFactory P = ProtocolFactory.eINSTANCE;
	static final ClinicalFactory C = ClinicalFactory.eINSTANCE;

	final Study study = P.createStudy();
	final Trial trial = C.createTrial();
	final VisitDefinition screening = P.createVisitDefinition();
	final VisitDefinition month3 = P.createVisitDefinition();
	final FormDefinition eckardt = P.createFormDefinition();
	final FormDefinition baseline = P.createFormDefinition();
	final CodeList frequency = P.createCodeList();
	final ItemDefinition dysphagia;
	final ItemDefinition regurgitation;
	final ItemDefinition chestPain;
	final ItemDefinition weightLoss;
	final ItemDefinition total;
	final ItemDefinition weight;
	final ItemDefinition hrmDate;
	final ItemDefinition reflux;
	final Site munich;
	final Site vienna;
	final User admin;
	final User investigator;

	/** Records by subject id, and the site each belongs to. */
	final List<Subject> subjects = new CopyOnWriteArrayList<>();
	final Map<String, Site> siteOf = new ConcurrentHashMap<>();

	PoemTrial() {
		study.setOid("ST.POEMBTX");
		study.setName("POEM vs BTX");
		frequency.setOid("CL.ECK.FREQ");
		frequency.setName("Eckardt frequency");
		frequency.setDataType(ItemDataType.INTEGER);
		code("0", "none");
		code("1", "occasional");
		code("2", "daily");
		code("3", "each meal");
		study.getCodeLists().add(frequency);

		eckardt.setOid("FO.ECKARDT");
		eckardt.setName("Eckardt score");
		dysphagia = eckardtItem("IT.ECK.DYSPHAGIA", "Dysphagia", "How often does the patient have dysphagia?");
		regurgitation = eckardtItem("IT.ECK.REGURG", "Regurgitation", "How often does the patient regurgitate?");
		chestPain = eckardtItem("IT.ECK.PAIN", "Retrosternal pain", "How often does the patient have retrosternal pain?");
		weightLoss = eckardtItem("IT.ECK.WEIGHT", "Weight loss", "Weight loss score");
		total = item(eckardt, "IT.ECK.TOTAL", "Eckardt total", "Eckardt score (total)", ItemDataType.INTEGER);
		total.setDerived(true);
		total.setMin(BigDecimal.ZERO);
		total.setMax(BigDecimal.valueOf(12));
		study.getForms().add(eckardt);

		baseline.setOid("FO.BASELINE");
		baseline.setName("Baseline");
		weight = item(baseline, "IT.WEIGHT", "Weight", "Body weight", ItemDataType.DECIMAL);
		weight.setUnit("kg");
		weight.setDecimalPlaces(1);
		hrmDate = item(baseline, "IT.HRM.DATE", "HRM date", "Date of high-resolution manometry", ItemDataType.DATE);
		reflux = item(baseline, "IT.REFLUX", "Reflux", "Reflux symptoms", ItemDataType.BOOLEAN);
		study.getForms().add(baseline);

		screening.setOid("VI.SCREENING");
		screening.setName("Screening");
		screening.setKind(VisitKind.SCREENING);
		screening.getForms().add(eckardt);
		screening.getForms().add(baseline);
		month3.setOid("VI.M3");
		month3.setName("Month 3");
		month3.setKind(VisitKind.FOLLOW_UP);
		month3.getForms().add(eckardt);
		study.getVisits().add(screening);
		study.getVisits().add(month3);

		trial.setId("TR-1");
		trial.setName("POEM-BTX");
		trial.setProtocol(study);
		munich = site("S-01", "01", "Munich");
		vienna = site("S-02", "02", "Vienna");
		admin = user("ada", "Ada Admin", Role.ADMINISTRATOR);
		investigator = user("ivan", "Ivan Investigator", Role.INVESTIGATOR);

		add(munich, "01-0001", SubjectStatus.RANDOMIZED, true);
		add(munich, "01-0002", SubjectStatus.SCREEN_FAILED, true);
		add(munich, "01-0003", SubjectStatus.RANDOMIZED, true);
		add(vienna, "02-0001", SubjectStatus.SCREENING, false);
	}

	private void code(String code, String decode) {
		CodeListItem item = P.createCodeListItem();
		item.setCode(code);
		item.setDecode(decode);
		frequency.getItems().add(item);
	}

	private ItemDefinition eckardtItem(String oid, String name, String question) {
		ItemDefinition item = item(eckardt, oid, name, question, ItemDataType.INTEGER);
		item.setCodeList(frequency);
		item.setMin(BigDecimal.ZERO);
		item.setMax(BigDecimal.valueOf(3));
		item.setRequired(true);
		return item;
	}

	private static ItemDefinition item(FormDefinition form, String oid, String name, String question,
			ItemDataType type) {
		ItemDefinition item = P.createItemDefinition();
		item.setOid(oid);
		item.setName(name);
		item.setQuestion(question);
		item.setDataType(type);
		form.getItems().add(item);
		return item;
	}

	private Site site(String id, String code, String name) {
		Site site = C.createSite();
		site.setId(id);
		site.setCode(code);
		site.setName(name);
		trial.getSites().add(site);
		return site;
	}

	private User user(String username, String fullName, Role role) {
		User user = C.createUser();
		user.setId("U-" + username);
		user.setUsername(username);
		user.setFullName(fullName);
		user.getRoles().add(role);
		trial.getUsers().add(user);
		return user;
	}

	/** A subject with, when asked, a done screening visit holding both forms and a planned month-3 visit. */
	Subject add(Site site, String screeningNumber, SubjectStatus status, boolean withVisits) {
		Subject subject = C.createSubject();
		subject.setId("SU-" + screeningNumber);
		subject.setScreeningNumber(screeningNumber);
		subject.setStatus(status);
		subject.setConsentDate(LocalDate.of(2026, 1, 5));
		if (withVisits) {
			Visit visit = visit(subject, screening, LocalDate.of(2026, 1, 12), VisitStatus.DONE);
			FormRecord form = form(visit, eckardt, FormStatus.IN_PROGRESS);
			value(form, dysphagia, "2");
			value(form, regurgitation, "1");
			value(form, chestPain, "1");
			value(form, weightLoss, "0");
			value(form, total, "4");
			FormRecord base = form(visit, baseline, FormStatus.COMPLETE);
			value(base, weight, "72.5");
			value(base, hrmDate, "2026-01-08");
			value(base, reflux, "true");
			visit(subject, month3, null, VisitStatus.PLANNED);
		}
		subjects.add(subject);
		siteOf.put(subject.getId(), site);
		return subject;
	}

	static Visit visit(Subject subject, VisitDefinition definition, LocalDate date, VisitStatus status) {
		Visit visit = C.createVisit();
		visit.setId(subject.getId() + "-" + definition.getOid());
		visit.setDefinition(definition);
		visit.setDate(date);
		visit.setStatus(status);
		subject.getVisits().add(visit);
		return visit;
	}

	static FormRecord form(Visit visit, FormDefinition definition, FormStatus status) {
		FormRecord form = C.createFormRecord();
		form.setId(visit.getId() + "-" + definition.getOid());
		form.setDefinition(definition);
		form.setStatus(status);
		visit.getForms().add(form);
		return form;
	}

	static ItemValue value(FormRecord form, ItemDefinition item, String value) {
		ItemValue itemValue = C.createItemValue();
		itemValue.setId(form.getId() + "-" + item.getOid());
		itemValue.setDefinition(item);
		itemValue.setValue(value);
		itemValue.setMissingCode(MissingCode.NONE);
		itemValue.setSdvState(SdvState.PENDING);
		form.getItemValues().add(itemValue);
		return itemValue;
	}

	static Query query(ItemValue value, QueryStatus status) {
		Query query = C.createQuery();
		query.setId(value.getId() + "-Q" + value.getQueries().size());
		query.setStatus(status);
		value.getQueries().add(query);
		return query;
	}

	Subject subject(String screeningNumber) {
		return subjects.stream().filter(s -> s.getScreeningNumber().equals(screeningNumber)).findFirst().orElseThrow();
	}

	FormRecord form(String screeningNumber, FormDefinition definition) {
		return subject(screeningNumber).getVisits().get(0).getForms().stream()
				.filter(f -> f.getDefinition() == definition).findFirst().orElseThrow();
	}

	/** Light rows of all subjects, ordered as a store orders them: site code, then screening number. */
	List<SubjectHeader> headers() {
		List<SubjectHeader> headers = new ArrayList<>();
		for (Subject subject : subjects) {
			Site site = siteOf.get(subject.getId());
			headers.add(new SubjectHeader(subject.getId(), subject.getScreeningNumber(), site.getId(), site.getCode(),
					subject.getStatus(), subject.getConsentDate(), null, 1));
		}
		headers.sort(Comparator.comparing(SubjectHeader::siteCode).thenComparing(SubjectHeader::screeningNumber));
		return headers;
	}
}
