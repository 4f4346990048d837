package nl.kwartier.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kwartier.identity.Role;
import nl.kwartier.support.Browser;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;
import nl.kwartier.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebTest
class SecurityHeadersTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestLogins logins;

	@Test
	void theLoginPageAllowsOnlyScriptsAndStylesFromKwartierItself() {
		assertStrictContentSecurityPolicy(mvc.get().uri("/login").exchange().getResponse());
	}

	@Test
	void aSignedInPageAllowsOnlyScriptsAndStylesFromKwartierItself() {
		TestUser worker = users.enrolled(Role.KWARTIERMAKER);
		MvcTestResult home = mvc.get().uri("/").with(logins.as(worker.id())).exchange();

		assertThat(home).hasStatusOk();
		assertStrictContentSecurityPolicy(home.getResponse());
	}

	@Test
	void pagesCannotBeFramedSniffedOrLeakTheirAddress() {
		MvcTestResult login = mvc.get().uri("/login").exchange();

		assertThat(login).headers()
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("X-Frame-Options", "DENY")
			.hasValue("Referrer-Policy", "same-origin")
			.containsHeader("Permissions-Policy");
		assertThat(login.getResponse().getHeader("Cache-Control")).contains("no-store");
	}

	@Test
	void browsersAreToldToUseHttpsOnlyWhenTheRequestCameOverHttps() {
		assertThat(mvc.get().uri("/login").secure(true)).headers().containsHeader("Strict-Transport-Security");
		assertThat(mvc.get().uri("/login").secure(true).exchange().getResponse().getHeader("Strict-Transport-Security"))
			.contains("max-age=");
		assertThat(mvc.get().uri("/login")).headers().doesNotContainHeader("Strict-Transport-Security");
	}

	@Test
	void theSessionCookieIsHiddenFromScriptsAndOtherSites() {
		TestUser client = users.enrolled(Role.CLIENT);
		MvcTestResult login = new Browser(mvc).logIn(client.username(), TestUsers.PASSWORD);

		String sessionCookie = login.getResponse()
			.getHeaders("Set-Cookie")
			.stream()
			.filter(header -> header.startsWith("KWARTIER_SESSION="))
			.findFirst()
			.orElseThrow();
		assertThat(sessionCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
	}

	@Test
	void logoutWithoutTheFormsTokenIsRefused() {
		TestUser client = users.enrolled(Role.CLIENT);
		Browser browser = new Browser(mvc);
		browser.logIn(client.username(), TestUsers.PASSWORD);

		assertThat(browser.postWithoutToken("/logout")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(browser.get("/")).hasStatusOk();

		assertThat(browser.logOut()).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?logout");
		assertThat(browser.get("/")).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void aLanguageSwitchWithoutTheFormsTokenIsRefused() {
		Browser browser = new Browser(mvc);

		assertThat(browser.postWithoutToken("/language", "language", "en")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(browser.cookie("KWARTIER_LANGUAGE")).isEmpty();

		assertThat(browser.post("/language", "language", "en")).hasStatus(HttpStatus.FOUND);
		assertThat(browser.cookie("KWARTIER_LANGUAGE")).contains("en");
	}

	@Test
	void aLoginWithoutTheFormsTokenIsRefused() {
		TestUser client = users.enrolled(Role.CLIENT);
		Browser browser = new Browser(mvc);

		assertThat(browser.postWithoutToken("/login", "username", client.username(), "password", TestUsers.PASSWORD))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(browser.get("/")).hasStatus(HttpStatus.FOUND);
	}

	private static void assertStrictContentSecurityPolicy(MockHttpServletResponse response) {
		String policy = response.getHeader("Content-Security-Policy");
		assertThat(policy).isNotBlank();
		Map<String, String> directives = Arrays.stream(policy.split(";"))
			.map(String::trim)
			.filter(directive -> !directive.isEmpty())
			.collect(Collectors.toMap(directive -> directive.split("\\s+", 2)[0],
					directive -> directive.contains(" ") ? directive.split("\\s+", 2)[1] : ""));
		assertThat(directives).containsEntry("frame-ancestors", "'none'")
			.containsEntry("object-src", "'none'")
			.containsKeys("default-src", "script-src", "style-src", "base-uri", "form-action");
		for (String directive : new String[] { "default-src", "script-src", "style-src" }) {
			assertThat(directives.get(directive)).as(directive)
				.doesNotContain("'unsafe-inline'")
				.doesNotContain("'unsafe-eval'")
				.doesNotContain("*")
				.doesNotContain("data:");
		}
	}
}
