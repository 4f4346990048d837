package nl.kwartier.clients.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.kwartier.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The coordinator's waiting list reads the partial index of waiting registrations, oldest first,
 * and never the decided ones, however many there are. Checked with the cheap alternatives off.
 */
@WebTest
class WaitingQueryTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void theWaitingListReadsOnlyWaitingRegistrationsFromTheirIndex() {
		String plan = transaction.execute(status -> {
			jdbc.sql("SET LOCAL enable_seqscan = off").update();
			jdbc.sql("SET LOCAL enable_bitmapscan = off").update();
			return String.join("\n", jdbc.sql("EXPLAIN (COSTS OFF) " + Decisions.WAITING)
				.param("organisation", UUID.randomUUID())
				.param("team", null)
				.param("limit", 200)
				.query(String.class)
				.list());
		});
		assertThat(plan).contains("registration_waiting_idx").doesNotContain("Seq Scan on registration");
	}
}
