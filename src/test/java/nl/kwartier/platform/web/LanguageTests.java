package nl.kwartier.platform.web;

import static nl.kwartier.support.Browser.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import nl.kwartier.identity.Role;
import nl.kwartier.identity.login.TestLogins;
import nl.kwartier.support.Browser;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;
import nl.kwartier.support.WebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebTest
class LanguageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void kwartierSpeaksDutchUnlessAskedOtherwise() {
		MvcTestResult login = mvc.get().uri("/login").exchange();

		assertThat(page(login).select("html").attr("lang")).isEqualTo("nl");
		assertThat(page(login).select("h1").text())
			.isEqualTo(messages.getMessage("login.title", null, Locale.forLanguageTag("nl")));
	}

	@Test
	void choosingEnglishKeepsTheChoiceInACookieAndReturnsToThePage() {
		MvcTestResult chosen = mvc.post()
			.uri("/language")
			.param("language", "en")
			.param("returnTo", "/login?expired")
			.with(csrf())
			.exchange();

		assertThat(chosen).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?expired");
		assertThat(chosen).cookies().hasValue(LanguageCookie.NAME, "en");
		Cookie cookie = chosen.getResponse().getCookie(LanguageCookie.NAME);
		assertThat(cookie.getPath()).isEqualTo("/");
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getMaxAge()).isPositive();
	}

	@Test
	void pagesAreInEnglishWithTheLanguageCookie() {
		Browser browser = new Browser(mvc);
		browser.post("/language", "language", "en", "returnTo", "/login");

		MvcTestResult login = browser.get("/login");

		assertThat(page(login).select("html").attr("lang")).isEqualTo("en");
		assertThat(page(login).select("h1").text()).isEqualTo(messages.getMessage("login.title", null, Locale.ENGLISH));
		assertThat(page(login).select("button[name=language]").attr("value")).isEqualTo("nl");
	}

	@Test
	void anUnknownLanguageMeansDutch() {
		MvcTestResult chosen = mvc.post().uri("/language").param("language", "fr").with(csrf()).exchange();

		assertThat(chosen).cookies().hasValue(LanguageCookie.NAME, "nl");
		assertThat(chosen).hasRedirectedUrl("/");
	}

	@ParameterizedTest
	@ValueSource(strings = { "//evil.example", "https://evil.example/login", "/\\evil.example", "evil.example",
			"/login\r\nLocation: https://evil.example" })
	void theSwitchOnlyReturnsToPagesOfKwartier(String returnTo) {
		MvcTestResult chosen = mvc.post()
			.uri("/language")
			.param("language", "en")
			.param("returnTo", returnTo)
			.with(csrf())
			.exchange();

		assertThat(chosen).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
	}

	@Test
	void theChoiceOfASignedInUserIsKeptInHisAccountForHisNextLogin() {
		TestUser client = users.enrolled(Role.CLIENT);

		mvc.post().uri("/language").param("language", "en").with(csrf()).with(logins.as(client.id())).exchange();

		assertThat(jdbc.sql("SELECT preferred_language FROM app_user WHERE id = ?").param(client.id())
			.query(String.class)
			.single()).isEqualTo("en");
		MvcTestResult nextLogin = new Browser(mvc).logIn(client.username(), TestUsers.PASSWORD);
		assertThat(nextLogin).cookies().hasValue(LanguageCookie.NAME, "en");
	}
}
