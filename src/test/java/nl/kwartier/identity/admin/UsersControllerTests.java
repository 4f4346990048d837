package nl.kwartier.identity.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import nl.kwartier.identity.Role;
import nl.kwartier.identity.login.TestLogins;
import nl.kwartier.identity.user.User;
import nl.kwartier.identity.user.UserRepository;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.WebTest;
import nl.kwartier.support.TestUsers.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebTest
class UsersControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestLogins logins;

	@Autowired
	UserRepository users;

	@Autowired
	JdbcClient jdbc;

	TestUser admin;

	@BeforeEach
	void anAdministrator() {
		admin = testUsers.enrolled(Role.ADMINISTRATOR);
	}

	@Test
	void listsTheUsersOfTheOrganisationAndFindsThemByName() {
		TestUser worker = testUsers.enrolled(Role.PEER_EXPERT);
		assertThat(mvc.get().uri("/admin/users").param("q", worker.username()).with(logins.as(admin.id())))
			.hasStatusOk()
			.bodyText()
			.contains(worker.username(), "Ervaringsdeskundige", "Gebruikers 1 tot en met 1 van 1")
			.doesNotContain("/admin/users/" + admin.id());
	}

	@Test
	void createsAUserWithATemporaryPasswordShownOnce() {
		String username = "nieuw-" + UUID.randomUUID().toString().substring(0, 8);
		MvcTestResult created = mvc.post()
			.uri("/admin/users")
			.with(logins.as(admin.id()))
			.with(csrf())
			.param("username", username)
			.param("displayName", "Nieuwe Collega")
			.param("email", "")
			.param("teamId", "")
			.param("roles", "KWARTIERMAKER")
			.param("_logManager", "on")
			.exchange();
		assertThat(created).hasStatus3xxRedirection().flash().containsKey("temporaryPassword");
		User user = users.findByUsername(username).orElseThrow();
		assertThat(user.roles()).containsExactly(Role.KWARTIERMAKER);
		assertThat(user.passwordMustChange()).isTrue();
		assertThat(user.organisationId()).isEqualTo(admin.organisationId());
		assertThat(created).redirectedUrl().isEqualTo("/admin/users/" + user.id());
		assertThat(auditDetails(user.id())).anyMatch(detail -> detail.startsWith("CREATED"));
	}

	@Test
	void keepsWhatWasTypedAndExplainsEveryMistake() {
		assertThat(mvc.post()
			.uri("/admin/users")
			.with(logins.as(admin.id()))
			.with(csrf())
			.param("username", "Met Spaties")
			.param("displayName", "Iemand <b>vet</b>")
			.param("email", "geen-adres")
			.param("teamId", "geen-uuid")
			.param("logManager", "true"))
			.hasStatusOk()
			.bodyText()
			.contains("Er is een probleem", "Gebruik in de gebruikersnaam alleen kleine letters",
					"Vul een e-mailadres in zoals naam@voorbeeld.nl", "Kies minstens een rol",
					"Kies een team uit de lijst", "value=\"Met Spaties\"", "Iemand &lt;b&gt;vet&lt;/b&gt;",
					"value=\"geen-adres\"");
	}

	@Test
	void refusesAUsernameThatExistsAlreadyWhateverItsCase() {
		TestUser existing = testUsers.enrolled(Role.PEER_WORKER);
		assertThat(mvc.post()
			.uri("/admin/users")
			.with(logins.as(admin.id()))
			.with(csrf())
			.param("username", existing.username().toUpperCase().toLowerCase())
			.param("displayName", "Dubbel")
			.param("roles", "PEER_WORKER"))
			.hasStatusOk()
			.bodyText()
			.contains("Deze gebruikersnaam bestaat al");
	}

	@Test
	void changesRolesAndEndsTheUsersSessions() {
		TestUser worker = testUsers.enrolled(Role.PEER_WORKER);
		User before = users.findById(worker.id()).orElseThrow();
		assertThat(mvc.post()
			.uri("/admin/users/" + worker.id())
			.with(logins.as(admin.id()))
			.with(csrf())
			.param("username", worker.username())
			.param("displayName", "Andere Naam")
			.param("roles", "PEER_EXPERT", "PEER_WORKER")
			.param("version", String.valueOf(before.version())))
			.hasStatus3xxRedirection();
		User after = users.findById(worker.id()).orElseThrow();
		assertThat(after.displayName()).isEqualTo("Andere Naam");
		assertThat(after.roles()).containsExactlyInAnyOrder(Role.PEER_EXPERT, Role.PEER_WORKER);
	}

	@Test
	void detectsThatSomeoneElseChangedTheUserMeanwhileAndKeepsWhatWasTyped() {
		TestUser worker = testUsers.enrolled(Role.PEER_WORKER);
		int seen = users.findById(worker.id()).orElseThrow().version();
		User meanwhile = users.findById(worker.id()).orElseThrow();
		meanwhile.changeProfile("Door Collega Veranderd", null, meanwhile.organisationId(), null, meanwhile.roles(),
				false);
		users.save(meanwhile);

		assertThat(mvc.post()
			.uri("/admin/users/" + worker.id())
			.with(logins.as(admin.id()))
			.with(csrf())
			.param("username", worker.username())
			.param("displayName", "Mijn Versie")
			.param("roles", "PEER_WORKER")
			.param("version", String.valueOf(seen)))
			.hasStatusOk()
			.bodyText()
			.contains("Iemand anders heeft deze gebruiker veranderd terwijl jij bezig was. Je wijzigingen",
					"Door Collega Veranderd", "value=\"Mijn Versie\"",
					"name=\"version\" value=\"" + (seen + 1) + "\"");
		assertThat(users.findById(worker.id()).orElseThrow().displayName()).isEqualTo("Door Collega Veranderd");
	}

	@Test
	void deactivatesOnlyWithAReasonAndNeverDeletes() {
		TestUser worker = testUsers.enrolled(Role.PEER_WORKER);
		assertThat(mvc.post().uri("/admin/users/" + worker.id() + "/deactivate").with(logins.as(admin.id())).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("Vul een reden in");
		assertThat(users.findById(worker.id()).orElseThrow().active()).isTrue();

		assertThat(mvc.post()
			.uri("/admin/users/" + worker.id() + "/deactivate")
			.with(logins.as(admin.id()))
			.with(csrf())
			.param("reason", "Uit dienst"))
			.hasStatus3xxRedirection();
		User deactivated = users.findById(worker.id()).orElseThrow();
		assertThat(deactivated.active()).isFalse();
		assertThat(deactivated.deactivationReason()).isEqualTo("Uit dienst");
		assertThat(auditDetails(worker.id())).anyMatch(detail -> detail.startsWith("DEACTIVATED"));

		assertThat(mvc.post().uri("/admin/users/" + worker.id() + "/reactivate").with(logins.as(admin.id())).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(users.findById(worker.id()).orElseThrow().active()).isTrue();
	}

	@Test
	void resetsTheSecondFactorSoTheUserEnrolsAgain() {
		TestUser worker = testUsers.enrolled(Role.KWARTIERMAKER);
		assertThat(mvc.get().uri("/admin/users/" + worker.id() + "/reset-second-factor").with(logins.as(admin.id())))
			.hasStatusOk()
			.bodyText()
			.contains("komt in het logboek");
		assertThat(mvc.post()
			.uri("/admin/users/" + worker.id() + "/reset-second-factor")
			.with(logins.as(admin.id()))
			.with(csrf()))
			.hasStatus3xxRedirection();
		User reset = users.findById(worker.id()).orElseThrow();
		assertThat(reset.totpEnabled()).isFalse();
		assertThat(reset.totpSecret()).isNull();
		assertThat(auditDetails(worker.id())).anyMatch(detail -> detail.startsWith("SECOND_FACTOR_RESET"));
	}

	@Test
	void resetsThePasswordToATemporaryOne() {
		TestUser worker = testUsers.enrolled(Role.KWARTIERMAKER);
		assertThat(mvc.post()
			.uri("/admin/users/" + worker.id() + "/reset-password")
			.with(logins.as(admin.id()))
			.with(csrf()))
			.hasStatus3xxRedirection()
			.flash()
			.containsKey("temporaryPassword");
		assertThat(users.findById(worker.id()).orElseThrow().passwordMustChange()).isTrue();
	}

	@Test
	void anAdministratorCannotLockHimselfOut() {
		User self = users.findById(admin.id()).orElseThrow();
		assertThat(mvc.post()
			.uri("/admin/users/" + admin.id())
			.with(logins.as(admin.id()))
			.with(csrf())
			.param("username", admin.username())
			.param("displayName", "Zelf")
			.param("roles", "COORDINATOR")
			.param("version", String.valueOf(self.version())))
			.hasStatusOk()
			.bodyText()
			.contains("Je kunt de rol Beheerder niet van jezelf afhalen");
		mvc.post()
			.uri("/admin/users/" + admin.id() + "/deactivate")
			.with(logins.as(admin.id()))
			.with(csrf())
			.param("reason", "Per ongeluk")
			.exchange();
		assertThat(users.findById(admin.id()).orElseThrow().active()).isTrue();
	}

	@Test
	void theLogManagerRightGoesOnlyWithTheAdministratorRole() {
		TestUser worker = testUsers.enrolled(Role.PEER_WORKER);
		User user = users.findById(worker.id()).orElseThrow();
		assertThat(mvc.post()
			.uri("/admin/users/" + worker.id())
			.with(logins.as(admin.id()))
			.with(csrf())
			.param("username", worker.username())
			.param("displayName", user.displayName())
			.param("roles", "PEER_WORKER")
			.param("logManager", "true")
			.param("version", String.valueOf(user.version())))
			.hasStatusOk()
			.bodyText()
			.contains("Alleen een beheerder kan logboekbeheerder zijn");
	}

	@Test
	void usersOfAnotherOrganisationAreNotFound() {
		TestUser other = testUsers.enrolled(Role.PEER_WORKER);
		jdbc.sql("INSERT INTO organisation (id, name) VALUES (?, ?)")
			.params(UUID.randomUUID(), "Andere organisatie " + other.username())
			.update();
		UUID otherOrganisation = jdbc.sql("SELECT id FROM organisation WHERE name = ?")
			.param("Andere organisatie " + other.username())
			.query(UUID.class)
			.single();
		jdbc.sql("UPDATE app_user SET organisation_id = ? WHERE id = ?").params(otherOrganisation, other.id()).update();
		assertThat(mvc.get().uri("/admin/users/" + other.id()).with(logins.as(admin.id()))).hasStatus(404);
	}

	@Test
	void onlyAdministratorsReachTheUserPagesAndRefusalsAreLogged() {
		TestUser coordinator = testUsers.enrolled(Role.COORDINATOR);
		assertThat(mvc.get().uri("/admin/users/new").with(logins.as(coordinator.id()))).hasStatus(403);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE user_id = ? AND action = 'ACCESS_REFUSED'")
			.param(coordinator.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void badPathsGiveAClearPageNotAnError() {
		assertThat(mvc.get().uri("/admin/users/niet-een-id").with(logins.as(admin.id()))).hasStatus(400);
		assertThat(mvc.get().uri("/admin/users/" + UUID.randomUUID()).with(logins.as(admin.id()))).hasStatus(404);
		assertThat(mvc.get().uri("/admin/users").param("page", "abc").with(logins.as(admin.id()))).hasStatusOk();
	}

	private java.util.List<String> auditDetails(UUID subject) {
		return jdbc.sql("SELECT detail FROM audit_entry WHERE object_type = 'User' AND object_id = ? AND user_id = ?")
			.params(subject.toString(), admin.id())
			.query(String.class)
			.list();
	}
}
