package nl.kwartier.clients.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kwartier.identity.Role;
import nl.kwartier.identity.login.TestLogins;
import nl.kwartier.support.ClientFixture;
import nl.kwartier.support.ClientFixture.TestClient;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;
import nl.kwartier.support.WebTest;
import nl.kwartier.workforce.ProblemArea;
import nl.kwartier.workforce.ProfileProvisioning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebTest
class DecisionControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestLogins logins;

	@Autowired
	ClientFixture clients;

	@Autowired
	ProfileProvisioning profiles;

	@Autowired
	JdbcClient jdbc;

	TestUser coordinator;

	TestUser peerExpert;

	TestUser kwartiermaker;

	TestClient client;

	UUID registration;

	@BeforeEach
	void aWaitingRegistration() {
		coordinator = testUsers.enrolled(Role.COORDINATOR);
		peerExpert = testUsers.enrolled(Role.PEER_EXPERT);
		kwartiermaker = testUsers.enrolled(Role.KWARTIERMAKER);
		UUID woensel = jdbc.sql("SELECT id FROM neighbourhood WHERE name = 'Woensel-Noord'").query(UUID.class).single();
		profiles.provideProfile(peerExpert.id(), peerExpert.organisationId(), new BigDecimal("0.8"), false, Set.of(woensel),
				Set.of("nl", "tr"), Set.of(ProblemArea.LONELINESS));
		client = clients.aClientIn(coordinator.organisationId());
		jdbc.sql("UPDATE client SET neighbourhood_id = ?, languages = '{nl,tr}' WHERE id = ?").params(woensel, client.id())
			.update();
		registration = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO registration (id, organisation_id, client_id, registered_on, source, own_question, problem_areas,
				                      struggles_with_limits, practical_question, status, suggested_first_talk)
				VALUES (?, ?, ?, DATE '2026-11-20', 'GP', 'Ik voel me alleen.', '{LONELINESS}', 'UNKNOWN', FALSE,
				        'WAITING', 'BOTH')
				""")
			.params(registration, coordinator.organisationId(), client.id())
			.update();
	}

	@Test
	void theCoordinatorSeesTheRegistrationWaitingAndTheSuggestionWithReasons() {
		assertThat(mvc.get().uri("/clients/registrations").with(logins.as(coordinator.id()))).hasStatusOk()
			.bodyText()
			.contains(client.name());
		assertThat(mvc.get().uri("/clients/registrations/" + registration + "/decision").with(logins.as(coordinator.id())))
			.hasStatusOk()
			.bodyText()
			.contains("een kwartiermaker en een ervaringsdeskundige samen", "het is niet duidelijk",
					"Werkt in de wijk van de cliënt", "Spreekt dezelfde taal", "Turks", "Heeft ervaring met",
					"Eenzaamheid", "Heeft nog geen profiel");
	}

	@Test
	void bothHoldTheFirstTalkThenTheOneWithMoreClickContinues() {
		assertThat(decide("BOTH", peerExpert)).hasStatusOk().bodyText().contains("Kies een kwartiermaker en een ervaringsdeskundige");
		assertThat(decide("BOTH", peerExpert, kwartiermaker)).hasStatus3xxRedirection();
		assertThat(jdbc.sql("SELECT status || ' ' || first_talk FROM registration WHERE id = ?").param(registration)
			.query(String.class).single()).isEqualTo("DECIDED BOTH");
		assertThat(mvc.get().uri("/clients").with(logins.as(kwartiermaker.id()))).hasStatusOk()
			.bodyText()
			.contains(client.name());

		assertThat(mvc.post()
			.uri("/clients/" + client.id() + "/first-conversation")
			.with(logins.as(kwartiermaker.id()))
			.with(csrf())
			.param("heldOn", "2026-11-25")
			.param("participants", peerExpert.id().toString(), kwartiermaker.id().toString()))
			.hasStatusOk()
			.bodyText()
			.contains("Leg uit hoe kwartiermakers en ervaringsdeskundigen werken", "Kies wie verder gaat");
		assertThat(mvc.post()
			.uri("/clients/" + client.id() + "/first-conversation")
			.with(logins.as(kwartiermaker.id()))
			.with(csrf())
			.param("heldOn", "2026-11-25")
			.param("participants", peerExpert.id().toString(), kwartiermaker.id().toString())
			.param("explained", "true")
			.param("continuing", peerExpert.id().toString()))
			.hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/clients/" + client.id()).with(logins.as(kwartiermaker.id()))).hasStatus(403);
		assertThat(mvc.get().uri("/clients/" + client.id()).with(logins.as(peerExpert.id()))).hasStatusOk()
			.bodyText()
			.contains("Gaat verder met de cliënt (er was meer klik)", "Gekozen voor het eerste gesprek",
					"Eerste gesprek op 25 november 2026");
	}

	@Test
	void aDecisionTakenMeanwhileIsNotOverwritten() {
		assertThat(decide("PEER_EXPERT", peerExpert)).hasStatus3xxRedirection();
		assertThat(decide("KWARTIERMAKER", kwartiermaker)).hasStatusOk()
			.bodyText()
			.contains("Iemand anders heeft over deze aanmelding al besloten");
		assertThat(jdbc.sql("SELECT first_talk FROM registration WHERE id = ?").param(registration).query(String.class).single())
			.isEqualTo("PEER_EXPERT");
	}

	@Test
	void onlyCoordinatorsDecide() {
		assertThat(mvc.get().uri("/clients/registrations/" + registration + "/decision").with(logins.as(peerExpert.id())))
			.hasStatus(403);
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult decide(String firstTalk, TestUser... workers) {
		return mvc.post()
			.uri("/clients/registrations/" + registration + "/decision")
			.with(logins.as(coordinator.id()))
			.with(csrf())
			.param("firstTalk", firstTalk)
			.param("workers", List.of(workers).stream().map(w -> w.id().toString()).toArray(String[]::new))
			.param("version", "0")
			.exchange();
	}
}
