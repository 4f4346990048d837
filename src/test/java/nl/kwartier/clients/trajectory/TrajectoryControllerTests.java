package nl.kwartier.clients.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import nl.kwartier.clients.assignment.Assignments.Part;
import nl.kwartier.identity.Role;
import nl.kwartier.identity.login.TestLogins;
import nl.kwartier.support.ClientFixture;
import nl.kwartier.support.ClientFixture.TestClient;
import nl.kwartier.support.TestTeams;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;
import nl.kwartier.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebTest
class TrajectoryControllerTests {

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

	@Autowired
	TestTeams teams;

	@Test
	void openingTheFormsThatShowTheClientIsLogged() {
		TestUser kwartiermaker = testUsers.enrolled(Role.KWARTIERMAKER);
		TestClient client = clients.aClientOf(kwartiermaker, Part.KWARTIERMAKER);
		for (String page : new String[] { "support-level", "bring-in", "close", "measurements/new" }) {
			assertThat(mvc.get().uri("/clients/" + client.id() + "/" + page).with(logins.as(kwartiermaker.id())))
				.hasStatusOk();
		}
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE user_id = ? AND client_id = ? AND action = 'READ'")
			.params(kwartiermaker.id(), client.id())
			.query(Integer.class)
			.single()).isEqualTo(4);
	}

	@Test
	void theTeamSetsTheSupportLevelWithADateAndAReason() {
		TestUser kwartiermaker = testUsers.enrolled(Role.KWARTIERMAKER);
		TestClient client = clients.aClientOf(kwartiermaker, Part.KWARTIERMAKER);
		assertThat(mvc.post().uri("/clients/" + client.id() + "/support-level").with(logins.as(kwartiermaker.id()))
			.with(csrf()).param("level", "EXTREEM").param("since", "1900-01-01"))
			.hasStatusOk()
			.bodyText()
			.contains("Kies een steunniveau", "niet meer dan 10 jaar geleden", "Schrijf op waarom");
		assertThat(mvc.post().uri("/clients/" + client.id() + "/support-level").with(logins.as(kwartiermaker.id()))
			.with(csrf()).param("level", "MEDIUM").param("since", "2026-11-01").param("reason", "Schulden en eenzaamheid")
			.param("version", "0"))
			.hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/clients/" + client.id()).with(logins.as(kwartiermaker.id()))).hasStatusOk()
			.bodyText()
			.contains("Steunniveau: Midden (vanaf 1 november 2026)");
	}

	@Test
	void aKwartiermakerWhoIsStuckBringsInAPeerExpertAndBothStay() {
		TestUser kwartiermaker = testUsers.enrolled(Role.KWARTIERMAKER);
		TestUser peerExpert = testUsers.enrolled(Role.PEER_EXPERT);
		TestClient client = clients.aClientOf(kwartiermaker, Part.KWARTIERMAKER);
		assertThat(mvc.post().uri("/clients/" + client.id() + "/bring-in").with(logins.as(kwartiermaker.id()))
			.with(csrf()).param("worker", "niemand"))
			.hasStatusOk()
			.bodyText()
			.contains("Kies wie je erbij haalt");
		assertThat(mvc.post().uri("/clients/" + client.id() + "/bring-in").with(logins.as(kwartiermaker.id()))
			.with(csrf()).param("worker", peerExpert.id().toString()))
			.hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/clients/" + client.id()).with(logins.as(peerExpert.id()))).hasStatusOk()
			.bodyText()
			.contains("Erbij gehaald", "Gekozen voor het eerste gesprek");
	}

	@Test
	void closingNeedsAReasonAndANoteEndsTheWorkAndReopeningKeepsTheHistory() {
		TestUser peerExpert = testUsers.enrolled(Role.PEER_EXPERT);
		TestUser coordinator = testUsers.enrolled(Role.COORDINATOR);
		TestClient client = clients.aClientOf(peerExpert, Part.PEER_EXPERT);
		assertThat(mvc.post().uri("/clients/" + client.id() + "/close").with(logins.as(peerExpert.id())).with(csrf())
			.param("closedOn", "2999-01-01"))
			.hasStatusOk()
			.bodyText()
			.contains("Kies waarom je het traject afsluit", "De datum ligt in de toekomst", "Schrijf een afsluitende aantekening");
		assertThat(mvc.post().uri("/clients/" + client.id() + "/close").with(logins.as(peerExpert.id())).with(csrf())
			.param("reason", "REGULAR_CARE").param("closedOn", "2026-11-30").param("note", "Gaat naar het wijkteam."))
			.hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/clients/" + client.id()).with(logins.as(peerExpert.id()))).hasStatus(403);
		assertThat(mvc.post().uri("/clients/" + client.id() + "/reopen").with(logins.as(peerExpert.id())).with(csrf()))
			.hasStatus(403);
		assertThat(mvc.post().uri("/clients/" + client.id() + "/reopen").with(logins.as(coordinator.id())).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/clients/" + client.id()).with(logins.as(coordinator.id()))).hasStatusOk()
			.bodyText()
			.contains("Afgesloten op 30 november 2026", "De cliënt is verbonden met gewone zorg", "Weer geopend op",
					"Gekozen voor het eerste gesprek");
	}

	@Test
	void aWorkerBringsInOnlyColleaguesOfTheClientsTeamAndAForgedChoiceOfAnotherTeamIsRefused() {
		TestUser kwartiermaker = testUsers.enrolled(Role.KWARTIERMAKER);
		UUID noord = teams.team(kwartiermaker, "Noord");
		UUID kempen = teams.team(kwartiermaker, "De Kempen");
		teams.place(kwartiermaker, noord);
		TestUser colleague = teams.place(testUsers.enrolled(Role.PEER_EXPERT, "Noor Noordhuis"), noord);
		TestUser stranger = teams.place(testUsers.enrolled(Role.PEER_EXPERT, "Kees van de Kempen"), kempen);
		TestClient client = teams.place(clients.aClientOf(kwartiermaker, Part.KWARTIERMAKER), noord);

		assertThat(mvc.get().uri("/clients/" + client.id() + "/bring-in").with(logins.as(kwartiermaker.id())))
			.hasStatusOk()
			.bodyText()
			.contains("Noor Noordhuis", "alleen een coördinator haalt iemand uit een ander team erbij")
			.doesNotContain("Kees van de Kempen");
		assertThat(mvc.post().uri("/clients/" + client.id() + "/bring-in").with(logins.as(kwartiermaker.id()))
			.with(csrf()).param("worker", stranger.id().toString()))
			.hasStatusOk()
			.bodyText()
			.contains("Deze collega zit in een ander team dan de cliënt");
		assertThat(mvc.get().uri("/clients/" + client.id()).with(logins.as(stranger.id()))).hasStatus(403);

		assertThat(mvc.post().uri("/clients/" + client.id() + "/bring-in").with(logins.as(kwartiermaker.id()))
			.with(csrf()).param("worker", colleague.id().toString()))
			.hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/clients/" + client.id()).with(logins.as(colleague.id()))).hasStatusOk();
	}

	@Test
	void theCoordinatorOfTheClientsTeamBringsInSomeoneOfAnotherTeam() {
		TestUser coordinator = testUsers.enrolled(Role.COORDINATOR);
		UUID noord = teams.team(coordinator, "Noord");
		UUID kempen = teams.team(coordinator, "De Kempen");
		teams.place(coordinator, noord);
		TestUser stranger = teams.place(testUsers.enrolled(Role.PEER_EXPERT, "Kees van de Kempen"), kempen);
		TestClient client = teams.place(clients.aClientIn(coordinator.organisationId()), noord);

		assertThat(mvc.get().uri("/clients/" + client.id() + "/bring-in").with(logins.as(coordinator.id())))
			.hasStatusOk()
			.bodyText()
			.contains("Als coördinator kun je ook iemand uit een ander team erbij halen")
			.containsPattern("Kees van de Kempen \\(ervaringsdeskundige, team De Kempen \\d+\\)");
		assertThat(mvc.post().uri("/clients/" + client.id() + "/bring-in").with(logins.as(coordinator.id()))
			.with(csrf()).param("worker", stranger.id().toString()))
			.hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/clients/" + client.id()).with(logins.as(stranger.id()))).hasStatusOk();
	}
}
