package nl.kwartier.clients.trajectory;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Support levels and the closing and reopening of trajectories; only ever added to. */
@Repository
public class Trajectories {

	/** The support level the municipality buys (Wmo); message key {@code support-level.<NAME>}. */
	public enum Level {
		LOW, MEDIUM, HIGH
	}

	/** Why a trajectory is closed; message key {@code closing-reason.<NAME>}. */
	public enum ClosingReason {
		GOALS_REACHED, REGULAR_CARE, MOVED, DECLINED, NO_CONTACT, DECEASED, OTHER
	}

	public record LevelChange(Level level, LocalDate since, String reason, String by) {
	}

	public record Event(String kind, LocalDate on, @Nullable String reason, @Nullable String note, String by,
			OffsetDateTime at) {
	}

	private final JdbcClient jdbc;

	Trajectories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<LevelChange> levels(UUID clientId) {
		return jdbc.sql("""
				SELECT s.level, s.since, s.reason, u.display_name FROM support_level s JOIN app_user u ON u.id = s.created_by
				WHERE s.client_id = ? ORDER BY s.since DESC, s.created_at DESC
				""").param(clientId).query((rs, n) -> new LevelChange(Level.valueOf(rs.getString(1)),
						rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4)))
			.list();
	}

	public Optional<Level> currentLevel(UUID clientId) {
		return levels(clientId).stream().findFirst().map(LevelChange::level);
	}

	public List<Event> events(UUID clientId) {
		return jdbc.sql("""
				SELECT e.kind, e.happened_on, e.reason, e.note, u.display_name, e.created_at
				FROM trajectory_event e JOIN app_user u ON u.id = e.created_by
				WHERE e.client_id = ? ORDER BY e.created_at DESC
				""").param(clientId).query((rs, n) -> new Event(rs.getString(1), rs.getObject(2, LocalDate.class),
						rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class)))
			.list();
	}

	/** The team the client belongs to; none for a client of the organisation as a whole. */
	public Optional<UUID> teamOf(UUID clientId) {
		return jdbc.sql("SELECT team_id FROM client WHERE id = ?").param(clientId).query((rs, n) ->
				Optional.ofNullable(rs.getObject(1, UUID.class))).optional().flatMap(team -> team);
	}

	public boolean closed(UUID clientId) {
		return jdbc.sql("SELECT closed FROM client WHERE id = ?").param(clientId).query(Boolean.class).single();
	}

	/** How many support levels the client has had: the version a change of it is based on. */
	public int levelVersion(UUID clientId) {
		return jdbc.sql("SELECT coalesce(max(version), 0) FROM support_level WHERE client_id = ?")
			.param(clientId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Returns false when another level was saved since the version the change was based on. Of two
	 * changes at the same moment the unique version lets one in; the other waits for it and is refused.
	 */
	boolean setLevel(UUID clientId, Level level, LocalDate since, String reason, UUID by, int basedOn) {
		return jdbc.sql("""
				INSERT INTO support_level (id, client_id, level, since, reason, created_by, version)
				SELECT ?, ?, ?, ?, ?, ?, ?
				WHERE (SELECT coalesce(max(version), 0) FROM support_level WHERE client_id = ?) = ?
				ON CONFLICT (client_id, version) DO NOTHING
				""")
			.params(UUID.randomUUID(), clientId, level.name(), Date.valueOf(since), reason, by, basedOn + 1, clientId,
					basedOn)
			.update() == 1;
	}

	/** Returns false when the trajectory was closed (or reopened) meanwhile. */
	boolean close(UUID clientId, LocalDate on, ClosingReason reason, @Nullable String note, UUID by) {
		return event(clientId, false, "CLOSED", on, reason.name(), note, by);
	}

	boolean reopen(UUID clientId, LocalDate on, @Nullable String note, UUID by) {
		return event(clientId, true, "REOPENED", on, null, note, by);
	}

	private boolean event(UUID clientId, boolean wasClosed, String kind, LocalDate on, @Nullable String reason,
			@Nullable String note, UUID by) {
		if (jdbc.sql("UPDATE client SET closed = ?, changed_by = ?, changed_at = now(), version = version + 1 WHERE id = ? AND closed = ?")
			.params(!wasClosed, by, clientId, wasClosed)
			.update() != 1) {
			return false;
		}
		jdbc.sql("""
				INSERT INTO trajectory_event (id, client_id, kind, happened_on, reason, note, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""").params(UUID.randomUUID(), clientId, kind, Date.valueOf(on), reason, note, by).update();
		return true;
	}
}
