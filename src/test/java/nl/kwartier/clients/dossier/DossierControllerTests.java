package nl.kwartier.clients.dossier;

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
class DossierControllerTests {

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
	void theAssignedWorkerOpensTheDossierAndTheReadIsLogged() {
		TestUser peerExpert = testUsers.enrolled(Role.PEER_EXPERT);
		TestClient client = clients.aClientOf(peerExpert, Part.PEER_EXPERT);
		assertThat(mvc.get().uri("/clients/" + client.id()).with(logins.as(peerExpert.id())))
			.hasStatusOk()
			.bodyText()
			.contains(client.name(), "Wie werkt met de cliënt", "ervaringsdeskundige");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE user_id = ? AND client_id = ? AND action = 'READ'")
			.params(peerExpert.id(), client.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(mvc.get().uri("/clients").with(logins.as(peerExpert.id()))).hasStatusOk()
			.bodyText()
			.contains(client.name());
	}

	@Test
	void anyOtherWorkerIsRefusedAndTheRefusalIsLogged() {
		TestUser peerExpert = testUsers.enrolled(Role.PEER_EXPERT);
		TestUser other = testUsers.enrolled(Role.KWARTIERMAKER);
		TestClient client = clients.aClientOf(peerExpert, Part.PEER_EXPERT);
		assertThat(mvc.get().uri("/clients/" + client.id()).with(logins.as(other.id()))).hasStatus(403);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE user_id = ? AND client_id = ? AND action = 'ACCESS_REFUSED'")
			.params(other.id(), client.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theCoordinatorOfTheOrganisationMayOpenIt() {
		TestUser peerExpert = testUsers.enrolled(Role.PEER_EXPERT);
		TestUser coordinator = testUsers.enrolled(Role.COORDINATOR);
		TestClient client = clients.aClientOf(peerExpert, Part.PEER_EXPERT);
		assertThat(mvc.get().uri("/clients/" + client.id()).with(logins.as(coordinator.id()))).hasStatusOk();
	}

	@Test
	void myClientsShowsWhoHadNoContactForTooLong() throws Exception {
		TestUser peerExpert = testUsers.enrolled(Role.PEER_EXPERT);
		TestClient quiet = clients.aClientOf(peerExpert, Part.PEER_EXPERT);
		TestClient seen = clients.aClientOf(peerExpert, Part.PEER_EXPERT);
		jdbc.sql("UPDATE assignment SET since = now() - interval '10 weeks' WHERE worker_id = ?").param(peerExpert.id())
			.update();
		jdbc.sql("""
				INSERT INTO contact (id, client_id, type, contact_date, duration_minutes, participants)
				VALUES (gen_random_uuid(), ?, 'HOME_VISIT', current_date - 3, 60, ARRAY[?]::uuid[])
				""").params(seen.id(), peerExpert.id()).update();
		String page = mvc.get().uri("/clients").with(logins.as(peerExpert.id())).exchange().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String quietRow = page.substring(page.indexOf(quiet.name()), page.indexOf("</tr>", page.indexOf(quiet.name())));
		String seenRow = page.substring(page.indexOf(seen.name()), page.indexOf("</tr>", page.indexOf(seen.name())));
		java.util.UUID goal = java.util.UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO goal (id, client_id, domain_code, description, status, review_on, created_by, changed_by)
				VALUES (?, ?, 'HOUSING', 'Een eigen huis', 'WORKING_ON_IT', current_date + 2, ?, ?)
				""").params(goal, quiet.id(), peerExpert.id(), peerExpert.id()).update();
		jdbc.sql("""
				INSERT INTO goal_step (id, goal_id, client_id, position, description)
				VALUES (gen_random_uuid(), ?, ?, 1, 'Inschrijven bij de woningcorporatie')
				""").params(goal, quiet.id()).update();
		page = mvc.get().uri("/clients").with(logins.as(peerExpert.id())).exchange().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		quietRow = page.substring(page.indexOf(quiet.name()), page.indexOf("</tr>", page.indexOf(quiet.name())));
		assertThat(quietRow).contains("Nog geen contact", "Meer dan 4 weken geen contact", "Nu bespreken",
				"Volgende stap: Inschrijven bij de woningcorporatie");
		assertThat(seenRow).doesNotContain("Meer dan 4 weken geen contact");
	}
}
