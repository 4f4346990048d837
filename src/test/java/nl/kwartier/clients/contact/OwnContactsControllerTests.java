package nl.kwartier.clients.contact;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kwartier.clients.assignment.Assignments.Part;
import nl.kwartier.identity.Role;
import nl.kwartier.identity.login.TestLogins;
import nl.kwartier.support.ClientFixture;
import nl.kwartier.support.ClientFixture.TestClient;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;
import nl.kwartier.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebTest
class OwnContactsControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestLogins logins;

	@Autowired
	ClientFixture clients;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theClientSeesAPlainSummaryWithoutTheWorkersNotes() {
		TestUser peerExpert = testUsers.enrolled(Role.PEER_EXPERT);
		TestUser account = testUsers.create(Role.CLIENT, null, false);
		TestClient client = clients.aClientOf(peerExpert, Part.PEER_EXPERT);
		jdbc.sql("UPDATE client SET account_id = ? WHERE id = ?").params(account.id(), client.id()).update();
		jdbc.sql("""
				INSERT INTO contact (id, client_id, type, contact_date, duration_minutes, participants, practical_support, note)
				VALUES (gen_random_uuid(), ?, 'HOME_VISIT', DATE '2026-11-24', 60, ARRAY[?]::uuid[], '{PAPERWORK}',
				        'Aantekening van de begeleider')
				""").params(client.id(), peerExpert.id()).update();
		assertThat(mvc.get().uri("/mijn/contacten").with(logins.as(account.id()))).hasStatusOk()
			.bodyText()
			.contains("Wat we samen deden", "dinsdag 24 november 2026", "Huisbezoek", "Achterstallige administratie",
					"met Test PEER_EXPERT")
			.doesNotContain("Aantekening van de begeleider");
		assertThat(mvc.get().uri("/clients/" + client.id() + "/contacts").with(logins.as(account.id()))).hasStatus(403);
	}
}
