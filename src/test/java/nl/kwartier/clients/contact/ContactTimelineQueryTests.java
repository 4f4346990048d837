package nl.kwartier.clients.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.kwartier.clients.assignment.Assignments.Part;
import nl.kwartier.identity.Role;
import nl.kwartier.support.ClientFixture;
import nl.kwartier.support.ClientFixture.TestClient;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;
import nl.kwartier.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At the national scale (10 million contacts) a timeline page must read one index range of one
 * client, in index order, and stop after the page: no sort, no filtering of rows read in vain, at
 * any depth. The plan is checked with PostgreSQL's cheap alternatives switched off, because on a
 * test-sized table it would rightly prefer them.
 */
@WebTest
class ContactTimelineQueryTests {

	@Autowired
	ContactRepository contacts;

	@Autowired
	TestUsers testUsers;

	@Autowired
	ClientFixture clients;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aDeepPageReadsOnlyItsOwnRowsFromTheTimelineIndex() {
		TestClient client = aClientWithContacts(60);
		ContactRepository.Page first = contacts.timeline(client.id(), null, null, 20);
		ContactRepository.Page second = contacts.timeline(client.id(), null, first.next(), 20);
		assertThat(second.contacts()).hasSize(20);
		assertThat(second.contacts().getFirst().date()).isBefore(first.contacts().getLast().date());

		String plan = plan(ContactRepository.timelineSql(false, true), client, null, first.next());
		assertThat(plan).contains("Index Scan using contact_timeline_idx")
			.containsPattern("Index Scan using contact_timeline_idx[^\\n]*actual[^\\n]* rows=21(\\.00)? ")
			.doesNotContain("Sort")
			.doesNotContain("Rows Removed by Filter");
	}

	@Test
	void aPageOfOneTypeReadsTheTypeIndex() {
		TestClient client = aClientWithContacts(30);
		assertThat(contacts.timeline(client.id(), ContactType.PHONE_CALL, null, 20).contacts())
			.isNotEmpty()
			.allMatch(c -> c.type() == ContactType.PHONE_CALL);
		String plan = plan(ContactRepository.timelineSql(true, false), client, ContactType.PHONE_CALL, null);
		assertThat(plan).contains("Index Scan using contact_timeline_type_idx").doesNotContain("Sort");
	}

	private TestClient aClientWithContacts(int count) {
		TestUser worker = testUsers.enrolled(Role.PEER_EXPERT);
		TestClient client = clients.aClientOf(worker, Part.PEER_EXPERT);
		LocalDate today = LocalDate.now();
		for (int n = 0; n < count; n++) {
			ContactType type = n % 3 == 0 ? ContactType.PHONE_CALL : ContactType.HOME_VISIT;
			contacts.add(client.id(), new ContactRepository.Valid(type, today.minusDays(n), 30, List.of(worker.id()),
					null, List.of(), null), worker.id());
		}
		jdbc.sql("ANALYZE contact").update();
		return client;
	}

	private String plan(String sql, TestClient client, ContactType type, ContactRepository.Cursor after) {
		return transaction.execute(status -> {
			jdbc.sql("SET LOCAL enable_seqscan = off").update();
			jdbc.sql("SET LOCAL enable_bitmapscan = off").update();
			jdbc.sql("SET LOCAL enable_sort = off").update();
			JdbcClient.StatementSpec explain = jdbc.sql("EXPLAIN (ANALYZE, COSTS OFF) " + sql)
				.param("client", client.id())
				.param("limit", 21);
			if (type != null) {
				explain = explain.param("type", type.name());
			}
			if (after != null) {
				explain = explain.param("afterDate", after.date()).param("afterId", after.id());
			}
			return String.join("\n", explain.query(String.class).list());
		});
	}
}
