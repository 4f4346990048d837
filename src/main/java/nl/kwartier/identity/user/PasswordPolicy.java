package nl.kwartier.identity.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be: long enough to resist guessing, short enough to hash quickly, and not
 * one that people commonly choose (also not with a few digits or symbols stuck on the end), nor
 * the username. Length beats complexity rules: there is no demand for capitals or symbols.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	/** Argon2 hashes long input slowly; a cap keeps a login from costing the server much. */
	public static final int MAX_LENGTH = 200;

	/** Why a password is refused; each has a message key {@code password.error.<name>}. */
	public enum Refusal {
		TOO_SHORT, TOO_LONG, COMMON, CONTAINS_USERNAME;

		public String messageKey() {
			return "password.error." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}

	private final Set<String> common;

	public PasswordPolicy() {
		this.common = load("identity/common-passwords.txt");
	}

	/** The reason to refuse the password, or empty when it is good. */
	public Optional<Refusal> check(String password, String username) {
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of(Refusal.TOO_SHORT);
		}
		if (length > MAX_LENGTH) {
			return Optional.of(Refusal.TOO_LONG);
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String name = username.trim().toLowerCase(Locale.ROOT);
		if (name.length() >= 3 && lower.contains(name)) {
			return Optional.of(Refusal.CONTAINS_USERNAME);
		}
		String core = lower.replaceAll("[^\\p{L}]+$", "").replaceAll("^[^\\p{L}]+", "");
		if (common.contains(lower) || common.contains(core) || isRepetition(lower)) {
			return Optional.of(Refusal.COMMON);
		}
		return Optional.empty();
	}

	/** "aaaaaaaaaaaa", "abcabcabcabc": one short piece repeated. */
	private static boolean isRepetition(String password) {
		for (int size = 1; size <= 4; size++) {
			if (password.length() % size == 0 && password.substring(0, size).repeat(password.length() / size).equals(password)) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> load(String resource) {
		Set<String> words = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(words::add);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read " + resource, e);
		}
		return words;
	}
}
