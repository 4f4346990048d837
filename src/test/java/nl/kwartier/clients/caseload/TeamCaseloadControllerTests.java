package nl.kwartier.clients.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import nl.kwartier.clients.assignment.Assignments.Part;
import nl.kwartier.identity.Role;
import nl.kwartier.identity.login.TestLogins;
import nl.kwartier.support.ClientFixture;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;
import nl.kwartier.support.WebTest;
import nl.kwartier.workforce.ProfileProvisioning;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebTest
class TeamCaseloadControllerTests {

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

	@Test
	void theCoordinatorSeesEachCaseloadAgainstTheFte() {
		TestUser coordinator = testUsers.enrolled(Role.COORDINATOR);
		TestUser peerExpert = testUsers.enrolled(Role.PEER_EXPERT);
		profiles.provideProfile(peerExpert.id(), peerExpert.organisationId(), new BigDecimal("0.2"), false, Set.of(),
				Set.of("nl"), Set.of());
		for (int i = 0; i < 5; i++) {
			clients.aClientOf(peerExpert, Part.PEER_EXPERT);
		}
		assertThat(mvc.get().uri("/clients/team").with(logins.as(coordinator.id()))).hasStatusOk()
			.bodyText()
			.contains("Test PEER_EXPERT", "5 van 4", "Te vol: 125 procent", "wachten op een besluit");
	}

	@Test
	void onlyCoordinatorsSeeTheTeam() {
		TestUser peerExpert = testUsers.enrolled(Role.PEER_EXPERT);
		assertThat(mvc.get().uri("/clients/team").with(logins.as(peerExpert.id()))).hasStatus(403);
	}
}
