package nl.kwartier.clients.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import nl.kwartier.identity.Role;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;
import nl.kwartier.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At the national scale (200,000 clients) the duplicate check must not read all clients of an
 * organisation: each half of the query uses its own index. Checked with PostgreSQL's cheap
 * alternatives switched off, because on a test-sized table it would rightly prefer them.
 */
@WebTest
class DuplicateCheckQueryTests {

	@Autowired
	TestUsers testUsers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void theCandidatesComeFromTheBirthDateAndPostcodeIndexes() {
		TestUser worker = testUsers.enrolled(Role.PEER_EXPERT);
		jdbc.sql("""
				INSERT INTO client (id, organisation_id, given_name, family_name, family_name_key, date_of_birth, pc4)
				SELECT gen_random_uuid(), ?, 'Iemand', 'Anders' || n, 'anders' || n, DATE '1940-01-01' + n * 7,
				       (1000 + n)::text
				FROM generate_series(1, 2000) n
				""").param(worker.organisationId()).update();
		jdbc.sql("ANALYZE client").update();
		String plan = transaction.execute(status -> {
			jdbc.sql("SET LOCAL enable_seqscan = off").update();
			jdbc.sql("SET LOCAL enable_bitmapscan = off").update();
			return String.join("\n", jdbc.sql("EXPLAIN (COSTS OFF) " + Registrations.POSSIBLE_MATCHES)
				.param("organisation", worker.organisationId())
				.param("birth", Date.valueOf(LocalDate.of(1975, 6, 1)))
				.param("pc4", "5625")
				.query(String.class)
				.list());
		});
		assertThat(plan).contains("client_birth_idx", "client_pc4_idx").doesNotContain("Seq Scan");
	}
}
