package org.trialbench.interchange.odm.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.trialbench.clinical.User;
import org.trialbench.interchange.odm.Odm;
import org.trialbench.interchange.odm.OdmProblem;
import org.trialbench.protocol.CodeList;
import org.trialbench.protocol.CodeListItem;
import org.trialbench.protocol.Derivation;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDataType;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.ProtocolElement;
import org.trialbench.protocol.ProtocolFactory;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.VisitDefinition;
import org.trialbench.protocol.VisitKind;

/**
 * Reads an ODM {@code Study} element into a new protocol model. A Trialbench file restores every feature from its
 * extension attributes; a file from another system (REDCap, OpenClinica, ...) gives what ODM says: events, forms
 * with the items of all their item groups in order, data types, questions, units, range checks and code lists.
 */
public final class MetadataReader implements ExtensionCodec.Targets {
	private static final ProtocolFactory F = ProtocolFactory.eINSTANCE;

	private final OdmCursor cursor;
	private final List<OdmProblem> problems;
	private final Study study = F.createStudy();
	private final Map<String, String> units = new HashMap<>();
	private final Map<String, List<String>> formGroups = new LinkedHashMap<>();
	private final Map<String, FormDefinition> forms = new LinkedHashMap<>();
	private final Map<String, List<String[]>> groupItems = new HashMap<>(); // ItemOID, Mandatory, MethodOID
	private final Map<String, ItemDefinition> items = new LinkedHashMap<>();
	private final Map<String, String> itemCodeLists = new HashMap<>();
	private final Map<String, List<String>> visitForms = new HashMap<>();
	private final List<Pending> pending = new ArrayList<>();
	/** The ItemGroupOIDs of each form, for checking clinical data. */
	private final Map<String, String> itemGroupForm = new HashMap<>();
	private String metaDataVersionOid;

	private record Pending(EObject object, EReference reference, List<String> names, int line, int column) {
	}

	private final MappingNotes notes;
	/** REDCap arms seen on events (redcap:ArmNum), for the report. */
	private final java.util.Set<String> arms = new java.util.TreeSet<>();

	public MetadataReader(OdmCursor cursor, List<OdmProblem> problems) {
		this(cursor, problems, new MappingNotes());
	}

	public MetadataReader(OdmCursor cursor, List<OdmProblem> problems, MappingNotes notes) {
		this.cursor = cursor;
		this.problems = problems;
		this.notes = notes;
	}

	/** Reads the Study element the cursor is on. */
	public Study read() throws OdmSyntaxException {
		study.setOid(required("OID"));
		boolean ours = tb(study);
		int depth = cursor.depth();
		while (cursor.child(depth)) {
			if (cursor.isOdm("GlobalVariables")) {
				readGlobals(ours);
			} else if (cursor.isOdm("BasicDefinitions")) {
				int d = cursor.depth();
				while (cursor.child(d)) {
					if (cursor.isOdm("MeasurementUnit")) {
						String oid = cursor.attr("OID");
						String name = cursor.attr("Name");
						units.put(oid, name);
					}
				}
			} else if (cursor.isOdm("MetaDataVersion")) {
				if (metaDataVersionOid != null) {
					problems.add(cursor.warning("a second MetaDataVersion (" + cursor.attr("OID")
							+ ") is ignored; Trialbench reads the first"));
					continue;
				}
				metaDataVersionOid = cursor.attr("OID");
				readMetaDataVersion();
			} else if (Odm.NS.equals(cursor.namespace())) {
				// ClinicalData or AdminData inside Study, as some published examples have it, is never read silently
				String name = cursor.localName();
				problems.add(cursor.error(name + " inside Study is not where ODM 1.3.2 puts it: "
						+ (List.of("ClinicalData", "AdminData", "ReferenceData").contains(name)
								? name + " belongs directly inside ODM, after </Study>; move it there"
								: "Study holds GlobalVariables, BasicDefinitions and MetaDataVersion")
						+ "; it is not imported"));
			} else if (!Odm.TB.equals(cursor.namespace())) {
				notes.note("vendor extension element {" + cursor.namespace() + "}" + cursor.localName()
						+ " in Study ignored", cursor);
			}
		}
		if (arms.size() > 1) {
			notes.note("REDCap arms " + String.join(", ", arms) + ": each arm's events are visits of their own "
					+ "(REDCap names them event_arm_N)");
		}
		assemble();
		return study;
	}

	public String metaDataVersionOid() {
		return metaDataVersionOid;
	}

	/** ItemGroupOID to the FormOID it belongs to (first form that references it). */
	public Map<String, String> itemGroupForms() {
		return itemGroupForm;
	}

	private boolean tb(EObject object) {
		if (!cursor.hasTbAttributes()) {
			return false;
		}
		ExtensionCodec.clear(object, java.util.Set.of("oid"));
		ExtensionCodec.readFeatures(cursor, object, this, problems);
		return true;
	}

	private String required(String attribute) {
		String value = cursor.attr(attribute);
		if (value == null) {
			problems.add(cursor.error(cursor.localName() + " has no " + attribute));
			return "MISSING." + cursor.line() + "." + cursor.column();
		}
		return value;
	}

	private void readGlobals(boolean ours) throws OdmSyntaxException {
		int depth = cursor.depth();
		while (cursor.child(depth)) {
			String name = cursor.localName();
			String text = cursor.text();
			if (ours) {
				continue;
			}
			switch (name) {
			case "StudyName" -> study.setName(text);
			case "StudyDescription" -> study.setDescription(text.isEmpty() ? null : text);
			case "ProtocolName" -> study.setAcronym(text);
			default -> {
			}
			}
		}
	}

	private void readMetaDataVersion() throws OdmSyntaxException {
		int depth = cursor.depth();
		while (cursor.child(depth)) {
			if (!Odm.NS.equals(cursor.namespace())) {
				if (cursor.isTb("Object")) {
					ExtensionCodec.readObject(cursor, study, this, problems);
				}
				continue;
			}
			switch (cursor.localName()) {
			case "StudyEventDef" -> readStudyEvent();
			case "FormDef" -> readForm();
			case "ItemGroupDef" -> readItemGroup();
			case "ItemDef" -> readItem();
			case "CodeList" -> readCodeList();
			case "MethodDef" -> readMethod();
			default -> {
			}
			}
		}
	}

	private void readStudyEvent() throws OdmSyntaxException {
		VisitDefinition visit = F.createVisitDefinition();
		visit.setOid(required("OID"));
		visit.setName(cursor.attr("Name"));
		visit.setRepeating("Yes".equals(cursor.attr("Repeating")));
		visit.setKind("Unscheduled".equals(cursor.attr("Type")) ? VisitKind.UNSCHEDULED : VisitKind.FOLLOW_UP);
		String arm = cursor.attr(Odm.REDCAP, "ArmNum");
		if (arm != null && !arm.isEmpty()) {
			String armName = cursor.attr(Odm.REDCAP, "ArmName");
			arms.add(arm + (armName == null || armName.isEmpty() ? "" : " (" + armName + ")"));
		}
		boolean ours = tb(visit);
		List<String> formOids = new ArrayList<>();
		int depth = cursor.depth();
		while (cursor.child(depth)) {
			if (cursor.isOdm("Description") && !ours) {
				visit.setDescription(cursor.text());
			} else if (cursor.isOdm("FormRef")) {
				formOids.add(cursor.attr("FormOID"));
			}
		}
		if (!ours) {
			visitForms.put(visit.getOid(), formOids);
		}
		study.getVisits().add(visit);
	}

	private void readForm() throws OdmSyntaxException {
		FormDefinition form = F.createFormDefinition();
		form.setOid(required("OID"));
		form.setName(cursor.attr("Name"));
		form.setRepeating("Yes".equals(cursor.attr("Repeating")));
		boolean ours = tb(form);
		List<String> groups = new ArrayList<>();
		int depth = cursor.depth();
		while (cursor.child(depth)) {
			if (cursor.isOdm("Description") && !ours) {
				form.setDescription(cursor.text());
			} else if (cursor.isOdm("ItemGroupRef")) {
				groups.add(cursor.attr("ItemGroupOID"));
				itemGroupForm.putIfAbsent(cursor.attr("ItemGroupOID"), form.getOid());
			}
		}
		formGroups.put(form.getOid(), groups);
		forms.put(form.getOid(), form);
		study.getForms().add(form);
	}

	private void readItemGroup() throws OdmSyntaxException {
		String oid = required("OID");
		List<String[]> refs = new ArrayList<>();
		int depth = cursor.depth();
		while (cursor.child(depth)) {
			if (cursor.isOdm("ItemRef")) {
				refs.add(new String[] { cursor.attr("ItemOID"), cursor.attr("Mandatory"), cursor.attr("MethodOID") });
			}
		}
		groupItems.put(oid, refs);
	}

	private void readItem() throws OdmSyntaxException {
		ItemDefinition item = F.createItemDefinition();
		item.setOid(required("OID"));
		item.setName(cursor.attr("Name"));
		String odmType = cursor.attr("DataType");
		item.setDataType(dataType(odmType));
		String digits = cursor.attr("SignificantDigits");
		if (digits != null && digits.matches("\\d{1,3}")) {
			item.setDecimalPlaces(Integer.valueOf(digits));
		}
		boolean ours = tb(item);
		if ("checkbox".equals(cursor.attr(Odm.REDCAP, "FieldType"))) {
			String variable = cursor.attr(Odm.REDCAP, "Variable");
			notes.note("REDCap check box field " + (variable == null ? item.getOid() : variable) + ": each choice is an "
					+ "item of its own (" + (variable == null ? "field" : variable) + "___CODE), coded 1 checked and "
					+ "0 unchecked", cursor);
		} else if ("yesno".equals(cursor.attr(Odm.REDCAP, "FieldType"))
				|| "truefalse".equals(cursor.attr(Odm.REDCAP, "FieldType"))) {
			notes.note("REDCap " + cursor.attr(Odm.REDCAP, "FieldType") + " field " + item.getOid()
					+ ": a code list item, coded 1/0 as REDCap stores it", cursor);
		}
		int depth = cursor.depth();
		while (cursor.child(depth)) {
			if (ours) {
				continue;
			}
			switch (cursor.isOdm(cursor.localName()) ? cursor.localName() : "") {
			case "Description" -> item.setDescription(cursor.text());
			case "Question" -> item.setQuestion(cursor.text());
			case "MeasurementUnitRef" -> item.setUnit(units.getOrDefault(cursor.attr("MeasurementUnitOID"),
					cursor.attr("MeasurementUnitOID")));
			case "CodeListRef" -> itemCodeLists.put(item.getOid(), cursor.attr("CodeListOID"));
			case "RangeCheck" -> readRangeCheck(item);
			default -> {
			}
			}
		}
		if (!ours && itemCodeLists.containsKey(item.getOid())) {
			item.setDataType(ItemDataType.CODE);
		}
		items.put(item.getOid(), item);
	}

	private void readRangeCheck(ItemDefinition item) throws OdmSyntaxException {
		String comparator = cursor.attr("Comparator");
		int line = cursor.line();
		int column = cursor.column();
		List<String> values = new ArrayList<>();
		int depth = cursor.depth();
		while (cursor.child(depth)) {
			if (cursor.isOdm("CheckValue")) {
				values.add(cursor.text());
			}
		}
		if (values.size() != 1 || comparator == null) {
			problems.add(OdmProblem.warning(line, column, "the range check of " + item.getOid() + " ("
					+ comparator + ") is not a single limit; not imported"));
			return;
		}
		BigDecimal limit;
		try {
			limit = new BigDecimal(values.get(0));
		} catch (NumberFormatException e) {
			problems.add(OdmProblem.warning(line, column, "the range check of " + item.getOid() + " compares with '"
					+ values.get(0) + "', not a number; not imported"));
			return;
		}
		switch (comparator) {
		case "GE", "GT" -> item.setMin(limit);
		case "LE", "LT" -> item.setMax(limit);
		default -> problems.add(OdmProblem.warning(line, column, "the range check " + comparator + " of "
				+ item.getOid() + " has no Trialbench counterpart; not imported"));
		}
	}

	private void readCodeList() throws OdmSyntaxException {
		CodeList codeList = F.createCodeList();
		codeList.setOid(required("OID"));
		codeList.setName(cursor.attr("Name"));
		String type = cursor.attr("DataType");
		codeList.setDataType("integer".equals(type) ? ItemDataType.INTEGER
				: "float".equals(type) ? ItemDataType.DECIMAL : ItemDataType.TEXT);
		if ("boolean".equals(type)) {
			notes.note("CodeList DataType boolean (which ODM 1.3.2 does not allow for code lists; REDCap writes it "
					+ "for yes/no, true/false and check box fields) read as a code list of text codes", cursor);
		}
		boolean ours = tb(codeList);
		int depth = cursor.depth();
		while (cursor.child(depth)) {
			if (cursor.isOdm("Description") && !ours) {
				codeList.setDescription(cursor.text());
			} else if (cursor.isOdm("CodeListItem") || cursor.isOdm("EnumeratedItem")) {
				CodeListItem entry = F.createCodeListItem();
				entry.setCode(cursor.attr("CodedValue"));
				boolean ourEntry = tb(entry);
				int d = cursor.depth();
				while (cursor.child(d)) {
					if (cursor.isOdm("Decode") && !ourEntry) {
						entry.setDecode(cursor.text());
					}
				}
				if (entry.getCode() == null) {
					problems.add(cursor.error("a CodeListItem of " + codeList.getOid() + " has no CodedValue"));
				} else {
					codeList.getItems().add(entry);
				}
			}
		}
		study.getCodeLists().add(codeList);
	}

	private void readMethod() throws OdmSyntaxException {
		Derivation derivation = F.createDerivation();
		derivation.setOid(required("OID"));
		derivation.setName(cursor.attr("Name"));
		boolean ours = tb(derivation);
		int depth = cursor.depth();
		while (cursor.child(depth)) {
			if (cursor.isOdm("Description") && !ours) {
				derivation.setDescription(cursor.text());
			} else if (cursor.isTb("Object")) {
				ExtensionCodec.readObject(cursor, derivation, this, problems);
			}
		}
		study.getDerivations().add(derivation);
	}

	static ItemDataType dataType(String odm) {
		if (odm == null) {
			return ItemDataType.TEXT;
		}
		return switch (odm) {
		case "integer" -> ItemDataType.INTEGER;
		case "float", "double" -> ItemDataType.DECIMAL;
		case "date" -> ItemDataType.DATE;
		case "datetime" -> ItemDataType.DATETIME;
		case "boolean" -> ItemDataType.BOOLEAN;
		default -> ItemDataType.TEXT;
		};
	}

	/** Puts items into their forms, resolves references, in document order. */
	private void assemble() {
		Map<String, ProtocolElement> index = new HashMap<>();
		study.getForms().forEach(f -> index.put(f.getOid(), f));
		study.getVisits().forEach(v -> index.put(v.getOid(), v));
		study.getCodeLists().forEach(c -> index.put(c.getOid(), c));
		study.getDerivations().forEach(d -> index.put(d.getOid(), d));
		items.values().forEach(i -> index.put(i.getOid(), i));
		index.putAll(ExtensionCodec.index(study));
		Map<String, String> placed = new HashMap<>();
		for (Map.Entry<String, List<String>> form : formGroups.entrySet()) {
			FormDefinition definition = forms.get(form.getKey());
			for (String group : form.getValue()) {
				List<String[]> refs = groupItems.get(group);
				if (refs == null) {
					problems.add(OdmProblem.error(0, 0, "FormDef " + form.getKey() + " refers to ItemGroupDef "
							+ group + ", which the file does not define"));
					continue;
				}
				for (String[] ref : refs) {
					ItemDefinition item = items.get(ref[0]);
					if (item == null) {
						problems.add(OdmProblem.error(0, 0, "ItemGroupDef " + group + " refers to ItemDef " + ref[0]
								+ ", which the file does not define"));
						continue;
					}
					if (placed.containsKey(item.getOid())) {
						if (!placed.get(item.getOid()).equals(form.getKey())) {
							problems.add(OdmProblem.warning(0, 0, "ItemDef " + item.getOid() + " is used on "
									+ placed.get(item.getOid()) + " and " + form.getKey()
									+ "; Trialbench keeps it on the first form"));
						}
						continue;
					}
					placed.put(item.getOid(), form.getKey());
					definition.getItems().add(item);
					if (!item.eIsSet(item.eClass().getEStructuralFeature("required")) && "Yes".equals(ref[1])) {
						item.setRequired(true);
					}
					if (item.getDerivation() == null && ref[2] != null
							&& index.get(ref[2]) instanceof Derivation derivation) {
						item.setDerivation(derivation);
					}
				}
			}
		}
		for (ItemDefinition item : items.values()) {
			if (!placed.containsKey(item.getOid())) {
				problems.add(OdmProblem.warning(0, 0, "ItemDef " + item.getOid()
						+ " is on no form; Trialbench keeps items on forms only, so it is not imported"));
			}
		}
		for (Map.Entry<String, String> entry : itemCodeLists.entrySet()) {
			ItemDefinition item = items.get(entry.getKey());
			if (index.get(entry.getValue()) instanceof CodeList codeList) {
				item.setCodeList(codeList);
			} else {
				problems.add(OdmProblem.error(0, 0, "ItemDef " + entry.getKey() + " refers to CodeList "
						+ entry.getValue() + ", which the file does not define"));
			}
		}
		for (VisitDefinition visit : study.getVisits()) {
			for (String formOid : visitForms.getOrDefault(visit.getOid(), List.of())) {
				if (forms.get(formOid) != null) {
					visit.getForms().add(forms.get(formOid));
				} else {
					problems.add(OdmProblem.error(0, 0, "StudyEventDef " + visit.getOid() + " refers to FormDef "
							+ formOid + ", which the file does not define"));
				}
			}
		}
		for (Pending p : pending) {
			resolve(p, index);
		}
	}

	@SuppressWarnings("unchecked")
	private void resolve(Pending p, Map<String, ProtocolElement> index) {
		List<Object> targets = new ArrayList<>();
		for (String name : p.names()) {
			ProtocolElement target = index.get(name);
			if (target == null || !p.reference().getEReferenceType().isInstance(target)) {
				problems.add(OdmProblem.error(p.line(), p.column(), "tb:" + p.reference().getName() + " names "
						+ p.reference().getEReferenceType().getName() + " '" + name
						+ "', which the file does not define"));
				return;
			}
			targets.add(target);
		}
		if (p.reference().isMany()) {
			List<Object> list = (List<Object>) p.object().eGet(p.reference());
			list.clear();
			list.addAll(targets);
		} else if (!targets.isEmpty()) {
			p.object().eSet(p.reference(), targets.get(0));
		}
	}

	@Override
	public ProtocolElement protocolElement(String oid) {
		return null;
	}

	@Override
	public User user(String username) {
		return null;
	}

	@Override
	public boolean defer(EObject object, EReference reference, List<String> names, OdmCursor at) {
		pending.add(new Pending(object, reference, names, at.line(), at.column()));
		return true;
	}
}
