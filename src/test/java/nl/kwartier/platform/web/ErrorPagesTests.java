package nl.kwartier.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kwartier.identity.Role;
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
	void anUnknownPageIsExplainedInDutch() throws Exception {
		Visitor visitor = signedInClient();

		HttpResponse<String> response = visitor.get("/no-such-page");

		assertThat(response.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1").text()).isEqualTo(messages.getMessage("error.404.title", null, DUTCH));
		assertThat(page.select("html").attr("lang")).isEqualTo("nl");
		assertNoTechnicalDetails(response.body());
	}

	@Test
	void anUnknownPageIsExplainedInEnglishWithTheLanguageCookie() throws Exception {
		Visitor visitor = signedInClient();
		visitor.cookies.put(LanguageCookie.NAME, "en");

		HttpResponse<String> response = visitor.get("/no-such-page");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(response.body()).select("h1").text())
			.isEqualTo(messages.getMessage("error.404.title", null, Locale.ENGLISH));
		assertNoTechnicalDetails(response.body());
	}

	@Test
	void aRefusedPageIsExplainedInDutch() throws Exception {
		Visitor visitor = signedInClient();

		HttpResponse<String> response = visitor.get("/admin/users");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(response.body()).select("h1").text())
			.isEqualTo(messages.getMessage("error.403.title", null, DUTCH));
		assertNoTechnicalDetails(response.body());
	}

	@Test
	void aRefusedPageIsExplainedInEnglishWithTheLanguageCookie() throws Exception {
		Visitor visitor = signedInClient();
		visitor.cookies.put(LanguageCookie.NAME, "en");

		HttpResponse<String> response = visitor.get("/admin/users");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(response.body()).select("h1").text())
			.isEqualTo(messages.getMessage("error.403.title", null, Locale.ENGLISH));
	}

	@Test
	void aBadRequestShowsNoTechnicalDetails() throws Exception {
		Visitor visitor = signedInClient();

		HttpResponse<String> response = visitor.get("/%C0%AE%C0%AE/%00");

		assertThat(response.statusCode()).isBetween(400, 499);
		assertNoTechnicalDetails(response.body());
	}

	@Test
	void anUnknownPageAsksAnonymousVisitorsToLogInWithoutSayingItDoesNotExist() throws Exception {
		HttpResponse<String> response = new Visitor().get("/no-such-page");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login");
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

	private Visitor signedInClient() throws IOException, InterruptedException {
		TestUser client = users.enrolled(Role.CLIENT);
		Visitor visitor = new Visitor();
		HttpResponse<String> loginPage = visitor.get("/login");
		String token = Jsoup.parse(loginPage.body()).select("form input[name=_csrf]").val();
		HttpResponse<String> login = visitor.post("/login",
				Map.of("username", client.username(), "password", TestUsers.PASSWORD, "_csrf", token));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).get().asString().endsWith("/");
		assertThat(visitor.get("/").statusCode()).isEqualTo(200);
		return visitor;
	}

	/** A browser against the real server: asks for HTML, keeps its cookies and does not follow redirects. */
	private final class Visitor {

		private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

		private final Map<String, String> cookies = new LinkedHashMap<>();

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return send(request(path).GET());
		}

		HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
			String body = form.entrySet()
				.stream()
				.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		private HttpRequest.Builder request(String path) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
			if (!cookies.isEmpty()) {
				request.header("Cookie", cookies.entrySet()
					.stream()
					.map(e -> e.getKey() + "=" + e.getValue())
					.collect(Collectors.joining("; ")));
			}
			return request;
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (String header : response.headers().allValues("Set-Cookie")) {
				String pair = header.split(";", 2)[0];
				String name = pair.substring(0, pair.indexOf('='));
				String value = pair.substring(pair.indexOf('=') + 1);
				if (value.isEmpty() || header.toLowerCase(Locale.ROOT).contains("max-age=0")) {
					cookies.remove(name);
				}
				else {
					cookies.put(name, value);
				}
			}
			return response;
		}
	}
}
