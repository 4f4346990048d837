package nl.kwartier.identity.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import nl.kwartier.identity.Role;
import nl.kwartier.identity.Team;
import nl.kwartier.identity.login.TestLogins;
import nl.kwartier.identity.organisation.Organisations;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.WebTest;
import nl.kwartier.support.TestUsers.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebTest
class TeamsControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestLogins logins;

	@Autowired
	Organisations organisations;

	@Test
	void anAdministratorAddsATeamToHisOrganisation() {
		TestUser admin = testUsers.enrolled(Role.ADMINISTRATOR);
		String name = "Team " + UUID.randomUUID().toString().substring(0, 8);
		assertThat(mvc.post().uri("/admin/teams").with(logins.as(admin.id())).with(csrf()).param("name", name))
			.hasStatus3xxRedirection();
		assertThat(organisations.teamsOf(admin.organisationId())).extracting(Team::name).contains(name);
		assertThat(mvc.get().uri("/admin/teams").with(logins.as(admin.id()))).hasStatusOk().bodyText().contains(name);
	}

	@Test
	void refusesAnEmptyOrDuplicateName() {
		TestUser admin = testUsers.enrolled(Role.ADMINISTRATOR);
		String name = "Team " + UUID.randomUUID().toString().substring(0, 8);
		organisations.createTeam(admin.organisationId(), name, null);
		assertThat(mvc.post().uri("/admin/teams").with(logins.as(admin.id())).with(csrf()).param("name", " "))
			.hasStatusOk()
			.bodyText()
			.contains("Vul een naam voor het team in");
		assertThat(mvc.post().uri("/admin/teams").with(logins.as(admin.id())).with(csrf()).param("name", name.toUpperCase()))
			.hasStatusOk()
			.bodyText()
			.contains("Er is al een team met deze naam", "value=\"" + name.toUpperCase() + "\"");
	}

	@Test
	void othersMayNotManageTeams() {
		TestUser coordinator = testUsers.enrolled(Role.COORDINATOR);
		assertThat(mvc.get().uri("/admin/teams").with(logins.as(coordinator.id()))).hasStatus(403);
	}
}
