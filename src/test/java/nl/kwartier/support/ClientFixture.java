package nl.kwartier.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.kwartier.clients.assignment.Assignments;
import nl.kwartier.clients.assignment.Assignments.Part;
import nl.kwartier.support.TestUsers.TestUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Synthetic clients for tests, each with a unique name, in the organisation of a test user, and
 * optionally assigned to him, so that he may open the dossier.
 */
@Component
public class ClientFixture {

	private static final AtomicInteger counter = new AtomicInteger();

	public record TestClient(UUID id, String givenName, String familyName) {

		public String name() {
			return givenName + " " + familyName;
		}
	}

	private final JdbcClient jdbc;

	private final Assignments assignments;

	ClientFixture(JdbcClient jdbc, Assignments assignments) {
		this.jdbc = jdbc;
		this.assignments = assignments;
	}

	/** A client in Woensel-Noord (Eindhoven), assigned to the worker as peer expert or kwartiermaker. */
	public TestClient aClientOf(TestUser worker, Part part) {
		TestClient client = aClientIn(worker.organisationId());
		assignments.assign(client.id(), null, worker.id(), part, Assignments.Reason.FIRST_TALK, Instant.now(),
				worker.id());
		return client;
	}

	/** A client of the organisation whom nobody works with yet. */
	public TestClient aClientIn(UUID organisationId) {
		UUID id = UUID.randomUUID();
		String family = "Fixture" + letters(counter.incrementAndGet()) + letters(Math.abs(id.hashCode() % 100000));
		jdbc.sql("""
				INSERT INTO client (id, organisation_id, given_name, family_name, family_name_key, date_of_birth,
				                    postcode, pc4, place, municipality_code, languages)
				VALUES (?, ?, 'Sam', ?, lower(?), ?, '5625 AB', '5625', 'Eindhoven', '0772', '{nl}')
				""")
			.params(id, organisationId, family, family, LocalDate.of(1975, 6, 1))
			.update();
		return new TestClient(id, "Sam", family);
	}

	/** Digits as letters, so generated names look like names to the duplicate check. */
	private static String letters(int number) {
		StringBuilder name = new StringBuilder();
		for (char digit : String.valueOf(number).toCharArray()) {
			name.append((char) ('a' + (digit - '0')));
		}
		return name.toString();
	}
}
