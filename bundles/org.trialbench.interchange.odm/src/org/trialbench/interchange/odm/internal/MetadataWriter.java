package org.trialbench.interchange.odm.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.stream.XMLStreamException;

import org.trialbench.interchange.odm.Odm;
import org.trialbench.protocol.CodeList;
import org.trialbench.protocol.CodeListItem;
import org.trialbench.protocol.Derivation;
import org.trialbench.protocol.FormDefinition;
import org.trialbench.protocol.ItemDataType;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.VisitDefinition;
import org.trialbench.protocol.VisitKind;

/**
 * The protocol as ODM study metadata: visits as StudyEventDefs, forms as FormDefs with one ItemGroupDef each, items
 * as ItemDefs with their question, unit, range checks and code list, derivations as MethodDefs. Every stored
 * feature is also written as a Trialbench extension attribute so that our own import restores it exactly.
 */
public final class MetadataWriter {

	private final Study study;
	private final Map<String, String> unitOids = new LinkedHashMap<>();

	public MetadataWriter(Study study) {
		this.study = study;
		for (FormDefinition form : study.getForms()) {
			for (ItemDefinition item : form.getItems()) {
				if (item.getUnit() != null && !item.getUnit().isBlank() && !unitOids.containsKey(item.getUnit())) {
					String oid = "MU." + item.getUnit().replaceAll("[^A-Za-z0-9._-]", "_");
					while (unitOids.containsValue(oid)) {
						oid += "_";
					}
					unitOids.put(item.getUnit(), oid);
				}
			}
		}
	}

	public static String metaDataVersionOid(Study study) {
		return "MDV." + (study.getVersion() == null ? "1" : study.getVersion());
	}

	public static String itemGroupOid(FormDefinition form) {
		return form.getOid() + ".IG";
	}

	public void write(XmlOut out) throws XMLStreamException {
		out.start("Study").attr("OID", study.getOid());
		ExtensionCodec.writeFeatures(out, study);
		out.start("GlobalVariables");
		out.element("StudyName", or(study.getName(), study.getOid()));
		out.element("StudyDescription", or(study.getDescription(), or(study.getTitle(), "")));
		out.element("ProtocolName", or(study.getAcronym(), study.getOid()));
		out.end();
		if (!unitOids.isEmpty()) {
			out.start("BasicDefinitions");
			for (Map.Entry<String, String> unit : unitOids.entrySet()) {
				out.start("MeasurementUnit").attr("OID", unit.getValue()).attr("Name", unit.getKey());
				out.translated("Symbol", unit.getKey());
				out.end();
			}
			out.end();
		}
		out.start("MetaDataVersion").attr("OID", metaDataVersionOid(study))
				.attr("Name", "Protocol " + or(study.getAcronym(), study.getOid()) + " version "
						+ or(study.getVersion(), "1"));
		if (!study.getVisits().isEmpty()) {
			out.start("Protocol");
			int order = 1;
			for (VisitDefinition visit : study.getVisits()) {
				out.start("StudyEventRef").attr("StudyEventOID", visit.getOid()).attr("OrderNumber", order++)
						.attr("Mandatory", yesNo(visit.getKind() != VisitKind.UNSCHEDULED)).end();
			}
			out.end();
		}
		for (VisitDefinition visit : study.getVisits()) {
			out.start("StudyEventDef").attr("OID", visit.getOid()).attr("Name", or(visit.getName(), visit.getOid()))
					.attr("Repeating", yesNo(visit.isRepeating()))
					.attr("Type", visit.getKind() == VisitKind.UNSCHEDULED ? "Unscheduled" : "Scheduled");
			ExtensionCodec.writeFeatures(out, visit);
			description(out, visit.getDescription());
			int order = 1;
			for (FormDefinition form : visit.getForms()) {
				out.start("FormRef").attr("FormOID", form.getOid()).attr("OrderNumber", order++)
						.attr("Mandatory", "No").end();
			}
			out.end();
		}
		for (FormDefinition form : study.getForms()) {
			out.start("FormDef").attr("OID", form.getOid()).attr("Name", or(form.getName(), form.getOid()))
					.attr("Repeating", yesNo(form.isRepeating()));
			ExtensionCodec.writeFeatures(out, form);
			description(out, form.getDescription());
			out.start("ItemGroupRef").attr("ItemGroupOID", itemGroupOid(form)).attr("Mandatory", "Yes").end();
			out.end();
		}
		for (FormDefinition form : study.getForms()) {
			out.start("ItemGroupDef").attr("OID", itemGroupOid(form)).attr("Name", or(form.getName(), form.getOid()))
					.attr("Repeating", "No");
			int order = 1;
			for (ItemDefinition item : form.getItems()) {
				out.start("ItemRef").attr("ItemOID", item.getOid()).attr("OrderNumber", order++)
						.attr("Mandatory", yesNo(item.isRequired()))
						.attr("MethodOID", item.getDerivation() == null ? null : item.getDerivation().getOid()).end();
			}
			out.end();
		}
		for (FormDefinition form : study.getForms()) {
			for (ItemDefinition item : form.getItems()) {
				writeItem(out, item);
			}
		}
		for (CodeList codeList : study.getCodeLists()) {
			out.start("CodeList").attr("OID", codeList.getOid()).attr("Name", or(codeList.getName(), codeList.getOid()))
					.attr("DataType", codeListType(codeList.getDataType()));
			ExtensionCodec.writeFeatures(out, codeList);
			description(out, codeList.getDescription());
			for (CodeListItem entry : codeList.getItems()) {
				out.start("CodeListItem").attr("CodedValue", entry.getCode());
				ExtensionCodec.writeFeatures(out, entry);
				out.translated("Decode", or(entry.getDecode(), entry.getCode()));
				out.end();
			}
			out.end();
		}
		for (Derivation derivation : study.getDerivations()) {
			out.start("MethodDef").attr("OID", derivation.getOid())
					.attr("Name", or(derivation.getName(), derivation.getOid())).attr("Type", "Computation");
			ExtensionCodec.writeFeatures(out, derivation);
			out.translated("Description", or(derivation.getDescription(), String.valueOf(derivation.getKind())));
			out.start("FormalExpression").attr("Context", "Trialbench").text(expression(derivation)).end();
			ExtensionCodec.writeObjects(out, derivation, Set.of());
			out.end();
		}
		// arms, strata, eligibility, endpoints, SDV plan...: no ODM counterpart
		ExtensionCodec.writeObjects(out, study, Set.of("visits", "forms", "codeLists", "derivations"));
		out.end(); // MetaDataVersion
		out.end(); // Study
	}

	private void writeItem(XmlOut out, ItemDefinition item) throws XMLStreamException {
		out.start("ItemDef").attr("OID", item.getOid()).attr("Name", or(item.getName(), item.getOid()))
				.attr("DataType", dataType(item)).attr("SignificantDigits", item.getDecimalPlaces());
		ExtensionCodec.writeFeatures(out, item);
		description(out, item.getDescription());
		if (item.getQuestion() != null) {
			out.translated("Question", item.getQuestion());
		}
		if (item.getUnit() != null && unitOids.containsKey(item.getUnit())) {
			out.start("MeasurementUnitRef").attr("MeasurementUnitOID", unitOids.get(item.getUnit())).end();
		}
		if (item.isSetMin()) {
			rangeCheck(out, "GE", item.getMin(), item);
		}
		if (item.isSetMax()) {
			rangeCheck(out, "LE", item.getMax(), item);
		}
		if (item.getCodeList() != null) {
			out.start("CodeListRef").attr("CodeListOID", item.getCodeList().getOid()).end();
		}
		out.end();
	}

	private static void rangeCheck(XmlOut out, String comparator, BigDecimal limit, ItemDefinition item)
			throws XMLStreamException {
		out.start("RangeCheck").attr("Comparator", comparator).attr("SoftHard", "Hard");
		out.element("CheckValue", limit.toPlainString());
		out.translated("ErrorMessage", or(item.getName(), item.getOid()) + " must be "
				+ (comparator.equals("GE") ? "at least " : "at most ") + limit.toPlainString());
		out.end();
	}

	private static void description(XmlOut out, String description) throws XMLStreamException {
		if (description != null && !description.isBlank()) {
			out.translated("Description", description);
		}
	}

	/** ODM's data type for the item; code-list items take the code list's type. */
	public static String dataType(ItemDefinition item) {
		ItemDataType type = item.getDataType();
		if (type == ItemDataType.CODE) {
			return item.getCodeList() == null ? "text" : codeListType(item.getCodeList().getDataType());
		}
		return switch (type) {
		case INTEGER -> "integer";
		case DECIMAL -> "float";
		case DATE -> "date";
		case DATETIME -> "datetime";
		case BOOLEAN -> "boolean";
		default -> "text";
		};
	}

	static String codeListType(ItemDataType type) {
		return switch (type) {
		case INTEGER -> "integer";
		case DECIMAL -> "float";
		default -> "text";
		};
	}

	static String expression(Derivation derivation) {
		String inputs = derivation.getInputs().stream().map(ItemDefinition::getOid).collect(Collectors.joining(", "));
		String parameters = derivation.getParameters().stream().map(p -> p.getKey() + "=" + p.getValue())
				.collect(Collectors.joining(", "));
		return derivation.getKind() + "(" + inputs + (parameters.isEmpty() ? "" : "; " + parameters) + ")";
	}

	private static String yesNo(boolean value) {
		return value ? "Yes" : "No";
	}

	static String or(String value, String otherwise) {
		return value == null || value.isBlank() ? otherwise : value;
	}

	/** The study's users, sites and signature meanings are written by the clinical data writer. */
	public static String odmNamespace() {
		return Odm.NS;
	}
}
