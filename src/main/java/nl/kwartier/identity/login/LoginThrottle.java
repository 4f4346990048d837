package nl.kwartier.identity.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import nl.kwartier.platform.database.Timestamps;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Refuses logins for a while after repeated failures, per account and per address. Attempts
 * are kept in the database so every application node sees the same count. The account is kept
 * as a hash of what was typed: it may not exist, and it may be a mistyped password.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int maxFailuresPerAccount;

	private final int maxFailuresPerAddress;

	private final Duration window;

	LoginThrottle(JdbcClient jdbc, Clock clock,
			@Value("${kwartier.login.max-failures-per-account:5}") int maxFailuresPerAccount,
			@Value("${kwartier.login.max-failures-per-address:30}") int maxFailuresPerAddress,
			@Value("${kwartier.login.throttle-window:15m}") Duration window) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailuresPerAccount = maxFailuresPerAccount;
		this.maxFailuresPerAddress = maxFailuresPerAddress;
		this.window = window;
	}

	/** How long the throttle lasts, for the message to the user. */
	Duration window() {
		return window;
	}

	boolean isThrottled(String username, String address) {
		Instant since = clock.instant().minus(window);
		String key = key(username);
		int accountFailures = jdbc.sql("""
				SELECT count(*) FROM login_attempt
				WHERE username_key = :key AND NOT succeeded AND attempted_at > :since
				  AND attempted_at > coalesce((SELECT max(attempted_at) FROM login_attempt
				                               WHERE username_key = :key AND succeeded), '-infinity')
				""").param("key", key).param("since", Timestamps.utc(since)).query(Integer.class).single();
		if (accountFailures >= maxFailuresPerAccount) {
			return true;
		}
		int addressFailures = jdbc
			.sql("SELECT count(*) FROM login_attempt WHERE address = ? AND NOT succeeded AND attempted_at > ?")
			.params(address, Timestamps.utc(since))
			.query(Integer.class)
			.single();
		return addressFailures >= maxFailuresPerAddress;
	}

	void recordFailure(String username, String address) {
		record(username, address, false);
	}

	void recordSuccess(String username, String address) {
		record(username, address, true);
	}

	private void record(String username, String address, boolean succeeded) {
		jdbc.sql("INSERT INTO login_attempt (username_key, address, attempted_at, succeeded) VALUES (?, ?, ?, ?)")
			.params(key(username), address, Timestamps.utc(clock.instant()), succeeded)
			.update();
	}

	/** Attempts older than a day serve no throttle; they are removed once a night, on one node. */
	@Scheduled(cron = "0 17 3 * * *")
	@SchedulerLock(name = "login-attempt-cleanup")
	void forgetOldAttempts() {
		jdbc.sql("DELETE FROM login_attempt WHERE attempted_at < ?").param(Timestamps.utc(clock.instant().minus(Duration.ofDays(1))))
			.update();
	}

	static String key(String username) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(username.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
