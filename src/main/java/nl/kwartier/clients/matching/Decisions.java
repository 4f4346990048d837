package nl.kwartier.clients.matching;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kwartier.platform.database.Timestamps;
import nl.kwartier.workforce.ProblemArea;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registrations waiting for the team's decision, and the decisions themselves. */
@Repository
class Decisions {

	/** A registration as the coordinator decides on it. */
	record Waiting(UUID referralId, UUID clientId, UUID organisationId, @Nullable UUID teamId, String clientName,
			LocalDate referredOn, String source, @Nullable String ownQuestion, Set<ProblemArea> problemAreas,
			FirstTalkRule.Struggles struggles, boolean practicalQuestion, @Nullable UUID neighbourhoodId,
			@Nullable String neighbourhoodName, Set<String> languages, String status, int version) {

		public boolean decided() {
			return !ReferralStatus.WAITING.name().equals(status);
		}

		public boolean possibleMatch() {
			return ReferralStatus.POSSIBLE_MATCH.name().equals(status);
		}
	}

	private static final String SELECT = """
			SELECT r.id, r.client_id, r.organisation_id, r.team_id,
			       c.display_name AS client_name,
			       r.referred_on, r.source, r.own_question, r.problem_areas, r.struggles_with_limits,
			       r.practical_question, c.neighbourhood_id, n.name AS neighbourhood_name, c.languages, r.status, r.version
			FROM referral r JOIN client c ON c.id = r.client_id LEFT JOIN neighbourhood n ON n.id = c.neighbourhood_id
			""";

	/** The waiting registrations through their partial index, oldest first, without reading decided ones. */
	static final String WAITING = SELECT + """
				WHERE r.organisation_id = :organisation AND r.status = 'WAITING'
				  AND (CAST(:team AS uuid) IS NULL OR r.team_id = :team)
				ORDER BY r.referred_on, r.created_at LIMIT :limit
				""";

	/**
	 * Registrations marked as a possible match, for the coordinators of the team of the client
	 * they may be about. Few at any time.
	 */
	static final String POSSIBLE_MATCHES = SELECT + """
				WHERE r.organisation_id = :organisation AND r.status = 'POSSIBLE_MATCH'
				  AND (CAST(:team AS uuid) IS NULL OR r.team_id = :team)
				ORDER BY r.referred_on, r.created_at LIMIT :limit
				""";

	private final JdbcClient jdbc;

	Decisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The oldest first: they have waited longest. Paged by the caller's limit. */
	List<Waiting> waiting(UUID organisationId, @Nullable UUID teamId, int limit) {
		return jdbc.sql(WAITING)
			.param("organisation", organisationId)
			.param("team", teamId)
			.param("limit", limit)
			.query((rs, n) -> row(rs))
			.list();
	}

	List<Waiting> possibleMatches(UUID organisationId, @Nullable UUID teamId, int limit) {
		return jdbc.sql(POSSIBLE_MATCHES)
			.param("organisation", organisationId)
			.param("team", teamId)
			.param("limit", limit)
			.query((rs, n) -> row(rs))
			.list();
	}

	Optional<Waiting> find(UUID referralId) {
		return jdbc.sql(SELECT + " WHERE r.id = ?").param(referralId).query((rs, n) -> row(rs)).optional();
	}

	/** Returns false when the registration was decided or changed meanwhile. */
	boolean decide(UUID referralId, int seenVersion, FirstTalk firstTalk, @Nullable String note, UUID by, Instant at) {
		return jdbc.sql("""
				UPDATE referral SET status = 'DECIDED', first_talk = ?, decision_note = ?, decided_by = ?, decided_at = ?,
				       changed_by = ?, changed_at = ?, version = version + 1
				WHERE id = ? AND version = ? AND status = 'WAITING'
				""")
			.params(firstTalk.name(), note, by, Timestamps.utc(at), by, Timestamps.utc(at), referralId, seenVersion)
			.update() == 1;
	}

	private static Waiting row(java.sql.ResultSet rs) throws SQLException {
		Set<ProblemArea> areas = EnumSet.noneOf(ProblemArea.class);
		for (String area : strings(rs.getArray("problem_areas"))) {
			areas.add(ProblemArea.valueOf(area));
		}
		return new Waiting(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				rs.getObject("organisation_id", UUID.class), rs.getObject("team_id", UUID.class),
				rs.getString("client_name"), rs.getObject("referred_on", LocalDate.class), rs.getString("source"),
				rs.getString("own_question"), areas, FirstTalkRule.Struggles.valueOf(rs.getString("struggles_with_limits")),
				rs.getBoolean("practical_question"), rs.getObject("neighbourhood_id", UUID.class),
				rs.getString("neighbourhood_name"), Set.of(strings(rs.getArray("languages"))), rs.getString("status"),
				rs.getInt("version"));
	}

	private static String[] strings(Array array) throws SQLException {
		return array == null ? new String[0] : (String[]) array.getArray();
	}
}
