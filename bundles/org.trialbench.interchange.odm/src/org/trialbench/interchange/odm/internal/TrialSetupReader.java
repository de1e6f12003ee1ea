package org.trialbench.interchange.odm.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.Role;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Trial;
import org.trialbench.clinical.User;
import org.trialbench.interchange.odm.OdmProblem;
import org.trialbench.protocol.ProtocolElement;
import org.trialbench.protocol.ProtocolFactory;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.VisitDefinition;
import org.trialbench.protocol.VisitKind;

/**
 * A trial's set-up from an ODM file, for an empty store: the protocol from the Study, sites from AdminData
 * Locations, users from AdminData Users (with their Trialbench roles when the file is Trialbench's; users of other
 * systems get no role, so no access, until an administrator gives them one).
 */
public final class TrialSetupReader implements ExtensionCodec.Targets {
	private static final ClinicalFactory C = ClinicalFactory.eINSTANCE;

	private final OdmCursor cursor;
	private final List<OdmProblem> problems;
	private final Map<String, User> users = new LinkedHashMap<>();
	private final Map<String, Site> sites = new LinkedHashMap<>();
	private final Map<User, List<String>> userLocations = new HashMap<>();
	/** Sites other systems name without an AdminData Location: OpenClinica's site studies, SiteRefs, REDCap DAGs. */
	private final Map<String, String> siteStudies = new LinkedHashMap<>();
	private final java.util.Set<String> referencedStudies = new java.util.LinkedHashSet<>();
	private final java.util.Set<String> siteRefs = new java.util.LinkedHashSet<>();
	private final java.util.Set<String> dataAccessGroups = new java.util.LinkedHashSet<>();
	private final List<String> notes = new ArrayList<>();
	private Study study;

	public TrialSetupReader(OdmCursor cursor, List<OdmProblem> problems) {
		this.cursor = cursor;
		this.problems = problems;
	}

	/** Reads the whole file from its root; null when it holds no Study. */
	public Trial read() throws OdmSyntaxException {
		int depth = cursor.depth();
		while (cursor.child(depth)) {
			if (cursor.isOdm("Study") && study == null) {
				study = new MetadataReader(cursor, problems).read();
			} else if (cursor.isOdm("Study")) {
				siteStudy();
			} else if (cursor.isOdm("AdminData")) {
				adminData();
			} else if (cursor.isOdm("ClinicalData")) {
				clinicalDataSites();
			}
		}
		if (study == null) {
			return null;
		}
		redcapShapes();
		otherSystemsSites();
		Trial trial = C.createTrial();
		trial.setId(org.trialbench.model.identity.ObjectIds.next());
		trial.setName(study.getAcronym() != null ? study.getAcronym() : study.getName());
		trial.setProtocol(study);
		trial.getSites().addAll(sites.values());
		for (Map.Entry<User, List<String>> entry : userLocations.entrySet()) {
			for (String location : entry.getValue()) {
				Site site = sites.get(location);
				if (site != null && !entry.getKey().getSites().contains(site)) {
					entry.getKey().getSites().add(site);
				}
			}
		}
		trial.getUsers().addAll(users.values());
		return trial;
	}

	/** A further Study: OpenClinica writes one for each site, with the site's OID and name. */
	private void siteStudy() throws OdmSyntaxException {
		String oid = cursor.attr("OID");
		String name = null;
		int depth = cursor.depth();
		while (cursor.child(depth)) {
			if (cursor.isOdm("GlobalVariables")) {
				int d = cursor.depth();
				while (cursor.child(d)) {
					if (cursor.isOdm("StudyName")) {
						name = cursor.text();
					}
				}
			}
		}
		if (oid != null) {
			siteStudies.put(oid, name);
		}
	}

	/** The sites ClinicalData names: its StudyOID, SiteRefs and REDCap's data access groups. */
	private void clinicalDataSites() throws OdmSyntaxException {
		String studyOid = cursor.attr("StudyOID");
		if (studyOid != null && study != null && !studyOid.equals(study.getOid())) {
			referencedStudies.add(studyOid);
		}
		int depth = cursor.depth();
		while (cursor.child(depth)) {
			if (!cursor.isOdm("SubjectData")) {
				continue;
			}
			String group = cursor.attr(org.trialbench.interchange.odm.Odm.REDCAP, "DataAccessGroup");
			if (group != null && !group.isBlank()) {
				dataAccessGroups.add(group.strip());
			}
			int d = cursor.depth();
			while (cursor.child(d)) {
				if (cursor.isOdm("SiteRef") && cursor.attr("LocationOID") != null) {
					siteRefs.add(cursor.attr("LocationOID"));
				} else {
					dataAccessGroupFields();
				}
			}
		}
	}

	/** The values of REDCap's data access group field in the element the cursor is on, however deep. */
	private void dataAccessGroupFields() throws OdmSyntaxException {
		if (cursor.isOdm("ItemData") && ClinicalDataReader.REDCAP_DAG_FIELD.equals(cursor.attr("ItemOID"))) {
			String group = cursor.attr("Value");
			if (group != null && !group.isBlank()) {
				dataAccessGroups.add(group.strip());
			}
			return;
		}
		int depth = cursor.depth();
		while (cursor.child(depth)) {
			dataAccessGroupFields();
		}
	}

	/**
	 * A REDCap classic project defines forms but no StudyEventDef, and its records hold FormData directly: the trial
	 * gets one visit with every form, where those records go. REDCap's data access group field is no item: it names
	 * the record's site.
	 */
	private void redcapShapes() {
		if (dropRedcapGroupField(study)) {
			notes.add("REDCap's field " + ClinicalDataReader.REDCAP_DAG_FIELD + " is not set up as an item: its value "
					+ "(a data access group) names each record's site");
		}
		if (study.getVisits().isEmpty() && !study.getForms().isEmpty()) {
			VisitDefinition record = ProtocolFactory.eINSTANCE.createVisitDefinition();
			record.setOid(CLASSIC_VISIT);
			record.setName("Record");
			record.setKind(VisitKind.FOLLOW_UP);
			record.getForms().addAll(study.getForms());
			study.getVisits().add(record);
			notes.add("the file defines no StudyEventDef (a REDCap classic project): one visit " + CLASSIC_VISIT
					+ " (Record) with all " + study.getForms().size() + " forms set up, for the records' FormData");
		}
	}

	/**
	 * Removes REDCap's data access group field from a protocol read from a file: it names a record's site and is no
	 * item of a form. Returns whether the file had it.
	 */
	public static boolean dropRedcapGroupField(Study study) {
		List<org.trialbench.protocol.ItemDefinition> fields = study.getForms().stream()
				.flatMap(f -> f.getItems().stream())
				.filter(i -> ClinicalDataReader.REDCAP_DAG_FIELD.equals(i.getOid())).toList();
		fields.forEach(item -> org.eclipse.emf.ecore.util.EcoreUtil.delete(item, true));
		return !fields.isEmpty();
	}

	/** The OID of the one visit a REDCap classic project's trial gets. */
	public static final String CLASSIC_VISIT = "Event.record";

	/** Sets up the sites other systems name without an AdminData Location, each noted. */
	private void otherSystemsSites() {
		for (String oid : referencedStudies) {
			if (!sites.containsKey(oid) && !siteStudies.containsKey(oid)) {
				siteStudies.put(oid, null);
			}
		}
		for (Map.Entry<String, String> entry : siteStudies.entrySet()) {
			if (!sites.containsKey(entry.getKey())) {
				newSite(entry.getKey(), entry.getKey(), entry.getValue(), "site " + entry.getKey()
						+ (entry.getValue() == null ? "" : " (" + entry.getValue() + ")")
						+ " set up from the file's site study " + entry.getKey() + " (as OpenClinica writes sites)");
			}
		}
		for (String location : siteRefs) {
			if (!sites.containsKey(location) && sites.values().stream().noneMatch(s -> location.equals(s.getCode()))) {
				String code = location.startsWith("SITE.") ? location.substring(5) : location;
				newSite(location, code, null, "site " + code + " set up from SiteRef LocationOID " + location
						+ ", which no AdminData Location describes");
			}
		}
		for (String group : dataAccessGroups) {
			boolean known = sites.values().stream().anyMatch(s -> group.equals(s.getCode())
					|| (s.getName() != null && group.equalsIgnoreCase(s.getName())));
			if (!known) {
				newSite("DAG." + group, group, group, "site " + group + " set up from REDCap data access group '"
						+ group + "' (rename it with ./trialbench site set " + group + " --name ...)");
			}
		}
	}

	private void newSite(String key, String code, String name, String note) {
		Site site = C.createSite();
		site.setId(org.trialbench.model.identity.ObjectIds.next());
		site.setCode(code);
		site.setName(name == null ? code : name);
		sites.put(key, site);
		notes.add(note);
	}

	/** How the set-up was mapped from what other systems write. */
	public List<String> notes() {
		return notes;
	}

	private void adminData() throws OdmSyntaxException {
		int depth = cursor.depth();
		while (cursor.child(depth)) {
			if (cursor.isOdm("User")) {
				user();
			} else if (cursor.isOdm("Location")) {
				location();
			}
		}
	}

	private void user() throws OdmSyntaxException {
		String oid = cursor.attr("OID");
		boolean trialbench = cursor.hasTbAttributes();
		User user = C.createUser();
		ExtensionCodec.readFeatures(cursor, user, this, problems);
		List<String> locations = new ArrayList<>();
		String login = null;
		int depth = cursor.depth();
		while (cursor.child(depth)) {
			if (cursor.isOdm("LoginName")) {
				login = cursor.text();
			} else if (cursor.isOdm("FullName") && user.getFullName() == null) {
				user.setFullName(cursor.text());
			} else if (cursor.isOdm("Email") && user.getEmail() == null) {
				user.setEmail(cursor.text());
			} else if (cursor.isOdm("LocationRef")) {
				locations.add(cursor.attr("LocationOID"));
			}
		}
		if (user.getUsername() == null) {
			user.setUsername(login != null ? login : oid != null && oid.startsWith("USR.") ? oid.substring(4) : oid);
		}
		if (user.getUsername() == null || users.containsKey(user.getUsername())) {
			problems.add(cursor.warning("a User without a new login name (OID " + oid + "); not set up"));
			return;
		}
		if (user.getId() == null) {
			user.setId(org.trialbench.model.identity.ObjectIds.next());
		}
		if (!trialbench) {
			user.setActive(true); // no roles: no access until an administrator gives one
		}
		users.put(user.getUsername(), user);
		userLocations.put(user, locations);
	}

	private void location() throws OdmSyntaxException {
		String oid = cursor.attr("OID");
		Site site = C.createSite();
		ExtensionCodec.readFeatures(cursor, site, this, problems);
		if (site.getCode() == null) {
			site.setCode(oid != null && oid.startsWith("SITE.") ? oid.substring(5) : oid);
		}
		if (site.getName() == null) {
			site.setName(cursor.attr("Name"));
		}
		if (site.getId() == null) {
			site.setId(org.trialbench.model.identity.ObjectIds.next());
		}
		int depth = cursor.depth();
		while (cursor.child(depth)) {
			continue; // MetaDataVersionRef: nothing a site keeps
		}
		if (site.getCode() == null) {
			problems.add(cursor.warning("a Location without OID; not set up"));
			return;
		}
		sites.put(oid, site);
	}

	/** Makes sure someone can administer the new trial: {@code username} as an administrator when nobody is one. */
	public static void ensureAdministrator(Trial trial, String username) {
		boolean any = trial.getUsers().stream().anyMatch(u -> u.isActive() && u.getRoles().contains(Role.ADMINISTRATOR));
		User named = trial.getUsers().stream().filter(u -> u.getUsername().equals(username)).findFirst().orElse(null);
		if (any && (named == null || named.getRoles().contains(Role.ADMINISTRATOR))) {
			return;
		}
		if (named == null) {
			named = C.createUser();
			named.setId(org.trialbench.model.identity.ObjectIds.next());
			named.setUsername(username);
			named.setFullName("Administrator (set up by the ODM import)");
			trial.getUsers().add(named);
		}
		named.setActive(true);
		if (!named.getRoles().contains(Role.ADMINISTRATOR)) {
			named.getRoles().add(Role.ADMINISTRATOR);
		}
	}

	@Override
	public ProtocolElement protocolElement(String oid) {
		return null;
	}

	@Override
	public User user(String username) {
		return users.get(username);
	}
}
