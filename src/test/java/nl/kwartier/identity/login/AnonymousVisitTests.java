package nl.kwartier.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.kwartier.identity.Role;
import nl.kwartier.support.HttpBrowser;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;
import nl.kwartier.support.WebTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.context.WebApplicationContext;

/**
 * Visitors who are not signed in cost the database nothing: the public pages answer without a
 * session (so without a row in the session table), through the real server; the login form is
 * still protected against cross-site requests and a full login still works.
 */
@WebTest
class AnonymousVisitTests {

	static final List<String> PUBLIC_PAGES = List.of("/login", "/login?logout", "/login?error", "/login?expired",
			"/error", "/css/kwartier.css", "/js/kwartier.js", "/css/no-such-file.css", "/favicon.ico",
			"/webjars/htmx.org/dist/htmx.min.js", "/actuator/health", "/actuator/health/liveness",
			"/actuator/health/readiness");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	Totp totp;

	@Autowired
	WebApplicationContext context;

	@Autowired
	CsrfTokenRepository csrfTokens;

	/**
	 * Spring Security's test support ({@code csrf()} in other test classes) swaps the shared CSRF
	 * filter's token store for a session-based one for the rest of the context's life; these tests
	 * are about the store Kwartier configures, so they put it back.
	 */
	@BeforeEach
	void useTheConfiguredCsrfTokenStore() {
		WebTestUtils.setCsrfTokenRepository(new MockHttpServletRequest(context.getServletContext()), csrfTokens);
	}

	@Test
	void anonymousVisitsToEveryPublicPageCreateNoSession() {
		long since = System.currentTimeMillis();
		HttpBrowser browser = new HttpBrowser(port);

		for (String page : PUBLIC_PAGES) {
			HttpResponse<String> response = browser.get(page);
			assertThat(response.body()).as(page).isNotEmpty();
			assertThat(response.headers().allValues("Set-Cookie")).as(page).noneMatch(c -> c.startsWith("KWARTIER_SESSION="));
		}
		for (String page : PUBLIC_PAGES) {
			HttpResponse<String> fresh = new HttpBrowser(port).get(page);
			assertThat(fresh.headers().allValues("Set-Cookie")).as(page).noneMatch(c -> c.startsWith("KWARTIER_SESSION="));
		}

		assertThat(sessionsCreatedSince(since)).isZero();
	}

	@Test
	void switchingTheLanguageBeforeLoginCreatesNoSession() {
		long since = System.currentTimeMillis();
		HttpBrowser browser = new HttpBrowser(port);

		HttpResponse<String> switched = browser.submit("/login", "/language",
				Map.of("language", "en", "returnTo", "/login"));

		assertThat(switched.statusCode()).isEqualTo(302);
		assertThat(Jsoup.parse(browser.get("/login").body()).select("html").attr("lang")).isEqualTo("en");
		assertThat(sessionsCreatedSince(since)).isZero();
	}

	@Test
	void theLoginFormStillRefusesAPostWithoutItsToken() throws Exception {
		TestUser user = users.enrolled(Role.PEER_EXPERT);
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=" + user.username() + "&password=" + user.password()))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void aFullLoginThroughTheRealServerStillWorksAndOnlyThenStartsASession() {
		TestUser user = users.enrolled(Role.PEER_EXPERT);
		long since = System.currentTimeMillis();
		HttpBrowser browser = new HttpBrowser(port);

		HttpResponse<String> password = browser.logIn(user.username(), user.password());
		assertThat(password.statusCode()).isEqualTo(302);
		assertThat(password.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login/code"));
		HttpResponse<String> code = browser.submit("/login/code", "/login/code",
				Map.of("code", totp.currentCode(TestUsers.TOTP_SECRET)));
		assertThat(code.statusCode()).isEqualTo(302);

		assertThat(browser.get("/").statusCode()).isEqualTo(200);
		assertThat(sessionsCreatedSince(since)).isEqualTo(1);
	}

	private long sessionsCreatedSince(long millis) {
		return jdbc.sql("SELECT count(*) FROM spring_session WHERE creation_time >= ?")
			.param(millis)
			.query(Long.class)
			.single();
	}
}
