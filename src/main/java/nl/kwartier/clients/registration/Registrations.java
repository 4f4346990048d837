package nl.kwartier.clients.registration;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kwartier.clients.matching.FirstTalkRule.Struggles;
import nl.kwartier.clients.registration.RegistrationStatus;
import nl.kwartier.geography.Regions.Place;
import nl.kwartier.workforce.ProblemArea;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores registrations and finds possible duplicates, through the indexes on birth date and postcode area. */
@Repository
class Registrations {

	/** A registration that passed every check, ready to save. */
	record Valid(RegistrationSource source, LocalDate registeredOn, @Nullable String registrantName,
			@Nullable String registrantContact, String givenName, @Nullable String namePrefix, String familyName,
			LocalDate dateOfBirth, @Nullable String street, @Nullable String houseNumber, String postcode, Place place,
			@Nullable String phone, @Nullable String email, List<String> languages, @Nullable String culturalBackground,
			String ownQuestion, Collection<ProblemArea> problemAreas, @Nullable String vulnerabilityPersonal,
			@Nullable String vulnerabilitySocial, @Nullable String vulnerabilitySocietal, Struggles struggles,
			boolean practicalQuestion) {
	}

	/**
	 * Candidates for a duplicate: the same date of birth or the same postcode area, each found
	 * through its own index, so the check reads a handful of rows also among 200,000 clients.
	 */
	static final String POSSIBLE_MATCHES = """
				SELECT id, given_name, name_prefix, family_name, family_name_key, date_of_birth, place, pc4, team_id
				FROM client
				WHERE organisation_id = :organisation AND date_of_birth = :birth
				UNION
				SELECT id, given_name, name_prefix, family_name, family_name_key, date_of_birth, place, pc4, team_id
				FROM client
				WHERE organisation_id = :organisation AND pc4 = :pc4
				""";

	private final JdbcClient jdbc;

	Registrations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<PossibleMatch> possibleMatches(UUID organisationId, String givenName, String namePrefix, String familyName,
			LocalDate dateOfBirth, String pc4) {
		String key = PersonName.familyKey(namePrefix, familyName);
		return jdbc.sql(POSSIBLE_MATCHES)
			.param("organisation", organisationId)
			.param("birth", Date.valueOf(dateOfBirth))
			.param("pc4", pc4)
			.query((rs, n) -> {
				String candidateKey = rs.getString("family_name_key");
				String candidateGiven = rs.getString("given_name");
				if (!PersonName.similar(key, candidateKey) || !PersonName.similarGivenName(givenName, candidateGiven)) {
					return null;
				}
				LocalDate birth = rs.getObject("date_of_birth", LocalDate.class);
				return new PossibleMatch(rs.getObject("id", UUID.class),
						displayName(candidateGiven, rs.getString("name_prefix"), rs.getString("family_name")), birth,
						rs.getString("place"), birth.equals(dateOfBirth), pc4.equals(rs.getString("pc4")),
						rs.getObject("team_id", UUID.class));
			})
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.limit(20)
			.toList();
	}

	UUID createClient(UUID organisationId, @Nullable UUID teamId, Valid r, UUID by) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO client (id, organisation_id, team_id, given_name, name_prefix, family_name, family_name_key,
				                    date_of_birth, street, house_number, postcode, pc4, place, municipality_code,
				                    neighbourhood_id, phone, email, languages, cultural_background, created_by, changed_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, organisationId, teamId, r.givenName(), r.namePrefix(), r.familyName(),
					PersonName.familyKey(r.namePrefix(), r.familyName()), Date.valueOf(r.dateOfBirth()), r.street(),
					r.houseNumber(), r.postcode(), r.place().pc4(), r.place().placeName(), r.place().municipalityCode(),
					r.place().neighbourhoodId(), r.phone(), r.email(), r.languages().toArray(String[]::new),
					r.culturalBackground(), by, by)
			.update();
		return id;
	}

	UUID create(UUID organisationId, @Nullable UUID teamId, UUID clientId, Valid r,
			Collection<UUID> confirmedDistinct, String suggestedFirstTalk, UUID by) {
		return create(organisationId, teamId, clientId, r, confirmedDistinct, suggestedFirstTalk,
				RegistrationStatus.WAITING, by);
	}

	UUID create(UUID organisationId, @Nullable UUID teamId, UUID clientId, Valid r,
			Collection<UUID> confirmedDistinct, String suggestedFirstTalk, RegistrationStatus status, UUID by) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO registration (id, organisation_id, team_id, client_id, registered_on, source, registrant_name,
				                      registrant_contact, own_question, problem_areas, vulnerability_personal,
				                      vulnerability_social, vulnerability_societal, struggles_with_limits,
				                      practical_question, confirmed_distinct_from, status, suggested_first_talk,
				                      created_by, changed_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, organisationId, teamId, clientId, Date.valueOf(r.registeredOn()), r.source().name(),
					r.registrantName(), r.registrantContact(), r.ownQuestion(),
					r.problemAreas().stream().map(Enum::name).toArray(String[]::new), r.vulnerabilityPersonal(),
					r.vulnerabilitySocial(), r.vulnerabilitySocietal(), r.struggles().name(), r.practicalQuestion(),
					confirmedDistinct.toArray(UUID[]::new), status.name(),
					suggestedFirstTalk, by, by)
			.update();
		return id;
	}

	/**
	 * A registration marked as a possible match: it may be about a client whom the worker who
	 * registered it may not open. It holds its own (provisional) client with what the worker typed,
	 * in the worker's team, until a coordinator who may open the existing client decides.
	 */
	public record UnderReview(UUID registrationId, UUID provisionalClientId, UUID organisationId, @Nullable UUID teamId,
			@Nullable UUID registeringTeamId, String givenName, @Nullable String namePrefix, String familyName,
			LocalDate dateOfBirth, @Nullable String place, @Nullable String pc4, LocalDate registeredOn,
			@Nullable String ownQuestion, List<UUID> confirmedDistinct, int version) {

		public String name() {
			return displayName(givenName, namePrefix, familyName);
		}
	}

	Optional<UnderReview> underReview(UUID registrationId) {
		return jdbc.sql("""
				SELECT r.id, r.client_id, r.organisation_id, r.team_id, c.team_id AS registering_team, c.given_name,
				       c.name_prefix, c.family_name, c.date_of_birth, c.place, c.pc4, r.registered_on, r.own_question,
				       r.confirmed_distinct_from, r.version
				FROM registration r JOIN client c ON c.id = r.client_id
				WHERE r.id = ? AND r.status = ?
				""").params(registrationId, RegistrationStatus.POSSIBLE_MATCH.name()).query((rs, n) -> new UnderReview(
						rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
						rs.getObject("organisation_id", UUID.class), rs.getObject("team_id", UUID.class),
						rs.getObject("registering_team", UUID.class), rs.getString("given_name"),
						rs.getString("name_prefix"), rs.getString("family_name"),
						rs.getObject("date_of_birth", LocalDate.class), rs.getString("place"), rs.getString("pc4"),
						rs.getObject("registered_on", LocalDate.class), rs.getString("own_question"),
						List.of((UUID[]) rs.getArray("confirmed_distinct_from").getArray()), rs.getInt("version")))
			.optional();
	}

	/**
	 * Removes the client record made for a registration that turned out to be about a known client.
	 * It holds only what the worker typed; nothing else refers to it once its registration moved.
	 */
	void removeProvisionalClient(UUID clientId) {
		jdbc.sql("DELETE FROM client WHERE id = ? AND NOT EXISTS (SELECT 1 FROM registration WHERE client_id = ?)")
			.params(clientId, clientId)
			.update();
	}

	static String displayName(String given, @Nullable String prefix, String family) {
		return given + " " + (prefix == null || prefix.isBlank() ? "" : prefix.trim() + " ") + family;
	}
}
