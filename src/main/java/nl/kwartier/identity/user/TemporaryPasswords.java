package nl.kwartier.identity.user;

import java.security.SecureRandom;

/**
 * Passwords that an administrator hands over once (a new account, a reset). Random enough to pass
 * the password policy; the user must replace it at the first login.
 */
public final class TemporaryPasswords {

	/** No 0/O, 1/l/I: the password is read aloud or copied by hand. */
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final SecureRandom random = new SecureRandom();

	private TemporaryPasswords() {
	}

	public static String generate() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			if (i > 0 && i % 5 == 0) {
				password.append('-');
			}
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}
}
