package org.trialbench.repository.jdbc.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2-HMAC-SHA256 password hashes for the embedded store, in the form
 * {@code pbkdf2-sha256$iterations$salt$hash} (Base64). A server store leaves passwords to PostgreSQL (SCRAM).
 */
public final class PasswordHash {

	private static final String SCHEME = "pbkdf2-sha256";
	private static final int ITERATIONS = 210_000;
	private static final SecureRandom RANDOM = new SecureRandom();

	private PasswordHash() {
	}

	public static String create(char[] password) {
		byte[] salt = new byte[16];
		RANDOM.nextBytes(salt);
		return create(password, salt, ITERATIONS);
	}

	static String create(char[] password, byte[] salt, int iterations) {
		Base64.Encoder base64 = Base64.getEncoder();
		return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$"
				+ base64.encodeToString(derive(password, salt, iterations));
	}

	public static boolean matches(char[] password, String stored) {
		if (stored == null || password == null) {
			return false;
		}
		String[] parts = stored.split("\\$");
		if (parts.length != 4 || !parts[0].equals(SCHEME)) {
			return false;
		}
		int iterations = Integer.parseInt(parts[1]);
		byte[] salt = Base64.getDecoder().decode(parts[2]);
		byte[] expected = Base64.getDecoder().decode(parts[3]);
		return MessageDigest.isEqual(expected, derive(password, salt, iterations));
	}

	/**
	 * The SCRAM-SHA-256 verifier PostgreSQL checks the same password against, worked out from a stored hash without
	 * the password: the hash is SCRAM's SaltedPassword. PostgreSQL and its driver normalize a password (SASLprep)
	 * before deriving it, which this hash did not, so a password that normalization changes (some non-ASCII
	 * characters) no longer matches; ASCII passwords always do. Empty for a missing or foreign hash.
	 */
	public static Optional<String> scramVerifier(String stored) {
		if (stored == null) {
			return Optional.empty();
		}
		String[] parts = stored.split("\\$");
		if (parts.length != 4 || !parts[0].equals(SCHEME)) {
			return Optional.empty();
		}
		Base64.Decoder base64 = Base64.getDecoder();
		return Optional.of(ScramVerifier.ofSaltedPassword(base64.decode(parts[2]), Integer.parseInt(parts[1]),
				base64.decode(parts[3])));
	}

	private static byte[] derive(char[] password, byte[] salt, int iterations) {
		PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
		try {
			return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this Java runtime", e);
		} finally {
			spec.clearPassword();
		}
	}

	static char[] copy(char[] password) {
		return Arrays.copyOf(password, password.length);
	}
}
