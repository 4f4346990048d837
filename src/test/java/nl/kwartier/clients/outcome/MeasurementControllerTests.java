package nl.kwartier.clients.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

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
class MeasurementControllerTests {

	/** Kwartier's own instrument and two of its domains (from the migration). */
	static final String INSTRUMENT = "6b0c1c5e-7a43-4a57-9d6b-000000000001";

	static final String HOUSING = "6b0c1c5e-7a43-4a57-9d6b-000000000101";

	static final String CONTACTS = "6b0c1c5e-7a43-4a57-9d6b-000000000104";

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
	void twoMeasurementsGiveATrendPerDomainAndTheComparisonOfTheLastTwo() {
		TestUser peerExpert = testUsers.enrolled(Role.PEER_EXPERT);
		TestClient client = clients.aClientOf(peerExpert, Part.PEER_EXPERT);
		assertThat(mvc.get().uri("/clients/" + client.id() + "/measurements").with(logins.as(peerExpert.id())))
			.hasStatusOk()
			.bodyText()
			.contains("Hoe gaat het met je?", "Er zijn nog geen metingen", "Eigen vragenlijst van Kwartier");
		take(peerExpert, client, "2026-09-01", "2", "2");
		take(peerExpert, client, "2026-11-01", "4", "2");
		assertThat(mvc.get().uri("/clients/" + client.id() + "/measurements").with(logins.as(peerExpert.id())))
			.hasStatusOk()
			.bodyText()
			.contains("Vergelijking van 1 september 2026 met 1 november 2026", "2 beter", "Gelijk", "<svg",
					"Alle scores per gebied en datum", "Wonen", "Contact met anderen");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE client_id = ? AND object_type = 'Measurement'")
			.param(client.id())
			.query(Integer.class)
			.single()).isEqualTo(4);
	}

	@Test
	void badInputKeepsWhatWasTypedAndSavesNothing() {
		TestUser peerExpert = testUsers.enrolled(Role.PEER_EXPERT);
		TestClient client = clients.aClientOf(peerExpert, Part.PEER_EXPERT);
		assertThat(mvc.post().uri("/clients/" + client.id() + "/measurements").with(logins.as(peerExpert.id()))
			.with(csrf())
			.param("instrument", INSTRUMENT)
			.param("measuredOn", "2999-12-31")
			.param("taken", "DE_BUURMAN")
			.param("score-" + HOUSING, "9")
			.param("note-" + CONTACTS, "Wil liever niet <praten>"))
			.hasStatusOk()
			.bodyText()
			.contains("De datum ligt in de toekomst", "Kies wie de vragenlijst invulde", "Kies een score uit de lijst",
					"Wil liever niet &lt;praten&gt;", "value=\"2999-12-31\"");
		assertThat(jdbc.sql("SELECT count(*) FROM measurement WHERE client_id = ?").param(client.id())
			.query(Integer.class).single()).isZero();
	}

	@Test
	void othersMayNotSeeTheMeasurements() {
		TestUser peerExpert = testUsers.enrolled(Role.PEER_EXPERT);
		TestUser other = testUsers.enrolled(Role.PEER_EXPERT);
		TestClient client = clients.aClientOf(peerExpert, Part.PEER_EXPERT);
		assertThat(mvc.get().uri("/clients/" + client.id() + "/measurements").with(logins.as(other.id()))).hasStatus(403);
	}

	@Test
	void aClientFillsInHisOwnAndSeesHisTrendButNotTheDossier() {
		TestUser peerExpert = testUsers.enrolled(Role.PEER_EXPERT);
		TestUser account = testUsers.create(Role.CLIENT, null, false);
		TestClient client = clients.aClientOf(peerExpert, Part.PEER_EXPERT);
		jdbc.sql("UPDATE client SET account_id = ? WHERE id = ?").params(account.id(), client.id()).update();
		assertThat(mvc.get().uri("/mijn/metingen").with(logins.as(account.id()))).hasStatusOk()
			.bodyText()
			.contains("Hoe gaat het met je?", "Je hebt dit nog niet ingevuld");
		assertThat(mvc.post().uri("/mijn/metingen").with(logins.as(account.id())).with(csrf())
			.param("instrument", INSTRUMENT)
			.param("measuredOn", "2026-11-15")
			.param("score-" + HOUSING, "3"))
			.hasStatus3xxRedirection();
		assertThat(jdbc.sql("SELECT taken FROM measurement WHERE client_id = ?").param(client.id()).query(String.class)
			.single()).isEqualTo("BY_CLIENT");
		assertThat(mvc.get().uri("/clients/" + client.id()).with(logins.as(account.id()))).hasStatus(403);
	}

	@Test
	void aClientIsRefusedOnTheWorkersRoutesOfHisOwnFileAndTheRefusalIsLogged() {
		TestUser peerExpert = testUsers.enrolled(Role.PEER_EXPERT);
		TestUser account = testUsers.create(Role.CLIENT, null, false);
		TestClient client = clients.aClientOf(peerExpert, Part.PEER_EXPERT);
		jdbc.sql("UPDATE client SET account_id = ? WHERE id = ?").params(account.id(), client.id()).update();

		assertThat(mvc.post().uri("/clients/" + client.id() + "/measurements").with(logins.as(account.id())).with(csrf())
			.param("instrument", INSTRUMENT)
			.param("measuredOn", "2026-11-15")
			.param("taken", "WITH_CLIENT")
			.param("score-" + HOUSING, "3")).hasStatus(403);
		assertThat(mvc.get().uri("/clients/" + client.id() + "/measurements/new").with(logins.as(account.id())))
			.hasStatus(403);
		assertThat(mvc.get().uri("/clients/" + client.id() + "/measurements").with(logins.as(account.id())))
			.hasStatus(403);

		assertThat(jdbc.sql("SELECT count(*) FROM measurement WHERE client_id = ?").param(client.id())
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE user_id = ? AND client_id = ? AND action = 'ACCESS_REFUSED'")
			.params(account.id(), client.id())
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	@Test
	void aClientWithoutAFileIsToldThereIsNone() {
		TestUser account = testUsers.create(Role.CLIENT, null, false);
		assertThat(mvc.get().uri("/mijn/metingen").with(logins.as(account.id()))).hasStatusOk()
			.bodyText()
			.contains("Je account is nog niet gekoppeld aan jouw gegevens");
	}

	@Test
	void aMeasurementWithoutDateOrWhoFilledItInIsAnsweredWithMessagesNotAnErrorPage() {
		TestUser peerExpert = testUsers.enrolled(Role.PEER_EXPERT);
		TestClient client = clients.aClientOf(peerExpert, Part.PEER_EXPERT);
		assertThat(mvc.post().uri("/clients/" + client.id() + "/measurements").with(logins.as(peerExpert.id()))
			.with(csrf())
			.param("instrument", INSTRUMENT)
			.param("score-" + HOUSING, "3"))
			.hasStatusOk()
			.bodyText()
			.contains("Vul een geldige datum in", "Kies wie de vragenlijst invulde");
		assertThat(jdbc.sql("SELECT count(*) FROM measurement WHERE client_id = ?").param(client.id())
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aClientsOwnMeasurementWithoutDateIsAnsweredWithAMessage() {
		TestUser peerExpert = testUsers.enrolled(Role.PEER_EXPERT);
		TestUser account = testUsers.create(Role.CLIENT, null, false);
		TestClient client = clients.aClientOf(peerExpert, Part.PEER_EXPERT);
		jdbc.sql("UPDATE client SET account_id = ? WHERE id = ?").params(account.id(), client.id()).update();
		assertThat(mvc.post().uri("/mijn/metingen").with(logins.as(account.id())).with(csrf())
			.param("instrument", INSTRUMENT)
			.param("score-" + HOUSING, "3"))
			.hasStatusOk()
			.bodyText()
			.contains("Vul een geldige datum in");
	}

	@Test
	void aDateOutsideTheSensibleRangeIsRefusedWithAMessageAndKeptAsTyped() {
		TestUser peerExpert = testUsers.enrolled(Role.PEER_EXPERT);
		TestClient client = clients.aClientOf(peerExpert, Part.PEER_EXPERT);
		for (String date : new String[] { "-5000-01-01", "0000-01-01", "1899-12-31", "+10000-01-01", "2026-02-30" }) {
			assertThat(mvc.post().uri("/clients/" + client.id() + "/measurements").with(logins.as(peerExpert.id()))
				.with(csrf())
				.param("instrument", INSTRUMENT)
				.param("measuredOn", date)
				.param("taken", "WITH_CLIENT")
				.param("score-" + HOUSING, "3"))
				.hasStatusOk()
				.bodyText()
				.contains("Vul een geldige datum in", "value=\"" + date + "\"");
		}
		assertThat(jdbc.sql("SELECT count(*) FROM measurement WHERE client_id = ?").param(client.id())
			.query(Integer.class).single()).isZero();
	}

	private void take(TestUser worker, TestClient client, String date, String housing, String contacts) {
		assertThat(mvc.post().uri("/clients/" + client.id() + "/measurements").with(logins.as(worker.id()))
			.with(csrf())
			.param("instrument", INSTRUMENT)
			.param("measuredOn", date)
			.param("taken", "WITH_CLIENT")
			.param("score-" + HOUSING, housing)
			.param("score-" + CONTACTS, contacts))
			.hasStatus3xxRedirection();
	}
}
