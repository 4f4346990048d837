package nl.kwartier.platform.web.submission;

import java.time.Duration;
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
	boolean claim(String owner, UUID key) {
		return jdbc.sql("""
				INSERT INTO submission_key (owner, submission_key) VALUES (:owner, :key)
				ON CONFLICT (owner, submission_key) DO NOTHING
				""").param("owner", owner).param("key", key).update() == 1;
	}

	/** The first request has answered with a redirect: a repeat goes the same way. */
	void complete(String owner, UUID key, String location, byte @Nullable [] flash) {
		jdbc.sql("""
				UPDATE submission_key SET completed_at = now(), location = :location, flash = :flash
				WHERE owner = :owner AND submission_key = :key
				""").param("owner", owner).param("key", key).param("location", location).param("flash", flash).update();
	}

	/** The first request saved nothing (the form came back with errors, or it failed): the key is free again. */
	void release(String owner, UUID key) {
		jdbc.sql("DELETE FROM submission_key WHERE owner = :owner AND submission_key = :key AND location IS NULL")
			.param("owner", owner)
			.param("key", key)
			.update();
	}

	/** The state of a claimed key; empty when it is free (released, or never claimed). */
	Optional<Result> find(String owner, UUID key) {
		return jdbc.sql("SELECT location, flash FROM submission_key WHERE owner = :owner AND submission_key = :key")
			.param("owner", owner)
			.param("key", key)
			.query((rs, row) -> new Result(rs.getString("location"), rs.getBytes("flash")))
			.optional();
	}

	/** Frees a claim whose request died before it answered; true if there was one. */
	boolean releaseAbandoned(String owner, UUID key) {
		return jdbc.sql("""
				DELETE FROM submission_key
				WHERE owner = :owner AND submission_key = :key AND location IS NULL
				  AND claimed_at < now() - make_interval(secs => :seconds)
				""").param("owner", owner).param("key", key).param("seconds", ABANDONED.toSeconds()).update() == 1;
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
