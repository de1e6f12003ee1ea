package org.trialbench.interchange.odm.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.trialbench.clinical.ClinicalFactory;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Trial;
import org.trialbench.clinical.User;
import org.trialbench.clinical.Visit;
import org.trialbench.interchange.odm.Odm;
import org.trialbench.interchange.odm.OdmProblem;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.ProtocolElement;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.VisitDefinition;

/**
 * Reads ClinicalData one SubjectData at a time into detached records on the trial's protocol, checking as it goes
 * that every OID names what the protocol defines and every value fits its item's data type and code list. Problems
 * carry the line and column of the element they are about.
 */
public final class ClinicalDataReader implements ExtensionCodec.Targets {
	private static final ClinicalFactory C = ClinicalFactory.eINSTANCE;

	/** Receives each subject once it has been read whole. */
	public interface Sink {
		void accept(IncomingSubject subject) throws OdmSyntaxException;
	}

	private final OdmCursor cursor;
	private final List<OdmProblem> problems;
	private final Map<String, ProtocolElement> protocol;
	private final Map<String, User> users = new HashMap<>();
	private final Map<String, String> siteCodes = new HashMap<>();
	private final Map<String, String> fileItemGroups;
	private final Map<String, String> siteNames = new HashMap<>();
	private final MappingNotes notes;
	/** SubjectData elements read, and how many of them became subjects. */
	private int subjectsSeen;
	private int subjectsRead;

	public ClinicalDataReader(OdmCursor cursor, List<OdmProblem> problems, Study study, Trial trial,
			Map<String, String> fileItemGroups) {
		this(cursor, problems, study, trial, fileItemGroups, new MappingNotes());
	}

	public ClinicalDataReader(OdmCursor cursor, List<OdmProblem> problems, Study study, Trial trial,
			Map<String, String> fileItemGroups, MappingNotes notes) {
		this.notes = notes;
		this.cursor = cursor;
		this.problems = problems;
		this.protocol = ExtensionCodec.index(study);
		this.fileItemGroups = fileItemGroups;
		for (User user : trial.getUsers()) {
			users.put(user.getUsername(), user);
		}
		for (Site site : trial.getSites()) {
			siteCodes.put(ClinicalDataWriter.locationOid(site.getCode()), site.getCode());
			siteCodes.put(site.getCode(), site.getCode());
			siteCodes.put(site.getId(), site.getCode());
			if (site.getName() != null) {
				siteCodes.putIfAbsent(site.getName().toLowerCase(), site.getCode());
			}
			siteNames.put(site.getCode(), site.getName() == null ? site.getCode() : site.getName());
		}
	}

	/** Reads the ClinicalData element the cursor is on. */
	public void read(Sink sink) throws OdmSyntaxException {
		// OpenClinica writes a site's subjects under the site's own study OID
		String studySite = site(cursor.attr("StudyOID"));
		if (studySite != null) {
			notes.note("ClinicalData StudyOID " + cursor.attr("StudyOID") + " names the site " + describeSite(studySite)
					+ ": its subjects without a SiteRef go there", cursor);
		}
		int depth = cursor.depth();
		while (cursor.child(depth)) {
			if (cursor.isOdm("SubjectData")) {
				subjectsSeen++;
				IncomingSubject subject = subject(studySite);
				if (subject != null) {
					subjectsRead++;
					sink.accept(subject);
				}
			} else {
				unplaced("ClinicalData", "SubjectData");
			}
		}
	}

	/** SubjectData elements the file holds in ClinicalData (all of them, read or not). */
	public int subjectsSeen() {
		return subjectsSeen;
	}

	/** Of those, how many were read as subjects and handed on. */
	public int subjectsRead() {
		return subjectsRead;
	}

	/** What ODM 1.3.2 allows in each clinical data element and Trialbench does not import: noted, never silent. */
	private static final Map<String, Set<String>> NOT_IMPORTED = Map.of(
			"ClinicalData", Set.of("AuditRecords", "Signatures", "Annotations"),
			"SubjectData", Set.of("AuditRecord", "Signature", "InvestigatorRef", "Annotation"),
			"StudyEventData", Set.of("AuditRecord", "Signature", "Annotation"),
			"FormData", Set.of("AuditRecord", "Annotation", "ArchiveLayoutRef"),
			"ItemGroupData", Set.of("AuditRecord", "Signature", "Annotation"),
			"ItemData", Set.of("AuditRecord", "Signature", "MeasurementUnitRef", "Annotation"));

	/** Where ODM 1.3.2 puts the elements a file may hold in the wrong place. */
	private static final Map<String, String> HOME = Map.of("SubjectData", "ClinicalData", "StudyEventData",
			"SubjectData", "FormData", "StudyEventData", "ItemGroupData", "FormData", "ItemData", "ItemGroupData",
			"SiteRef", "SubjectData", "ClinicalData", "ODM");

	/**
	 * The cursor is on a child of {@code parent} that the reader does not place: an ODM element Trialbench does not
	 * import and a vendor extension are noted for the report; an ODM element in the wrong place or unknown is an
	 * error with its line and column, as is an unknown Trialbench element.
	 */
	/** The note for each kind of element not imported, by parent and name. */
	private final Map<String, Map<String, String>> notImported = new HashMap<>();

	private void unplaced(String parent, String expected) {
		String name = cursor.localName();
		if (Odm.NS.equals(cursor.namespace())) {
			if (NOT_IMPORTED.getOrDefault(parent, Set.of()).contains(name)) {
				// a file of the whole trial has an AuditRecord per value: the note's text is made once per kind
				Map<String, String> texts = notImported.computeIfAbsent(parent, p -> new HashMap<>());
				String text = texts.get(name);
				if (text == null) {
					text = name + " elements in " + parent + " are not imported" + (name.startsWith("AuditRecord")
							? " (the import's own audit trail records who imported each value, when and why)" : "");
					texts.put(name, text);
				}
				notes.note(text, cursor);
			} else if (HOME.containsKey(name)) {
				problems.add(cursor.error(name + " inside " + parent + " is not where ODM 1.3.2 puts it (inside "
						+ HOME.get(name) + "); it is not imported: move it" + ("FormData".equals(name)
								? " into the StudyEventData of its visit" : "")));
			} else {
				problems.add(cursor.error("the element " + name + " is not part of ODM 1.3.2 " + parent + " (which holds "
						+ expected + "); it is not imported"));
			}
		} else if (Odm.TB.equals(cursor.namespace())) {
			problems.add(cursor.error("tb:" + name + " is no Trialbench extension element this version reads"));
		} else {
			notes.note("vendor extension element {" + cursor.namespace() + "}" + name + " in " + parent
					+ " ignored", cursor);
		}
	}

	private String describeSite(String code) {
		String name = siteNames.get(code);
		return name == null || name.equals(code) ? code : code + " (" + name + ")";
	}

	private IncomingSubject subject(String studySite) throws OdmSyntaxException {
		int line = cursor.line();
		int column = cursor.column();
		Subject subject = C.createSubject();
		String key = cursor.attr("SubjectKey");
		if (key == null) {
			problems.add(cursor.error("SubjectData has no SubjectKey"));
		}
		if ("Remove".equals(cursor.attr("TransactionType"))) {
			problems.add(cursor.error("SubjectData " + key + " would remove a subject; clinical records are never "
					+ "removed by an import (withdraw the subject instead)"));
		}
		boolean ours = cursor.hasTbAttributes();
		ExtensionCodec.readFeatures(cursor, subject, this, problems);
		if (!ours) {
			key = OpenClinicaExtensions.subject(cursor, subject, key, notes, problems);
		}
		subject.setScreeningNumber(key);
		String site = studySite;
		String group = cursor.attr(Odm.REDCAP, "DataAccessGroup");
		if (group != null && !group.isEmpty()) {
			site = site(group);
			if (site == null) {
				problems.add(cursor.error("redcap:DataAccessGroup '" + group + "' of record " + key + " is no site "
						+ "of this trial (sites: " + String.join(", ", siteNames.keySet()) + "); add it with "
						+ "./trialbench site add, or name it in a site's code or name"));
			} else {
				notes.note("REDCap data access group '" + group + "' -> site " + describeSite(site), line, column);
			}
		}
		Set<String> removed = new java.util.HashSet<>();
		int depth = cursor.depth();
		while (cursor.child(depth)) {
			if (cursor.isOdm("SiteRef")) {
				String location = cursor.attr("LocationOID");
				site = site(location);
				if (site == null) {
					problems.add(cursor.error("SiteRef names the location " + location
							+ ", which is not a site of this trial"));
				} else if (!location.equals(site)) {
					notes.note("SiteRef LocationOID " + location + " -> site " + describeSite(site), cursor);
				}
			} else if (cursor.isOdm("StudyEventData")) {
				visit(subject, removed);
			} else if (cursor.isOdm("FormData") && onlyVisitOf(cursor.attr("FormOID")) != null) {
				classicForm(subject, removed);
			} else if (cursor.isTb("Object")) {
				ExtensionCodec.readObject(cursor, subject, this, problems);
			} else {
				unplaced("SubjectData", "SiteRef and StudyEventData");
			}
		}
		if (dataAccessGroup != null) {
			String fromField = site(dataAccessGroup.value());
			if (fromField == null) {
				problems.add(OdmProblem.error(dataAccessGroup.line(), dataAccessGroup.column(), "the data access group '"
						+ dataAccessGroup.value() + "' (REDCap's field " + REDCAP_DAG_FIELD + ") of record " + key
						+ " is no site of this trial (sites: " + String.join(", ", siteNames.keySet()) + "); add it "
						+ "with ./trialbench site add, or name it in a site's code or name"));
			} else if (site == null || site.equals(studySite)) {
				site = fromField;
				notes.note("REDCap data access group '" + dataAccessGroup.value() + "' (field " + REDCAP_DAG_FIELD
						+ ") -> site " + describeSite(site), dataAccessGroup.line(), dataAccessGroup.column());
			}
			dataAccessGroup = null;
		}
		return new IncomingSubject(subject, site, removed, line, column);
	}

	/**
	 * REDCap's field that holds a record's data access group (its unique group name) when a project has groups: an
	 * item of the record's first form, not clinical data; it names the record's site.
	 */
	public static final String REDCAP_DAG_FIELD = "redcap_data_access_group";

	private record Placed(String value, int line, int column) {
	}

	/** The data access group the record's {@value #REDCAP_DAG_FIELD} named, while its SubjectData is read. */
	private Placed dataAccessGroup;

	/** The one visit definition of the protocol that holds the form, or null when none or several do. */
	private VisitDefinition onlyVisitOf(String formOid) {
		if (!(protocol.get(formOid) instanceof FormDefinition form)) {
			return null;
		}
		VisitDefinition only = null;
		for (ProtocolElement element : protocol.values()) {
			if (element instanceof VisitDefinition visit && visit.getForms().contains(form)) {
				if (only != null && only != visit) {
					return null;
				}
				only = visit;
			}
		}
		return only;
	}

	/**
	 * FormData directly in SubjectData, as REDCap writes the records of a classic (not longitudinal) project: it goes
	 * to the subject's visit of the one visit definition that holds the form (one visit, made for the first form).
	 */
	private void classicForm(Subject subject, Set<String> removed) throws OdmSyntaxException {
		VisitDefinition definition = onlyVisitOf(cursor.attr("FormOID"));
		Visit visit = subject.getVisits().stream().filter(v -> v.getDefinition() == definition).findFirst()
				.orElse(null);
		if (visit == null) {
			visit = C.createVisit();
			visit.setDefinition(definition);
			visit.setOccurrence(1);
			subject.getVisits().add(visit);
		}
		notes.note("FormData directly in SubjectData (as REDCap writes a classic project's records, without "
				+ "StudyEventData) -> visit " + definition.getOid() + ", the one visit that holds its form", cursor);
		form(visit, removed);
	}

	private String site(String name) {
		if (name == null) {
			return null;
		}
		String code = siteCodes.get(name);
		return code != null ? code : siteCodes.get(name.toLowerCase());
	}

	private void visit(Subject subject, Set<String> removed) throws OdmSyntaxException {
		String oid = cursor.attr("StudyEventOID");
		Visit visit = C.createVisit();
		boolean ours = cursor.hasTbAttributes();
		ExtensionCodec.readFeatures(cursor, visit, this, problems);
		if (!ours) {
			OpenClinicaExtensions.visit(cursor, visit, notes, problems);
		}
		if (!(protocol.get(oid) instanceof VisitDefinition definition)) {
			problems.add(cursor.error("StudyEventData names StudyEventOID " + oid
					+ ", which the protocol does not define"));
			return;
		}
		visit.setDefinition(definition);
		visit.setOccurrence(repeatKey("StudyEventRepeatKey"));
		if (visit.getOccurrence() > 1 && !definition.isRepeating()) {
			notes.note("StudyEventData " + oid + " repeats (StudyEventRepeatKey) although its StudyEventDef is not "
					+ "Repeating: imported as occurrences of the visit", cursor);
		}
		removeCheck("StudyEventData " + oid);
		subject.getVisits().add(visit);
		int depth = cursor.depth();
		while (cursor.child(depth)) {
			if (cursor.isOdm("FormData")) {
				form(visit, removed);
			} else if (cursor.isTb("Object")) {
				ExtensionCodec.readObject(cursor, visit, this, problems);
			} else {
				unplaced("StudyEventData", "FormData");
			}
		}
	}

	private void form(Visit visit, Set<String> removed) throws OdmSyntaxException {
		String oid = cursor.attr("FormOID");
		FormRecord form = C.createFormRecord();
		boolean ours = cursor.hasTbAttributes();
		ExtensionCodec.readFeatures(cursor, form, this, problems);
		if (!ours) {
			OpenClinicaExtensions.form(cursor, form, notes, problems);
		}
		if (!(protocol.get(oid) instanceof FormDefinition definition)) {
			problems.add(cursor.error("FormData names FormOID " + oid + ", which the protocol does not define"));
			return;
		}
		if (!visit.getDefinition().getForms().contains(definition)) {
			problems.add(cursor.warning("form " + oid + " is not scheduled at visit " + visit.getDefinition().getOid()));
		}
		form.setDefinition(definition);
		form.setOccurrence(repeatKey("FormRepeatKey"));
		if (form.getOccurrence() > 1 && !definition.isRepeating()) {
			notes.note("FormData " + oid + " repeats (FormRepeatKey, as REDCap writes repeating instruments) although "
					+ "its FormDef is not Repeating: imported as occurrences of the form", cursor);
		}
		removeCheck("FormData " + oid);
		visit.getForms().add(form);
		int depth = cursor.depth();
		while (cursor.child(depth)) {
			if (cursor.isOdm("ItemGroupData")) {
				String group = cursor.attr("ItemGroupOID");
				if (group != null && !group.equals(MetadataWriter.itemGroupOid(definition))
						&& !oid.equals(fileItemGroups.get(group))) {
					problems.add(cursor.warning("ItemGroupOID " + group + " is not an item group of form " + oid));
				}
				int d = cursor.depth();
				while (cursor.child(d)) {
					if (cursor.isOdm("ItemData")) {
						item(form, removed, false);
					} else if (Odm.NS.equals(cursor.namespace()) && cursor.localName().startsWith("ItemData")
							&& !"ItemData".equals(cursor.localName())) {
						notes.note(cursor.localName() + " (ODM's typed item data) read as ItemData with its text as "
								+ "the value", cursor);
						item(form, removed, true);
					} else {
						unplaced("ItemGroupData", "ItemData");
					}
				}
			} else if (cursor.isOdm("Signature")) {
				org.trialbench.clinical.Signature signature = C.createSignature();
				ExtensionCodec.readFeatures(cursor, signature, this, problems);
				if (cursor.hasTbAttributes()) {
					form.setSignature(signature);
				} else {
					problems.add(cursor.warning("the signature of form " + oid + " comes from another system and "
							+ "cannot be bound to a Trialbench user; not imported"));
				}
			} else if (cursor.isTb("Object")) {
				ExtensionCodec.readObject(cursor, form, this, problems);
			} else {
				unplaced("FormData", "ItemGroupData");
			}
		}
	}

	private void item(FormRecord form, Set<String> removed, boolean typed) throws OdmSyntaxException {
		String oid = cursor.attr("ItemOID");
		if (REDCAP_DAG_FIELD.equals(oid)) {
			String group = typed ? cursor.text() : cursor.attr("Value");
			if (group != null && !group.isBlank()) {
				dataAccessGroup = new Placed(group.strip(), cursor.line(), cursor.column());
			}
			return; // the site, not a value of the record
		}
		if (!(protocol.get(oid) instanceof ItemDefinition definition)) {
			problems.add(cursor.error(cursor.localName() + " names ItemOID " + oid
					+ ", which the protocol does not define"));
			return;
		}
		if (definition.getForm() != form.getDefinition()) {
			problems.add(cursor.error("item " + oid + " is not on form " + form.getDefinition().getOid()));
			return;
		}
		ItemValue value = C.createItemValue();
		value.setDefinition(definition);
		int line = cursor.line();
		int column = cursor.column();
		boolean isNull = "Yes".equals(cursor.attr("IsNull"));
		boolean remove = "Remove".equals(cursor.attr("TransactionType"));
		ExtensionCodec.readFeatures(cursor, value, this, problems);
		String raw = typed ? cursor.text() : cursor.attr("Value");
		if (typed && raw.isEmpty()) {
			raw = null;
		}
		String canonical = null;
		if (raw != null && !isNull) {
			ValueCheck.Result result = ValueCheck.check(definition, raw);
			if (result.error() != null) {
				problems.add(OdmProblem.error(line, column, result.error()));
			} else if (result.warning() != null) {
				problems.add(OdmProblem.warning(line, column, result.warning()));
			}
			canonical = result.canonical();
		}
		value.setDefinition(definition);
		value.setValue(canonical);
		form.getItemValues().add(value);
		if (remove) {
			removed.add(RecordMerge.path(value));
		}
		if (typed) {
			return; // text() read the element to its end
		}
		int depth = cursor.depth();
		while (cursor.child(depth)) {
			if (cursor.isTb("Object")) {
				ExtensionCodec.readObject(cursor, value, this, problems);
			} else {
				unplaced("ItemData", "no elements Trialbench imports");
			}
		}
	}

	private int repeatKey(String attribute) {
		String key = cursor.attr(attribute);
		if (key == null) {
			return 1;
		}
		try {
			int occurrence = Integer.parseInt(key.strip());
			if (occurrence >= 1) {
				return occurrence;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		problems.add(cursor.error(attribute + " '" + ExtensionCodec.shorten(key)
				+ "' is not a positive whole number, which Trialbench needs to number repeats"));
		return 1;
	}

	private void removeCheck(String what) {
		if ("Remove".equals(cursor.attr("TransactionType"))) {
			problems.add(cursor.error(what + " would remove a record; clinical records are never removed by an "
					+ "import"));
		}
	}

	@Override
	public ProtocolElement protocolElement(String oid) {
		return protocol.get(oid);
	}

	@Override
	public User user(String username) {
		return users.get(username);
	}

	/** Problems of the file's Study element, when the file has no clinical data to check them against. */
	public static List<OdmProblem> none() {
		return new ArrayList<>();
	}
}
