package nl.kwartier.clients.assignment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kwartier.platform.database.Timestamps;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who works with which client, and since when. An assignment is ended, never removed, so the
 * dossier shows who worked with the client when.
 */
@Repository
public class Assignments {

	/** Why a worker works with the client; message key {@code assignment.reason.<NAME>}. */
	public enum Reason {
		FIRST_TALK, CLICK, BROUGHT_IN, TAKEN_OVER
	}

	/** The worker's part; message key {@code assignment.role.<NAME>}. */
	public enum Part {
		KWARTIERMAKER, PEER_EXPERT
	}

	public record Assignment(UUID id, UUID clientId, UUID workerId, String workerName, Part part, Reason reason,
			Instant since, @Nullable Instant until) {

		public boolean current() {
			return until == null;
		}
	}

	private final JdbcClient jdbc;

	Assignments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID assign(UUID clientId, @Nullable UUID registrationId, UUID workerId, Part part, Reason reason, Instant at,
			UUID by) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO assignment (id, client_id, registration_id, worker_id, role, reason, since, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, clientId, registrationId, workerId, part.name(), reason.name(), Timestamps.utc(at), by)
			.update();
		return id;
	}

	/** Ends the worker's current assignment to the client, if he has one. */
	public void end(UUID clientId, UUID workerId, Instant at) {
		jdbc.sql("UPDATE assignment SET until = ? WHERE client_id = ? AND worker_id = ? AND until IS NULL")
			.params(Timestamps.utc(at), clientId, workerId)
			.update();
	}

	/** All assignments of the client, current ones first, then the newest. */
	public List<Assignment> of(UUID clientId) {
		return jdbc.sql("""
				SELECT a.id, a.client_id, a.worker_id, u.display_name, a.role, a.reason, a.since, a.until
				FROM assignment a JOIN app_user u ON u.id = a.worker_id
				WHERE a.client_id = ?
				ORDER BY a.until IS NULL DESC, a.since DESC
				""")
			.param(clientId)
			.query((rs, n) -> new Assignment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), rs.getString(4), Part.valueOf(rs.getString(5)),
					Reason.valueOf(rs.getString(6)), rs.getObject(7, OffsetDateTime.class).toInstant(),
					rs.getObject(8, OffsetDateTime.class) == null ? null : rs.getObject(8, OffsetDateTime.class).toInstant()))
			.list();
	}

	/** How many clients each worker has now; one indexed query for any number of workers. */
	public Map<UUID, Integer> caseloads(Collection<UUID> workerIds) {
		Map<UUID, Integer> caseloads = new HashMap<>();
		if (workerIds.isEmpty()) {
			return caseloads;
		}
		jdbc.sql("""
				SELECT worker_id, count(DISTINCT client_id) FROM assignment
				WHERE until IS NULL AND worker_id IN (:workers) GROUP BY worker_id
				""")
			.param("workers", workerIds)
			.query((rs, n) -> caseloads.put(rs.getObject(1, UUID.class), rs.getInt(2)))
			.list();
		return caseloads;
	}
}
