package nl.kwartier.clients.dossier;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kwartier.clients.registration.RegistrationRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads a client's dossier: his details and his registrations. */
@Repository
class Dossiers {

	private final JdbcClient jdbc;

	private final RegistrationRepository registrations;

	Dossiers(JdbcClient jdbc, RegistrationRepository registrations) {
		this.jdbc = jdbc;
		this.registrations = registrations;
	}

	Optional<ClientSummary> client(UUID id) {
		return jdbc.sql("""
				SELECT c.id, c.given_name, c.name_prefix, c.family_name, c.date_of_birth, c.street, c.house_number,
				       c.postcode, c.place, n.name AS neighbourhood, c.phone, c.email, c.languages,
				       c.cultural_background, t.name AS team_name
				FROM client c
				LEFT JOIN neighbourhood n ON n.id = c.neighbourhood_id
				LEFT JOIN team t ON t.id = c.team_id
				WHERE c.id = ?
				""").param(id).query((rs, n) -> new ClientSummary(rs.getObject("id", UUID.class),
						rs.getString("given_name"), rs.getString("name_prefix"), rs.getString("family_name"),
						rs.getObject("date_of_birth", LocalDate.class), rs.getString("street"),
						rs.getString("house_number"), rs.getString("postcode"), rs.getString("place"),
						rs.getString("neighbourhood"), rs.getString("phone"), rs.getString("email"),
						strings(rs.getArray("languages")), rs.getString("cultural_background"),
						rs.getString("team_name")))
			.optional();
	}

	List<RegistrationSummary> registrations(UUID clientId) {
		return jdbc.sql("""
				SELECT r.id, r.registered_on, r.source, r.registrant_name, r.registrant_contact, r.own_question,
				       r.problem_areas, r.vulnerability_personal, r.vulnerability_social, r.vulnerability_societal,
				       r.status, r.suggested_first_talk, r.first_talk, u.display_name AS decided_by, r.decided_at,
				       r.decision_note
				FROM registration r LEFT JOIN app_user u ON u.id = r.decided_by
				WHERE r.client_id = ? ORDER BY r.registered_on DESC, r.created_at DESC
				""").param(clientId).query((rs, n) -> new RegistrationSummary(rs.getObject("id", UUID.class),
						rs.getObject("registered_on", LocalDate.class), rs.getString("source"),
						rs.getString("registrant_name"), rs.getString("registrant_contact"),
						rs.getString("own_question"), strings(rs.getArray("problem_areas")),
						rs.getString("vulnerability_personal"), rs.getString("vulnerability_social"),
						rs.getString("vulnerability_societal"), rs.getString("status"),
						rs.getString("suggested_first_talk"), rs.getString("first_talk"), rs.getString("decided_by"),
						rs.getObject("decided_at", OffsetDateTime.class) == null ? null
								: rs.getObject("decided_at", OffsetDateTime.class).toInstant(),
						rs.getString("decision_note")))
			.list();
	}

	/** A first conversation: when, and who continued. */
	public record Conversation(LocalDate heldOn, String continuingWorker) {
	}

	List<Conversation> conversations(UUID clientId) {
		return jdbc.sql("""
				SELECT f.held_on, u.display_name FROM first_conversation f JOIN app_user u ON u.id = f.continuing_worker
				WHERE f.client_id = ? ORDER BY f.held_on DESC
				""").param(clientId).query((rs, n) -> new Conversation(rs.getObject(1, LocalDate.class), rs.getString(2)))
			.list();
	}

	/** Whether a decided registration still waits for its first conversation. */
	boolean firstConversationDue(UUID clientId) {
		return registrations.awaitingFirstConversation(clientId).isPresent();
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}
}
