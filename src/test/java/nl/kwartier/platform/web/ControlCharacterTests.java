package nl.kwartier.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import nl.kwartier.identity.Role;
import nl.kwartier.identity.login.TestLogins;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;
import nl.kwartier.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebTest
class ControlCharacterTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestLogins logins;

	@Test
	void aNulCharacterInAFormNeverBecomesAnErrorPage() {
		assertThat(mvc.post().uri("/login").with(csrf()).param("username", "iemand\u0000").param("password", "x\u0000y"))
			.hasStatus3xxRedirection();
		TestUser admin = testUsers.enrolled(Role.ADMINISTRATOR);
		assertThat(mvc.post().uri("/admin/teams").with(logins.as(admin.id())).with(csrf())
			.param("name", "Team\u0000 Nul " + admin.username()))
			.hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/admin/teams").with(logins.as(admin.id()))).hasStatusOk()
			.bodyText()
			.contains("Team Nul " + admin.username());
	}

	@Test
	void keepsTabsAndLineBreaks() {
		assertThat(ControlCharacterFilter.clean("regel 1\r\nregel\t2\u0007")).isEqualTo("regel 1\r\nregel\t2");
	}
}
