package nl.kwartier.identity.login;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 seconds), as authenticator
 * apps use them. A code is accepted one step early or late, for clocks that drift.
 */
@Component
public class Totp {

	static final int PERIOD_SECONDS = 30;

	private static final int DIGITS = 6;

	private final Clock clock;

	private final DefaultCodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

	Totp(Clock clock) {
		this.clock = clock;
	}

	String newSecret() {
		return new DefaultSecretGenerator(32).generate();
	}

	long currentStep() {
		return clock.instant().getEpochSecond() / PERIOD_SECONDS;
	}

	/** The time step the code belongs to, if it is valid now. */
	OptionalLong verify(String secret, String code) {
		String digits = code == null ? "" : code.replaceAll("\\s", "");
		if (!digits.matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		long now = currentStep();
		for (long step = now - 1; step <= now + 1; step++) {
			if (constantTimeEquals(codeAt(secret, step), digits)) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	/** The code an authenticator app shows now (for demo accounts and tests). */
	public String currentCode(String secret) {
		return codeAt(secret, currentStep());
	}

	String codeAt(String secret, long step) {
		try {
			return generator.generate(secret, step);
		}
		catch (CodeGenerationException e) {
			throw new IllegalStateException("Cannot compute a one-time code", e);
		}
	}

	/** The otpauth URI an authenticator app reads from the QR code. */
	String uri(String secret, String accountName) {
		String label = URLEncoder.encode("Kwartier:" + accountName, StandardCharsets.UTF_8).replace("+", "%20");
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=Kwartier&algorithm=SHA1&digits=" + DIGITS
				+ "&period=" + PERIOD_SECONDS;
	}

	private static boolean constantTimeEquals(String a, String b) {
		return java.security.MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII),
				b.getBytes(StandardCharsets.US_ASCII));
	}
}
