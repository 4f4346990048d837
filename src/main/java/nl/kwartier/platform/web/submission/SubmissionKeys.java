package nl.kwartier.platform.web.submission;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The claimed keys, in the database so that a repeat is recognised on every node. Each statement
 * stands on its own (no surrounding transaction): a claim must be visible to a repeat at once.
 */
@Component
class SubmissionKeys {

	/** How long a result is remembered: long enough for back-and-resubmit within a working day. */
	static final Duration KEPT = Duration.ofDays(1);

	/** A claim without a result this old belongs to a request that died (a crash, a restart). */
	static final Duration ABANDONED = Duration.ofMinutes(2);

	/**
	 * One submission: a key of the user's (or, before login, the session's) with what the form sent.
	 * The same key with other content is another submission (a form brought back and changed).
	 */
	record Claim(String owner, UUID key, String content) {
	}

	/** The result of the first request with a key: where it sent the user, and its notice. */
	record Result(@Nullable String location, byte @Nullable [] flash) {

		boolean completed() {
			return location != null;
		}
	}

	private final JdbcClient jdbc;

	SubmissionKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** True for the one request that claims the key; every other gets false. */
	boolean claim(Claim claim) {
		return jdbc.sql("""
				INSERT INTO submission_key (owner, submission_key, content) VALUES (:owner, :key, :content)
				ON CONFLICT (owner, submission_key, content) DO NOTHING
				""").params(claimed(claim)).update() == 1;
	}

	/** The first request has answered with a redirect: a repeat goes the same way. */
	void complete(Claim claim, String location, byte @Nullable [] flash) {
		jdbc.sql("""
				UPDATE submission_key SET completed_at = now(), location = :location, flash = :flash
				WHERE owner = :owner AND submission_key = :key AND content = :content
				""").params(claimed(claim)).param("location", location).param("flash", flash).update();
	}

	/** The first request saved nothing (the form came back with errors, or it failed): the key is free again. */
	void release(Claim claim) {
		jdbc.sql("DELETE FROM submission_key WHERE owner = :owner AND submission_key = :key AND content = :content AND location IS NULL")
			.params(claimed(claim))
			.update();
	}

	/** The state of a claimed key; empty when it is free (released, or never claimed). */
	Optional<Result> find(Claim claim) {
		return jdbc.sql("SELECT location, flash FROM submission_key WHERE owner = :owner AND submission_key = :key AND content = :content")
			.params(claimed(claim))
			.query((rs, row) -> new Result(rs.getString("location"), rs.getBytes("flash")))
			.optional();
	}

	/** Frees a claim whose request died before it answered; true if there was one. */
	boolean releaseAbandoned(Claim claim) {
		return jdbc.sql("""
				DELETE FROM submission_key
				WHERE owner = :owner AND submission_key = :key AND content = :content AND location IS NULL
				  AND claimed_at < now() - make_interval(secs => :seconds)
				""").params(claimed(claim)).param("seconds", ABANDONED.toSeconds()).update() == 1;
	}

	private static Map<String, Object> claimed(Claim claim) {
		return Map.of("owner", claim.owner(), "key", claim.key(), "content", claim.content());
	}

	@Scheduled(cron = "${kwartier.submission-keys.purge-cron:0 23 * * * *}")
	@SchedulerLock(name = "submission-keys-purge")
	void purge() {
		purgeOlderThan(KEPT);
	}

	int purgeOlderThan(Duration age) {
		return jdbc.sql("DELETE FROM submission_key WHERE claimed_at < now() - make_interval(secs => :seconds)")
			.param("seconds", age.toSeconds())
			.update();
	}
}
