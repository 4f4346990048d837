package nl.kwartier.clients.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kwartier.clients.matching.FirstTalk;
import nl.kwartier.platform.database.Timestamps;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves the {@link Registration} aggregate, and answers the questions other parts of the
 * module ask about registrations by status, so the status names live in {@link RegistrationStatus}
 * and nowhere in SQL text.
 */
@Repository
public class RegistrationRepository {

	private final JdbcClient jdbc;

	RegistrationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Registration> find(UUID id) {
		return jdbc.sql("""
				SELECT id, version, client_id, team_id, status, confirmed_distinct_from, first_talk, decision_note,
				       decided_by, decided_at
				FROM registration WHERE id = ?
				""").param(id).query((rs, n) -> row(rs)).optional();
	}

	/**
	 * Saves what changed on the registration; false (and nothing saved) when someone else changed it
	 * since it was loaded.
	 */
	public boolean save(Registration r) {
		return jdbc.sql("""
				UPDATE registration SET client_id = ?, team_id = ?, status = ?, confirmed_distinct_from = ?,
				       first_talk = ?, decision_note = ?, decided_by = ?, decided_at = ?,
				       changed_by = ?, changed_at = now(), version = version + 1
				WHERE id = ? AND version = ?
				""")
			.params(r.clientId(), r.teamId(), r.status().name(), r.confirmedDistinct().toArray(UUID[]::new),
					r.firstTalk() == null ? null : r.firstTalk().name(), r.decisionNote(), r.decidedBy(),
					r.decidedAt() == null ? null : Timestamps.utc(r.decidedAt()), r.changedBy(), r.id(), r.version())
			.update() == 1;
	}

	/** The decided registration of the client that has no first conversation yet, the latest first. */
	public Optional<UUID> awaitingFirstConversation(UUID clientId) {
		return jdbc.sql("""
				SELECT r.id FROM registration r
				WHERE r.client_id = ? AND r.status = ?
				  AND NOT EXISTS (SELECT 1 FROM first_conversation f WHERE f.registration_id = r.id)
				ORDER BY r.decided_at DESC LIMIT 1
				""").params(clientId, RegistrationStatus.DECIDED.name()).query(UUID.class).optional();
	}

	/** How many registrations wait for a decision in the organisation, or in one team of it. */
	public int waitingCount(UUID organisationId, @Nullable UUID teamId) {
		return jdbc.sql("""
				SELECT count(*) FROM registration WHERE organisation_id = ? AND status = ?
				  AND (CAST(? AS uuid) IS NULL OR team_id = ?)
				""").params(organisationId, RegistrationStatus.WAITING.name(), teamId, teamId)
			.query(Integer.class).single();
	}

	private static Registration row(ResultSet rs) throws SQLException {
		String talk = rs.getString("first_talk");
		OffsetDateTime decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
		return new Registration(rs.getObject("id", UUID.class), rs.getInt("version"),
				rs.getObject("client_id", UUID.class), rs.getObject("team_id", UUID.class),
				RegistrationStatus.valueOf(rs.getString("status")),
				List.of((UUID[]) rs.getArray("confirmed_distinct_from").getArray()),
				talk == null ? null : FirstTalk.valueOf(talk), rs.getString("decision_note"),
				rs.getObject("decided_by", UUID.class), decidedAt == null ? null : decidedAt.toInstant());
	}
}
