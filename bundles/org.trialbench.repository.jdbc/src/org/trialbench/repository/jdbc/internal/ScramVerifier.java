package org.trialbench.repository.jdbc.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802/7677, as PostgreSQL formats it), computed
 * here so that a new password never travels to the server, or into its statement log, in clear.
 */
final class ScramVerifier {

	private static final int ITERATIONS = 4096; // PostgreSQL's default scram_iterations
	private static final SecureRandom RANDOM = new SecureRandom();

	private ScramVerifier() {
	}

	static String of(char[] password) {
		byte[] salt = new byte[16];
		RANDOM.nextBytes(salt);
		return of(password, salt, ITERATIONS);
	}

	static String of(char[] password, byte[] salt, int iterations) {
		try {
			// PostgreSQL applies SASLprep, whose core for ordinary passwords is NFKC normalization
			char[] normalized = Normalizer.normalize(CharBuffer.wrap(password), Normalizer.Form.NFKC).toCharArray();
			SecretKeyFactory pbkdf2 = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
			byte[] salted = pbkdf2.generateSecret(new PBEKeySpec(normalized, salt, iterations, 256)).getEncoded();
			Arrays.fill(normalized, '\0');
			return ofSaltedPassword(salt, iterations, salted);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("this Java runtime lacks PBKDF2/HMAC-SHA-256", e);
		}
	}

	/**
	 * The verifier from SCRAM's SaltedPassword, PBKDF2-HMAC-SHA-256 of the password with the salt and iterations
	 * (RFC 5802's Hi): what {@link PasswordHash} keeps, so an embedded H2 store's password carries over.
	 */
	static String ofSaltedPassword(byte[] salt, int iterations, byte[] salted) {
		try {
			byte[] clientKey = hmac(salted, "Client Key");
			byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(clientKey);
			byte[] serverKey = hmac(salted, "Server Key");
			Base64.Encoder b64 = Base64.getEncoder();
			return "SCRAM-SHA-256$" + iterations + ":" + b64.encodeToString(salt) + "$" + b64.encodeToString(storedKey)
					+ ":" + b64.encodeToString(serverKey);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("this Java runtime lacks PBKDF2/HMAC-SHA-256", e);
		}
	}

	private static byte[] hmac(byte[] key, String text) throws GeneralSecurityException {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key, "HmacSHA256"));
		ByteBuffer bytes = StandardCharsets.UTF_8.encode(text);
		mac.update(bytes);
		return mac.doFinal();
	}
}
