package nl.kwartier.workforce.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import nl.kwartier.identity.Role;
import nl.kwartier.identity.login.TestLogins;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.WebTest;
import nl.kwartier.support.TestUsers.TestUser;
import nl.kwartier.workforce.ProblemArea;
import nl.kwartier.workforce.Worker;
import nl.kwartier.workforce.Workforce;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebTest
class ProfileControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestLogins logins;

	@Autowired
	Workforce workforce;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPeerExpertKeepsHisOwnProfile() {
		TestUser peerExpert = testUsers.enrolled(Role.PEER_EXPERT);
		assertThat(mvc.get().uri("/workforce/profile").with(logins.as(peerExpert.id()))).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/workforce/profiles/" + peerExpert.id()).with(logins.as(peerExpert.id())))
			.hasStatusOk()
			.bodyText()
			.contains("Mijn profiel", "Ervaring waaruit je wilt putten");
		assertThat(mvc.post()
			.uri("/workforce/profiles/" + peerExpert.id())
			.with(logins.as(peerExpert.id()))
			.with(csrf())
			.param("fte", "0,8")
			.param("trainee", "true")
			.param("languages", "nl", "tr")
			.param("experienceAreas", "ADDICTION", "LONELINESS"))
			.hasStatus3xxRedirection();
		Worker saved = workforce.worker(peerExpert.id()).orElseThrow();
		assertThat(saved.fte()).isEqualByComparingTo(new BigDecimal("0.8"));
		assertThat(saved.trainee()).isTrue();
		assertThat(saved.languages()).containsExactlyInAnyOrder("nl", "tr");
		assertThat(saved.livedExperience()).containsExactlyInAnyOrder(ProblemArea.ADDICTION, ProblemArea.LONELINESS);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE user_id = ? AND object_type = 'WorkerProfile'")
			.param(peerExpert.id())
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void badInputKeepsWhatWasTyped() {
		TestUser kwartiermaker = testUsers.enrolled(Role.KWARTIERMAKER);
		assertThat(mvc.post()
			.uri("/workforce/profiles/" + kwartiermaker.id())
			.with(logins.as(kwartiermaker.id()))
			.with(csrf())
			.param("fte", "veel")
			.param("languages", "nl", "klingon"))
			.hasStatusOk()
			.bodyText()
			.contains("Vul een getal in van 0 tot en met 1,5", "Kies uit de lijst", "value=\"veel\"");
	}

	@Test
	void aChoiceListWithAGapIsRefusedAsNoFormSendsIt() {
		TestUser kwartiermaker = testUsers.enrolled(Role.KWARTIERMAKER);
		for (String list : new String[] { "neighbourhoods", "languages", "experienceAreas" }) {
			assertThat(mvc.post()
				.uri("/workforce/profiles/" + kwartiermaker.id())
				.with(logins.as(kwartiermaker.id()))
				.with(csrf())
				.param("fte", "1")
				.param(list + "[1]", "nl"))
				.as(list)
				.hasStatus(400);
		}
	}

	@Test
	void aSecondSaveOnAStaleVersionIsRefused() {
		TestUser kwartiermaker = testUsers.enrolled(Role.KWARTIERMAKER);
		mvc.post().uri("/workforce/profiles/" + kwartiermaker.id()).with(logins.as(kwartiermaker.id())).with(csrf())
			.param("fte", "1").exchange();
		mvc.post().uri("/workforce/profiles/" + kwartiermaker.id()).with(logins.as(kwartiermaker.id())).with(csrf())
			.param("fte", "0,9").param("version", "0").exchange();
		assertThat(mvc.post()
			.uri("/workforce/profiles/" + kwartiermaker.id())
			.with(logins.as(kwartiermaker.id()))
			.with(csrf())
			.param("fte", "0,5")
			.param("version", "0"))
			.hasStatusOk()
			.bodyText()
			.contains("Iemand anders heeft dit profiel veranderd");
		assertThat(workforce.worker(kwartiermaker.id()).orElseThrow().fte()).isEqualByComparingTo(new BigDecimal("0.9"));
	}

	@Test
	void onlyTheWorkerAndHisCoordinatorMayOpenTheProfile() {
		TestUser peerExpert = testUsers.enrolled(Role.PEER_EXPERT);
		TestUser colleague = testUsers.enrolled(Role.KWARTIERMAKER);
		TestUser coordinator = testUsers.enrolled(Role.COORDINATOR);
		assertThat(mvc.get().uri("/workforce/profiles/" + peerExpert.id()).with(logins.as(colleague.id())))
			.hasStatus(403);
		assertThat(mvc.get().uri("/workforce/profiles/" + peerExpert.id()).with(logins.as(coordinator.id())))
			.hasStatusOk();
	}
}
