package nl.kwartier.clients.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kwartier.identity.Role;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;
import nl.kwartier.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At the national scale (10,000 workers, 200,000 clients, 10 million contacts) "my clients" must
 * read the worker's current assignments from their index, and each client's last contact from the
 * timeline index, never all assignments or contacts. Checked with the cheap alternatives switched
 * off, because on a test-sized table PostgreSQL would rightly prefer them.
 */
@WebTest
class CaseloadQueryTests {

	@Autowired
	TestUsers testUsers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void myClientsReadsTheIndexesOfCurrentAssignmentsAndOfTheTimeline() {
		TestUser worker = testUsers.enrolled(Role.PEER_EXPERT);
		String plan = transaction.execute(status -> {
			jdbc.sql("SET LOCAL enable_seqscan = off").update();
			jdbc.sql("SET LOCAL enable_bitmapscan = off").update();
			return String.join("\n", jdbc.sql("EXPLAIN (COSTS OFF) " + MyClientsController.MINE)
				.param(worker.id())
				.query(String.class)
				.list());
		});
		assertThat(plan).contains("assignment_worker_current_idx", "contact_timeline_idx").doesNotContain("Seq Scan");
	}
}
