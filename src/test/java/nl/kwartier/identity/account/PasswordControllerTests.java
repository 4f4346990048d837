package nl.kwartier.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import nl.kwartier.identity.Role;
import nl.kwartier.identity.login.TestLogins;
import nl.kwartier.identity.user.User;
import nl.kwartier.identity.user.UserRepository;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.WebTest;
import nl.kwartier.support.TestUsers.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebTest
class PasswordControllerTests {

	private static final String NEW_PASSWORD = "zeven fietsen in de regen";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestLogins logins;

	@Autowired
	UserRepository users;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	@Test
	void someoneWithATemporaryPasswordMustChooseHisOwnBeforeAnythingElse() {
		TestUser user = testUsers.create(Role.KWARTIERMAKER, TestUsers.TOTP_SECRET, true);
		assertThat(mvc.get().uri("/").with(logins.as(user.id()))).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/account/password");
		assertThat(mvc.get().uri("/account/password").with(logins.as(user.id()))).hasStatusOk()
			.bodyText()
			.contains("Je bent ingelogd met een tijdelijk wachtwoord");
	}

	@Test
	void changesThePasswordAndLogsIt() {
		TestUser user = testUsers.create(Role.PEER_EXPERT, TestUsers.TOTP_SECRET, true);
		assertThat(mvc.post()
			.uri("/account/password")
			.with(logins.as(user.id()))
			.with(csrf())
			.param("currentPassword", user.password())
			.param("newPassword", NEW_PASSWORD)
			.param("repeatPassword", NEW_PASSWORD))
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/");
		User changed = users.findById(user.id()).orElseThrow();
		assertThat(encoder.matches(NEW_PASSWORD, changed.passwordHash())).isTrue();
		assertThat(changed.passwordMustChange()).isFalse();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE user_id = ? AND action = 'CHANGE' AND detail = 'PASSWORD_CHANGED'")
			.param(user.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void refusesAWrongCurrentPassword() {
		TestUser user = testUsers.enrolled(Role.PEER_EXPERT);
		assertThat(mvc.post()
			.uri("/account/password")
			.with(logins.as(user.id()))
			.with(csrf())
			.param("currentPassword", "niet-het-goede-wachtwoord")
			.param("newPassword", NEW_PASSWORD)
			.param("repeatPassword", NEW_PASSWORD))
			.hasStatusOk()
			.bodyText()
			.contains("Je huidige wachtwoord klopt niet");
		assertThat(encoder.matches(user.password(), users.findById(user.id()).orElseThrow().passwordHash())).isTrue();
	}

	@Test
	void explainsWhyANewPasswordIsNotGoodEnough() {
		TestUser user = testUsers.enrolled(Role.PEER_EXPERT);
		changeTo(user, "kort", "kort").contains("Je nieuwe wachtwoord is te kort. Gebruik minstens 12 tekens.");
		changeTo(user, "Wachtwoord123456", "Wachtwoord123456").contains("Dit wachtwoord gebruiken veel mensen");
		changeTo(user, NEW_PASSWORD, NEW_PASSWORD + "x").contains("De twee nieuwe wachtwoorden zijn niet hetzelfde");
		changeTo(user, "", "").contains("Vul een nieuw wachtwoord in");
		changeTo(user, "x".repeat(5000), "x".repeat(5000)).contains("te lang");
	}

	@Test
	void speaksEnglishWhenAsked() {
		TestUser user = testUsers.enrolled(Role.PEER_EXPERT);
		assertThat(mvc.get()
			.uri("/account/password")
			.cookie(new jakarta.servlet.http.Cookie("KWARTIER_LANGUAGE", "en"))
			.with(logins.as(user.id())))
			.hasStatusOk()
			.bodyText()
			.contains("Choose a password", "Your current password");
	}

	private org.assertj.core.api.AbstractStringAssert<?> changeTo(TestUser user, String password, String repeat) {
		return assertThat(mvc.post()
			.uri("/account/password")
			.with(logins.as(user.id()))
			.with(csrf())
			.param("currentPassword", user.password())
			.param("newPassword", password)
			.param("repeatPassword", repeat))
			.hasStatusOk()
			.bodyText();
	}
}
