package nl.kwartier.identity.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.kwartier.platform.database.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time recovery codes for when the phone with the authenticator app is lost. Each code has
 * 50 random bits, so a fast hash is enough; only the hash is kept.
 */
@Component
class RecoveryCodes {

	static final int COUNT = 10;

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	RecoveryCodes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Replaces any earlier codes; the new ones are shown once and never again. */
	@Transactional
	List<String> renew(UUID userId) {
		discard(userId);
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < COUNT; i++) {
			String code = randomCode();
			codes.add(code);
			jdbc.sql("INSERT INTO recovery_code (app_user, code_hash) VALUES (?, ?)").params(userId, hash(code)).update();
		}
		return codes;
	}

	@Transactional
	void discard(UUID userId) {
		jdbc.sql("DELETE FROM recovery_code WHERE app_user = ?").param(userId).update();
	}

	/** Uses up the code if it is one of the user's unused codes. */
	@Transactional
	boolean redeem(UUID userId, String typed) {
		String normalised = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
		if (normalised.length() != 10) {
			return false;
		}
		String code = normalised.substring(0, 5) + "-" + normalised.substring(5);
		return jdbc.sql("UPDATE recovery_code SET used_at = ? WHERE app_user = ? AND code_hash = ? AND used_at IS NULL")
			.params(Timestamps.utc(clock.instant()), userId, hash(code))
			.update() == 1;
	}

	int remaining(UUID userId) {
		return jdbc.sql("SELECT count(*) FROM recovery_code WHERE app_user = ? AND used_at IS NULL")
			.param(userId)
			.query(Integer.class)
			.single();
	}

	private String randomCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	private static String hash(String code) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
