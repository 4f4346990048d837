package nl.kwartier.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kwartier.identity.Role;
import nl.kwartier.identity.login.TestLogins;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;
import nl.kwartier.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebTest
class NavigationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestLogins logins;

	@Test
	void onlyTheMostSpecificMenuItemIsMarkedAsTheCurrentPage() throws Exception {
		TestUser coordinator = testUsers.enrolled(Role.COORDINATOR);
		String page = mvc.get().uri("/clients/registrations").with(logins.as(coordinator.id())).exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page.split("aria-current=\"page\"", -1)).hasSize(2);
		assertThat(page).containsPattern("href=\"/clients/registrations\"\\s+aria-current=\"page\"|aria-current=\"page\"[^>]*href=\"/clients/registrations\"");
	}

	@Test
	void theMenuShowsOnlyWhatTheRoleMayUse() {
		TestUser peerWorker = testUsers.enrolled(Role.PEER_WORKER);
		assertThat(mvc.get().uri("/").with(logins.as(peerWorker.id()))).hasStatusOk()
			.bodyText()
			.contains("href=\"/clients\"")
			.doesNotContain("href=\"/clients/registrations/new\"", "href=\"/admin/users\"", "href=\"/audit\"");
	}
}
