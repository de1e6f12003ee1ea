package org.trialbench.model.signature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.Signature;

/**
 * What a form's electronic signature binds (21 CFR Part 11.70: a signature is linked to its record so that it cannot
 * be carried over to other content): the SHA-256 of the form's canonical content, written into the signature when it
 * is made. The canonical content is the record's id, definition OID and occurrence, then one
 * {@code OID=value|missing code} line per item value in form order. A form whose content no longer gives its
 * signature's hash was changed under a standing signature.
 */
public final class SignedContent {

	private SignedContent() {
	}

	/** The canonical content of the form, as its signature binds it. */
	public static String canonicalContent(FormRecord form) {
		StringBuilder text = new StringBuilder();
		text.append(form.getId()).append('\n').append(form.getDefinition().getOid()).append('#')
				.append(form.getOccurrence()).append('\n');
		for (ItemValue value : form.getItemValues()) {
			text.append(value.getDefinition().getOid()).append('=')
					.append(value.getValue() == null ? "" : value.getValue()).append('|')
					.append(value.getMissingCode() == null ? "" : value.getMissingCode().getLiteral()).append('\n');
		}
		return text.toString();
	}

	/** The SHA-256 (lower-case hex) of the form's canonical content. */
	public static String hash(FormRecord form) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(canonicalContent(form).getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	/** Who signed, as the signature names them: the signer's name, else the user name; null when neither is known. */
	public static String signer(Signature signature) {
		if (signature == null) {
			return null;
		}
		if (signature.getSignerName() != null && !signature.getSignerName().isBlank()) {
			return signature.getSignerName();
		}
		return signature.getSigner() == null ? null : signature.getSigner().getUsername();
	}

	/**
	 * Whether the form's standing signature binds what the form holds now: true when there is no signature or it
	 * carries no hash (nothing to check), false when the content changed after signing.
	 */
	public static boolean binds(FormRecord form) {
		Signature signature = form.getSignature();
		if (signature == null || signature.getRecordHash() == null || signature.getRecordHash().isBlank()
				|| form.getDefinition() == null) {
			return true;
		}
		return signature.getRecordHash().equalsIgnoreCase(hash(form));
	}
}
