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
import nl.kwartier.clients.registration.Registration;
import nl.kwartier.clients.registration.RegistrationRepository;
import nl.kwartier.clients.registration.RegistrationStatus;
import nl.kwartier.workforce.ProblemArea;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registrations waiting for the team's decision, and the decisions themselves. */
@Repository
class Decisions {

	/** A registration as the coordinator decides on it. */
	record Waiting(UUID registrationId, UUID clientId, UUID organisationId, @Nullable UUID teamId, String clientName,
			LocalDate registeredOn, String source, @Nullable String ownQuestion, Set<ProblemArea> problemAreas,
			FirstTalkRule.Struggles struggles, boolean practicalQuestion, @Nullable UUID neighbourhoodId,
			@Nullable String neighbourhoodName, Set<String> languages, RegistrationStatus status, int version) {

		public boolean decided() {
			return status != RegistrationStatus.WAITING;
		}

		public boolean possibleMatch() {
			return status == RegistrationStatus.POSSIBLE_MATCH;
		}
	}

	private static final String SELECT = """
			SELECT r.id, r.client_id, r.organisation_id, r.team_id,
			       c.display_name AS client_name,
			       r.registered_on, r.source, r.own_question, r.problem_areas, r.struggles_with_limits,
			       r.practical_question, c.neighbourhood_id, n.name AS neighbourhood_name, c.languages, r.status, r.version
			FROM registration r JOIN client c ON c.id = r.client_id LEFT JOIN neighbourhood n ON n.id = c.neighbourhood_id
			""";

	/**
	 * The waiting registrations through their partial index, oldest first, without reading decided ones.
	 * The status is part of the text, not a bound value, so that every plan can use the partial index.
	 */
	static final String WAITING = SELECT + """
				WHERE r.organisation_id = :organisation AND r.status = '%s'
				  AND (CAST(:team AS uuid) IS NULL OR r.team_id = :team)
				ORDER BY r.registered_on, r.created_at LIMIT :limit
				""".formatted(RegistrationStatus.WAITING);

	/**
	 * Registrations marked as a possible match, for the coordinators of the team of the client
	 * they may be about. Few at any time.
	 */
	static final String POSSIBLE_MATCHES = SELECT + """
				WHERE r.organisation_id = :organisation AND r.status = '%s'
				  AND (CAST(:team AS uuid) IS NULL OR r.team_id = :team)
				ORDER BY r.registered_on, r.created_at LIMIT :limit
				""".formatted(RegistrationStatus.POSSIBLE_MATCH);

	private final JdbcClient jdbc;
	private final RegistrationRepository registrations;

	Decisions(JdbcClient jdbc, RegistrationRepository registrations) {
		this.jdbc = jdbc;
		this.registrations = registrations;
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

	Optional<Waiting> find(UUID registrationId) {
		return jdbc.sql(SELECT + " WHERE r.id = ?").param(registrationId).query((rs, n) -> row(rs)).optional();
	}

	/** Returns false when the registration was decided or changed meanwhile. */
	boolean decide(UUID registrationId, int seenVersion, FirstTalk firstTalk, @Nullable String note, UUID by, Instant at) {
		Registration registration = registrations.find(registrationId).filter(r -> r.version() == seenVersion)
			.orElse(null);
		if (registration == null || !registration.status().mayBecome(RegistrationStatus.DECIDED)) {
			return false;
		}
		registration.decide(firstTalk, note, by, at);
		return registrations.save(registration);
	}

	private static Waiting row(java.sql.ResultSet rs) throws SQLException {
		Set<ProblemArea> areas = EnumSet.noneOf(ProblemArea.class);
		for (String area : strings(rs.getArray("problem_areas"))) {
			areas.add(ProblemArea.valueOf(area));
		}
		return new Waiting(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				rs.getObject("organisation_id", UUID.class), rs.getObject("team_id", UUID.class),
				rs.getString("client_name"), rs.getObject("registered_on", LocalDate.class), rs.getString("source"),
				rs.getString("own_question"), areas, FirstTalkRule.Struggles.valueOf(rs.getString("struggles_with_limits")),
				rs.getBoolean("practical_question"), rs.getObject("neighbourhood_id", UUID.class),
				rs.getString("neighbourhood_name"), Set.of(strings(rs.getArray("languages"))), RegistrationStatus.valueOf(rs.getString("status")),
				rs.getInt("version"));
	}

	private static String[] strings(Array array) throws SQLException {
		return array == null ? new String[0] : (String[]) array.getArray();
	}
}
