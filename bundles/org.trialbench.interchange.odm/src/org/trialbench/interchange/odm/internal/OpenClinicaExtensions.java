package org.trialbench.interchange.odm.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.FormStatus;
import org.trialbench.clinical.Sex;
import org.trialbench.clinical.Subject;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.clinical.Visit;
import org.trialbench.clinical.VisitStatus;
import org.trialbench.interchange.odm.Odm;
import org.trialbench.interchange.odm.OdmProblem;

/**
 * OpenClinica 3.x's ODM extension attributes ({@code OpenClinica:} on SubjectData, StudyEventData and FormData) read
 * into the clinical model where Trialbench has a counterpart, each mapping noted for the report. OpenClinica's
 * SubjectKey is an internal OID (SS_...); the study subject id people know the subject by becomes the screening
 * number, so that a re-import of a later export finds the same subjects.
 */
final class OpenClinicaExtensions {

	private OpenClinicaExtensions() {
	}

	private static String attr(OdmCursor cursor, String name) {
		String value = cursor.attr(Odm.OPENCLINICA, name);
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** Reads SubjectData's OpenClinica attributes; returns the subject's key (the study subject id when given). */
	static String subject(OdmCursor cursor, Subject subject, String key, MappingNotes notes, List<OdmProblem> problems) {
		String label = attr(cursor, "StudySubjectID");
		if (label == null) {
			label = attr(cursor, "StudySubjectId"); // as OpenClinica 3.0 and 3.1 spell it
		}
		if (label != null) {
			// one note for all subjects: the report says each mapping once, with how often it applied
			notes.note("OpenClinica:StudySubjectID -> screening number (the SubjectKeys, SS_..., are OpenClinica's "
					+ "internal OIDs)", cursor);
			key = label;
		}
		String sex = attr(cursor, "Sex");
		if (sex != null) {
			switch (sex.toLowerCase(Locale.ROOT)) {
			case "f", "female" -> subject.setSex(Sex.FEMALE);
			case "m", "male" -> subject.setSex(Sex.MALE);
			default -> problems.add(cursor.warning("OpenClinica:Sex '" + sex + "' of " + key
					+ " is neither f nor m; not imported"));
			}
			notes.note("OpenClinica:Sex -> the subject's sex", cursor);
		}
		String birth = attr(cursor, "DateOfBirth");
		if (birth != null) {
			LocalDate date = date(cursor, birth, "OpenClinica:DateOfBirth", problems);
			if (date != null) {
				subject.setBirthDate(date);
				notes.note("OpenClinica:DateOfBirth -> the subject's birth date", cursor);
			}
		}
		String enrolled = attr(cursor, "EnrollmentDate");
		if (enrolled != null) {
			LocalDate date = date(cursor, enrolled, "OpenClinica:EnrollmentDate", problems);
			if (date != null) {
				subject.setEnrolmentDate(date);
				notes.note("OpenClinica:EnrollmentDate -> the subject's enrolment date", cursor);
			}
		}
		String status = attr(cursor, "Status");
		if (status != null) {
			switch (status.toLowerCase(Locale.ROOT)) {
			case "removed", "auto-removed" -> {
				subject.setStatus(SubjectStatus.WITHDRAWN);
				notes.note("OpenClinica subject status '" + status + "' -> withdrawn", cursor);
			}
			default -> notes.note("OpenClinica subject status '" + status + "' has no Trialbench counterpart; "
					+ "the subject's status is Trialbench's own (screening until randomized)", cursor);
			}
		}
		return key;
	}

	/** StudyEventData: start date and status. */
	static void visit(OdmCursor cursor, Visit visit, MappingNotes notes, List<OdmProblem> problems) {
		String start = attr(cursor, "StartDate");
		if (start != null) {
			LocalDate date = date(cursor, start.length() > 10 ? start.substring(0, 10) : start,
					"OpenClinica:StartDate", problems);
			if (date != null) {
				visit.setDate(date);
				notes.note("OpenClinica:StartDate of an event -> the visit's date", cursor);
			}
		}
		String status = attr(cursor, "Status");
		if (status != null) {
			VisitStatus mapped = switch (status.toLowerCase(Locale.ROOT)) {
			case "scheduled", "not scheduled", "not_scheduled", "data entry started" -> VisitStatus.PLANNED;
			case "completed", "signed", "locked" -> VisitStatus.DONE;
			case "skipped", "stopped" -> VisitStatus.MISSED;
			default -> null;
			};
			if (mapped == null) {
				problems.add(cursor.warning("OpenClinica event status '" + status + "' has no Trialbench counterpart; "
						+ "the visit keeps no status"));
			} else {
				visit.setStatus(mapped);
				notes.note("OpenClinica event status '" + status + "' -> visit " + mapped.getLiteral(), cursor);
			}
		}
	}

	/** FormData: CRF version and status. */
	static void form(OdmCursor cursor, FormRecord form, MappingNotes notes, List<OdmProblem> problems) {
		String version = attr(cursor, "Version");
		if (version != null) {
			notes.note("OpenClinica CRF version " + version + " of " + cursor.attr("FormOID") + " -> form "
					+ cursor.attr("FormOID") + " (OpenClinica gives each CRF version a FormOID of its own)", cursor);
		}
		String status = attr(cursor, "Status");
		if (status != null) {
			FormStatus mapped = switch (status.toLowerCase(Locale.ROOT)) {
			case "initial data entry", "data entry started", "double data entry" -> FormStatus.IN_PROGRESS;
			case "data entry complete", "initial data entry completed", "double data entry complete", "completed",
					"signed", "locked" -> FormStatus.COMPLETE;
			case "not started" -> FormStatus.NOT_STARTED;
			default -> null;
			};
			if (mapped == null) {
				problems.add(cursor.warning("OpenClinica CRF status '" + status + "' has no Trialbench counterpart; "
						+ "the form keeps no status"));
			} else {
				form.setStatus(mapped);
				notes.note("OpenClinica CRF status '" + status + "' -> form " + mapped.getLiteral()
						+ (status.equalsIgnoreCase("signed") || status.equalsIgnoreCase("locked")
								? " (Trialbench's signed and locked come from its own signatures and data locks)" : ""),
						cursor);
			}
		}
	}

	private static LocalDate date(OdmCursor cursor, String text, String what, List<OdmProblem> problems) {
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			problems.add(cursor.warning(what + " '" + ExtensionCodec.shorten(text) + "' is not a date (YYYY-MM-DD); "
					+ "not imported"));
			return null;
		}
	}
}
