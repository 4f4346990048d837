package nl.kwartier.clients.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import nl.kwartier.identity.Role;
import nl.kwartier.identity.login.TestLogins;
import nl.kwartier.support.ClientFixture;
import nl.kwartier.support.ClientFixture.TestClient;
import nl.kwartier.support.TestTeams;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;
import nl.kwartier.support.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A registration never takes a worker across the team boundary. A peer expert of team Noord who
 * may not open a client of De Kempen registers someone with that client's initial, family name and
 * postcode area: the duplicate check tells her only that someone like this is known elsewhere, and
 * whether it is the same person is decided by a coordinator who may open the client.
 */
@WebTest
class TeamBoundaryRegistrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestTeams teams;

	@Autowired
	TestLogins logins;

	@Autowired
	ClientFixture clients;

	@Autowired
	JdbcClient jdbc;

	TestUser peerExpertNoord;

	TestUser coordinatorNoord;

	TestUser coordinatorKempen;

	UUID kempen;

	TestClient clientOfKempen;

	Cookie session;

	@BeforeEach
	void teamsNoordAndDeKempen() {
		coordinatorNoord = users.enrolled(Role.COORDINATOR);
		UUID noord = teams.team(coordinatorNoord, "Noord");
		kempen = teams.team(coordinatorNoord, "De Kempen");
		teams.place(coordinatorNoord, noord);
		peerExpertNoord = teams.place(users.enrolled(Role.PEER_EXPERT), noord);
		coordinatorKempen = teams.place(users.enrolled(Role.COORDINATOR), kempen);
		clientOfKempen = teams.place(clients.aClientIn(coordinatorNoord.organisationId()), kempen);
		session = null;
	}

	@Test
	void theDuplicateCheckShowsAClientTheWorkerMayNotOpenOnlyAsKnownElsewhere() {
		registerLookalike();

		MvcTestResult check = asPeerExpert(mvc.get().uri("/clients/registrations/draft/check"));

		assertThat(check).hasStatusOk()
			.bodyText()
			.contains("Misschien al bekend in een ander deel van de organisatie")
			.doesNotContain("Ja, dit is", "1 juni 1975", "Zelfde postcodegebied");
		assertThat(check).body().asString().doesNotContain(clientOfKempen.id().toString());
		assertThat(jdbc.sql("""
				SELECT detail FROM audit_entry WHERE user_id = ? AND client_id = ? AND action = 'SEARCH'
				""").params(peerExpertNoord.id(), clientOfKempen.id()).query(String.class).list())
			.isNotEmpty()
			.allSatisfy(detail -> assertThat(detail).contains("not shown"));
	}

	@Test
	void sayingSamePersonAcrossTheTeamBoundaryGoesToTheOtherTeamsCoordinatorNotIntoTheWorkersFile() {
		registerLookalike();
		// Even a forged choice of the client she was not shown does not link the registration to him.
		MvcTestResult saved = asPeerExpert(mvc.post().uri("/clients/registrations/draft/save").with(csrf())
			.param("match", clientOfKempen.id().toString()));
		assertThat(saved).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/clients/registrations/saved");
		assertThat(asPeerExpert(mvc.get().uri("/clients/registrations/saved").flashAttr("outcome", "TO_BE_CHECKED")))
			.bodyText()
			.contains("Een coördinator die de cliënt kent, kijkt eerst of het dezelfde persoon is");
		UUID registration = registrationOfLookalike();
		assertThat(statusAndTeamOf(registration)).isEqualTo("POSSIBLE_MATCH " + kempen);

		// Her own coordinator, who may not open the client either, neither sees nor decides it.
		assertThat(mvc.get().uri("/clients/registrations").with(logins.as(coordinatorNoord.id()))).hasStatusOk()
			.bodyText()
			.doesNotContain(clientOfKempen.familyName());
		assertThat(mvc.get().uri("/clients/registrations/" + registration + "/decision").with(logins.as(coordinatorNoord.id())))
			.hasStatus(404);
		assertThat(mvc.get().uri("/clients/registrations/" + registration + "/possible-match")
			.with(logins.as(coordinatorNoord.id()))).hasStatus(404);
		assertThat(mvc.post().uri("/clients/registrations/" + registration + "/possible-match")
			.with(logins.as(coordinatorNoord.id())).with(csrf()).param("match", clientOfKempen.id().toString()))
			.hasStatus(404);

		// The coordinator of De Kempen, who may open the client, decides that it is the same person.
		assertThat(mvc.get().uri("/clients/registrations").with(logins.as(coordinatorKempen.id()))).hasStatusOk()
			.bodyText()
			.contains("Eerst uitzoeken: misschien al bekend", "Uitzoeken of S " + clientOfKempen.familyName() + " al bekend is");
		assertThat(mvc.get().uri("/clients/registrations/" + registration + "/decision").with(logins.as(coordinatorKempen.id())))
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/clients/registrations/" + registration + "/possible-match");
		assertThat(mvc.get().uri("/clients/registrations/" + registration + "/possible-match")
			.with(logins.as(coordinatorKempen.id()))).hasStatusOk()
			.bodyText()
			.contains("Ja, dit is " + clientOfKempen.name() + ", geboren 1 juni 1975, Eindhoven");
		assertThat(mvc.post().uri("/clients/registrations/" + registration + "/possible-match")
			.with(logins.as(coordinatorKempen.id())).with(csrf()).param("match", clientOfKempen.id().toString()))
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/clients/registrations/" + registration + "/decision");
		assertThat(jdbc.sql("SELECT client_id FROM registration WHERE id = ?").param(registration).query(UUID.class).single())
			.isEqualTo(clientOfKempen.id());
		assertThat(statusAndTeamOf(registration)).isEqualTo("WAITING " + kempen);
		assertThat(jdbc.sql("SELECT count(*) FROM client WHERE family_name = ?").param(clientOfKempen.familyName())
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(mvc.get().uri("/clients/registrations/" + registration + "/decision").with(logins.as(coordinatorKempen.id())))
			.hasStatusOk();

		// The peer expert of Noord still may not open the client.
		assertThat(mvc.get().uri("/clients/" + clientOfKempen.id()).with(logins.as(peerExpertNoord.id())))
			.hasStatus(403);
	}

	@Test
	void whenTheOtherCoordinatorSaysSomeoneElseTheRegistrationWaitsInTheWorkersTeam() {
		registerLookalike();
		asPeerExpert(mvc.post().uri("/clients/registrations/draft/save").with(csrf()).param("match", "new"));
		UUID registration = registrationOfLookalike();

		assertThat(mvc.post().uri("/clients/registrations/" + registration + "/possible-match")
			.with(logins.as(coordinatorKempen.id())).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("Kies of dit dezelfde persoon is als een cliënt die je kent, of iemand anders");
		assertThat(mvc.post().uri("/clients/registrations/" + registration + "/possible-match")
			.with(logins.as(coordinatorKempen.id())).with(csrf()).param("match", "new"))
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/clients/registrations");

		assertThat(jdbc.sql("SELECT status FROM registration WHERE id = ?").param(registration).query(String.class).single())
			.isEqualTo("WAITING");
		assertThat(mvc.get().uri("/clients/registrations").with(logins.as(coordinatorNoord.id()))).hasStatusOk()
			.bodyText()
			.contains("S " + clientOfKempen.familyName());
		assertThat(mvc.get().uri("/clients/registrations/" + registration + "/decision").with(logins.as(coordinatorNoord.id())))
			.hasStatusOk();
		assertThat(mvc.get().uri("/clients/registrations/" + registration + "/decision").with(logins.as(coordinatorKempen.id())))
			.hasStatus(404);
	}

	/** Her client's initial, family name and postcode area; another date of birth; a question of her own. */
	private void registerLookalike() {
		assertThat(asPeerExpert(mvc.get().uri("/clients/registrations/new"))).hasStatus3xxRedirection();
		assertThat(asPeerExpert(mvc.post().uri("/clients/registrations/draft/registrant").with(csrf())
			.param("source", "GP").param("registeredOn", "2026-11-30"))).hasStatus3xxRedirection();
		assertThat(asPeerExpert(mvc.post().uri("/clients/registrations/draft/person").with(csrf())
			.param("givenName", "S")
			.param("familyName", clientOfKempen.familyName())
			.param("dateOfBirth", "1990-02-03")
			.param("postcode", "5625 XX")
			.param("languages", "nl"))).hasStatus3xxRedirection();
		assertThat(asPeerExpert(mvc.post().uri("/clients/registrations/draft/question").with(csrf())
			.param("ownQuestion", "Lookalike wil weer mensen om zich heen.")
			.param("problemAreas", "LONELINESS")
			.param("strugglesWithLimits", "YES")
			.param("practicalQuestion", "NO"))).hasStatus3xxRedirection();
	}

	private UUID registrationOfLookalike() {
		return jdbc.sql("SELECT id FROM registration WHERE created_by = ? AND own_question LIKE 'Lookalike%'")
			.param(peerExpertNoord.id())
			.query(UUID.class)
			.single();
	}

	private String statusAndTeamOf(UUID registration) {
		return jdbc.sql("SELECT status || ' ' || coalesce(CAST(team_id AS text), '-') FROM registration WHERE id = ?")
			.param(registration)
			.query(String.class)
			.single();
	}

	/** A request of the peer expert in her own (database) session, in Dutch. */
	private MvcTestResult asPeerExpert(MockMvcRequestBuilder request) {
		Cookie dutch = new Cookie("KWARTIER_LANGUAGE", "nl");
		MvcTestResult result = request.cookie(session == null ? new Cookie[] { dutch } : new Cookie[] { dutch, session })
			.with(logins.as(peerExpertNoord.id()))
			.exchange();
		Cookie set = result.getResponse().getCookie("KWARTIER_SESSION");
		if (set != null) {
			session = set;
		}
		return result;
	}
}
