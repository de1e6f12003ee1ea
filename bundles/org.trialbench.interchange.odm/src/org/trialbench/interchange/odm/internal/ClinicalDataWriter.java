package org.trialbench.interchange.odm.internal;

import java.time.LocalDate;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Signature;
import org.trialbench.clinical.Site;
import org.trialbench.clinical.SignatureMeaning;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.Trial;
import org.trialbench.clinical.User;
import org.trialbench.clinical.Visit;
import org.trialbench.interchange.odm.OdmExportOptions;
import org.trialbench.protocol.Study;
import org.trialbench.repository.LastChange;

/**
 * Clinical data as ODM: AdminData (users, sites as locations, signature meanings), then one SubjectData per
 * subject down to ItemData, each value with the AuditRecord of its last change and forms with their e-signature.
 * Writes one subject at a time; nothing of earlier subjects is kept.
 */
public final class ClinicalDataWriter {
	private static final Set<String> SUBJECT_NATIVE = Set.of("visits");
	private static final Set<String> VISIT_NATIVE = Set.of("forms");
	private static final Set<String> FORM_NATIVE = Set.of("itemValues", "signature");

	private final XmlOut out;
	private final OdmExportOptions options;
	private final String upsert;

	public ClinicalDataWriter(XmlOut out, OdmExportOptions options) {
		this.out = out;
		this.options = options;
		upsert = options.fileType() == OdmExportOptions.FileType.TRANSACTIONAL ? "Upsert" : null;
	}

	public static String locationOid(String siteCode) {
		return "SITE." + siteCode;
	}

	public static String userOid(String username) {
		return "USR." + username;
	}

	public void adminData(Study study, Trial trial) throws XMLStreamException {
		out.start("AdminData").attr("StudyOID", study.getOid());
		for (User user : trial.getUsers()) {
			out.start("User").attr("OID", userOid(user.getUsername()));
			ExtensionCodec.writeFeatures(out, user);
			out.element("LoginName", user.getUsername());
			if (user.getFullName() != null) {
				out.element("FullName", user.getFullName());
			}
			if (user.getEmail() != null) {
				out.element("Email", user.getEmail());
			}
			for (Site site : user.getSites()) {
				out.start("LocationRef").attr("LocationOID", locationOid(site.getCode())).end();
			}
			out.end();
		}
		for (Site site : trial.getSites()) {
			out.start("Location").attr("OID", locationOid(site.getCode())).attr("Name", site.getName())
					.attr("LocationType", "Site");
			ExtensionCodec.writeFeatures(out, site);
			out.start("MetaDataVersionRef").attr("StudyOID", study.getOid())
					.attr("MetaDataVersionOID", MetadataWriter.metaDataVersionOid(study))
					.attr("EffectiveDate", site.getActivationDate() != null ? site.getActivationDate()
							: study.getVersionDate() != null ? study.getVersionDate() : LocalDate.of(2000, 1, 1))
					.end();
			out.end();
		}
		for (SignatureMeaning meaning : SignatureMeaning.VALUES) {
			out.start("SignatureDef").attr("OID", "SD." + meaning.getLiteral()).attr("Methodology", "Electronic");
			out.element("Meaning", meaning.getLiteral());
			out.element("LegalReason", "21 CFR Part 11 electronic signature (" + meaning.getLiteral() + ")");
			out.end();
		}
		out.end();
	}

	public void subject(SubjectRecord record) throws XMLStreamException {
		Subject subject = record.subject();
		out.start("SubjectData").attr("SubjectKey", subject.getScreeningNumber()).attr("TransactionType", upsert);
		ExtensionCodec.writeFeatures(out, subject);
		if (record.siteCode() != null) {
			out.start("SiteRef").attr("LocationOID", locationOid(record.siteCode())).end();
		}
		for (Visit visit : subject.getVisits()) {
			out.start("StudyEventData").attr("StudyEventOID", visit.getDefinition().getOid())
					.attr("StudyEventRepeatKey", visit.getOccurrence()).attr("TransactionType", upsert);
			ExtensionCodec.writeFeatures(out, visit);
			for (FormRecord form : visit.getForms()) {
				form(form, record);
			}
			ExtensionCodec.writeObjects(out, visit, VISIT_NATIVE);
			out.end();
		}
		ExtensionCodec.writeObjects(out, subject, SUBJECT_NATIVE);
		out.end();
	}

	private void form(FormRecord form, SubjectRecord record) throws XMLStreamException {
		out.start("FormData").attr("FormOID", form.getDefinition().getOid())
				.attr("FormRepeatKey", form.getOccurrence()).attr("TransactionType", upsert);
		ExtensionCodec.writeFeatures(out, form);
		Signature signature = form.getSignature();
		if (signature != null && options.signatures()) {
			out.start("Signature");
			ExtensionCodec.writeFeatures(out, signature);
			out.start("UserRef").attr("UserOID", userOid(signature.getSigner() == null ? "unknown"
					: signature.getSigner().getUsername())).end();
			out.start("LocationRef").attr("LocationOID", locationOid(record.siteCode())).end();
			out.start("SignatureRef").attr("SignatureOID", "SD." + signature.getMeaning().getLiteral()).end();
			out.element("DateTimeStamp", String.valueOf(signature.getSignedAt()));
			out.end();
		}
		out.start("ItemGroupData").attr("ItemGroupOID", MetadataWriter.itemGroupOid(form.getDefinition()))
				.attr("TransactionType", upsert);
		for (ItemValue value : form.getItemValues()) {
			out.start("ItemData").attr("ItemOID", value.getDefinition().getOid()).attr("TransactionType", upsert);
			if (value.getValue() != null) {
				out.attr("Value", value.getValue());
			} else {
				out.attr("IsNull", "Yes");
			}
			ExtensionCodec.writeFeatures(out, value);
			LastChange change = record.lastChanges().get(value.getId());
			if (change != null && options.auditRecords()) {
				out.start("AuditRecord").attr("EditPoint", "DataManagement");
				out.start("UserRef").attr("UserOID", userOid(change.username())).end();
				out.start("LocationRef").attr("LocationOID", locationOid(record.siteCode())).end();
				out.element("DateTimeStamp", change.at().toString());
				if (change.reason() != null) {
					out.element("ReasonForChange", change.reason());
				}
				out.element("SourceID", "commit " + change.commitId() + ", audit entry " + change.sequence());
				out.end();
			}
			ExtensionCodec.writeObjects(out, value, Set.of());
			out.end();
		}
		out.end();
		// after ItemGroupData: ODM 1.3.2 puts a FormData's extension elements last
		ExtensionCodec.writeObjects(out, form, FORM_NATIVE);
		out.end();
	}
}
