package nl.kwartier.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;
import nl.kwartier.identity.Role;
import nl.kwartier.support.HttpBrowser;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;
import nl.kwartier.support.WebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * Error pages through the real server: only the servlet container forwards a failed request to
 * the error page, which {@code MockMvc} does not do.
 */
@WebTest
class ErrorPagesTests {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@Autowired
	MessageSource messages;

	@Test
	void anUnknownPageIsExplainedInDutch() {
		HttpResponse<String> response = signedInClient().get("/no-such-page");

		assertThat(response.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1").text()).isEqualTo(messages.getMessage("error.404.title", null, DUTCH));
		assertThat(page.select("html").attr("lang")).isEqualTo("nl");
		assertNoTechnicalDetails(response.body());
	}

	@Test
	void anUnknownPageIsExplainedInEnglishWithTheLanguageCookie() {
		HttpResponse<String> response = signedInClient().withCookie(LanguageCookie.NAME, "en").get("/no-such-page");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(response.body()).select("h1").text())
			.isEqualTo(messages.getMessage("error.404.title", null, Locale.ENGLISH));
		assertNoTechnicalDetails(response.body());
	}

	@Test
	void aRefusedPageIsExplainedInDutch() {
		HttpResponse<String> response = signedInClient().get("/admin/users");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(response.body()).select("h1").text())
			.isEqualTo(messages.getMessage("error.403.title", null, DUTCH));
		assertNoTechnicalDetails(response.body());
	}

	@Test
	void aRefusedPageIsExplainedInEnglishWithTheLanguageCookie() {
		HttpResponse<String> response = signedInClient().withCookie(LanguageCookie.NAME, "en").get("/admin/users");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(response.body()).select("h1").text())
			.isEqualTo(messages.getMessage("error.403.title", null, Locale.ENGLISH));
	}

	@Test
	void aMalformedRequestShowsNoTechnicalDetails() {
		HttpResponse<String> response = signedInClient().get("/%C0%AE%C0%AE/%00");

		assertThat(response.statusCode()).isBetween(400, 499);
		assertNoTechnicalDetails(response.body());
	}

	@Test
	void anUnknownPageAsksAnonymousVisitorsToLogInWithoutSayingItDoesNotExist() {
		HttpResponse<String> response = new HttpBrowser(port).get("/no-such-page");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login");
	}

	@Test
	void aFailedLoginShowsItsMessageThroughTheRealServer() {
		HttpBrowser browser = new HttpBrowser(port);

		HttpResponse<String> refused = browser.logIn("nobody-" + System.nanoTime(), "guess");

		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(refused.headers().firstValue("Location")).get().asString().endsWith("/login");
		HttpResponse<String> loginPage = browser.get("/login");
		assertThat(loginPage.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(loginPage.body()).select("[role=alert]").text())
			.contains(messages.getMessage("login.error.failed", null, DUTCH));
	}

	private static void assertNoTechnicalDetails(String body) {
		assertThat(body).doesNotContain("Exception")
			.doesNotContain("at org.")
			.doesNotContain("at nl.")
			.doesNotContain("nl.kwartier")
			.doesNotContain("Whitelabel")
			.doesNotContain("Tomcat")
			.doesNotContainIgnoringCase("stack")
			.doesNotContain("\"trace\"");
	}

	private HttpBrowser signedInClient() {
		TestUser client = users.enrolled(Role.CLIENT);
		HttpBrowser browser = new HttpBrowser(port);
		HttpResponse<String> login = browser.logIn(client.username(), TestUsers.PASSWORD);
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).get().asString().endsWith("/");
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
		return browser;
	}
}
