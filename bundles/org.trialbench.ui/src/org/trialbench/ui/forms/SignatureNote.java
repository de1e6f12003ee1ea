package org.trialbench.ui.forms;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.FormStatus;
import org.trialbench.clinical.Signature;
import org.trialbench.clinical.User;

/**
 * Why a form cannot be edited, in words a site understands: who signed it and when (in the user's time zone), and
 * what a correction takes (21 CFR Part 11: the signature is withdrawn with a reason, audited, and the principal
 * investigator signs again after the correction); or that the data are locked.
 */
public final class SignatureNote {
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")
			.withZone(ZoneId.systemDefault());

	private SignatureNote() {
	}

	/** The note for a signed or locked form, or null when the form can be edited. */
	public static String of(FormRecord form) {
		if (form.getStatus() == FormStatus.LOCKED) {
			return "Locked: the data of this form are frozen by a data lock and cannot be changed.";
		}
		if (form.getStatus() != FormStatus.SIGNED) {
			return null;
		}
		return "Signed by " + signer(form.getSignature()) + when(form.getSignature()) + ". Signed values cannot be "
				+ "edited. To correct one, the signer or the principal investigator withdraws the signature with a "
				+ "reason (Withdraw Signature...; kept in the audit trail), the value is corrected with its reason for "
				+ "change, and the PI signs again.";
	}

	/** A short form for a field's tooltip. */
	public static String shortly(FormRecord form) {
		if (form.getStatus() == FormStatus.LOCKED) {
			return "Locked by a data lock";
		}
		return signedBy(form) + "; a correction needs the signature withdrawn first (see the note above the form)";
	}

	/** "Signed by Full Name (username) on date time zone", in the user's time zone. */
	public static String signedBy(FormRecord form) {
		return "Signed by " + signer(form.getSignature()) + when(form.getSignature());
	}

	/** Who signed the form, as "Full Name (username)". */
	public static String signer(FormRecord form) {
		return signer(form.getSignature());
	}

	private static String signer(Signature signature) {
		if (signature == null) {
			return "the investigator";
		}
		User user = signature.getSigner();
		String name = signature.getSignerName() != null && !signature.getSignerName().isBlank()
				? signature.getSignerName()
				: user != null && user.getFullName() != null ? user.getFullName() : null;
		String username = user == null ? null : user.getUsername();
		if (name == null) {
			return username == null ? "the investigator" : username;
		}
		return username == null || name.contains(username) ? name : name + " (" + username + ")";
	}

	private static String when(Signature signature) {
		return signature == null || signature.getSignedAt() == null ? ""
				: " on " + WHEN.format(signature.getSignedAt());
	}
}
