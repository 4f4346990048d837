package nl.kwartier.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.kwartier.identity.Role;
import nl.kwartier.support.HttpBrowser;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;
import nl.kwartier.support.WebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * Error pages through the real server: only the servlet container forwards a failed request to
 * the error page, which {@code MockMvc} does not do.
 */
@WebTest
@ExtendWith(OutputCaptureExtension.class)
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

	@Test
	void aMalformedIdInTheAddressIsExplainedAsABadRequest() {
		HttpResponse<String> response = signedInClient().get("/clients/not-a-uuid");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(response.body()).select("h1").text())
			.isEqualTo(messages.getMessage("error.400.title", null, DUTCH));
		assertNoTechnicalDetails(response.body());
	}

	@Test
	void badPercentEncodingInThePathIsExplainedInTheVisitorsLanguageAndNotLogged(CapturedOutput output)
			throws IOException {
		RawResponse dutch = raw("GET /clients/%zz HTTP/1.1", "");
		RawResponse english = raw("GET /clients/%C0%AE HTTP/1.1", "Cookie: " + LanguageCookie.NAME + "=en\r\n");

		assertThat(dutch.status()).isEqualTo(400);
		assertThat(dutch.page().select("h1").text()).isEqualTo(messages.getMessage("error.400.title", null, DUTCH));
		assertThat(dutch.page().select("html").attr("lang")).isEqualTo("nl");
		assertThat(english.status()).isEqualTo(400);
		assertThat(english.page().select("h1").text())
			.isEqualTo(messages.getMessage("error.400.title", null, Locale.ENGLISH));
		assertNoTechnicalDetails(dutch.body());
		assertNoTechnicalDetails(english.body());
		assertThat(output.getAll()).doesNotContain("DecodeException");
	}

	@Test
	void badPercentEncodingInTheQueryIsABadRequestWithoutAnErrorInTheLog(CapturedOutput output) throws IOException {
		RawResponse login = raw("GET /login?logout=%zz HTTP/1.1", "");
		RawResponse clients = raw("GET /clients?q=%C0 HTTP/1.1", "");

		assertThat(login.status()).isEqualTo(400);
		assertThat(login.page().select("h1").text()).isEqualTo(messages.getMessage("error.400.title", null, DUTCH));
		assertThat(clients.status()).isEqualTo(400);
		assertNoTechnicalDetails(login.body());
		assertNoTechnicalDetails(clients.body());
		assertThat(output.getAll()).doesNotContain("DecodeException").doesNotContain(" ERROR ");
	}

	@Test
	void moreThanAThousandParametersAreABadRequest() throws IOException {
		String form = IntStream.range(0, 1200).mapToObj(i -> "p" + i + "=1").collect(Collectors.joining("&"));

		RawResponse response = raw("POST /login HTTP/1.1",
				"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length() + "\r\n", form);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.page().select("h1").text()).isEqualTo(messages.getMessage("error.400.title", null, DUTCH));
		assertNoTechnicalDetails(response.body());
	}

	@Test
	void aFormOverTheSizeLimitIsRefusedAsTooLarge() throws IOException {
		String form = "description=" + "x".repeat(3_000_000);

		RawResponse response = raw("POST /login HTTP/1.1",
				"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length() + "\r\n", form);

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.page().select("h1").text()).isEqualTo(messages.getMessage("error.413.title", null, DUTCH));
		assertNoTechnicalDetails(response.body());
	}

	@Test
	void aFileUploadOrAnotherKindOfBodyIsRefusedAsAFormKwartierCannotRead() throws IOException {
		String upload = "--grens\r\nContent-Disposition: form-data; name=\"definition\"; filename=\"lijst.json\"\r\n"
				+ "Content-Type: application/json\r\n\r\n{}\r\n--grens--\r\n";

		RawResponse multipart = raw("POST /admin/instruments HTTP/1.1",
				"Content-Type: multipart/form-data; boundary=grens\r\nContent-Length: " + upload.length() + "\r\n",
				upload);
		RawResponse json = raw("POST /login HTTP/1.1", "Content-Type: application/json\r\nContent-Length: 2\r\n", "{}");

		assertThat(multipart.status()).isEqualTo(415);
		assertThat(multipart.page().select("h1").text())
			.isEqualTo(messages.getMessage("error.415.title", null, DUTCH));
		assertThat(json.status()).isEqualTo(415);
		assertNoTechnicalDetails(multipart.body());
	}

	@Test
	void aWrongMethodIsExplained() {
		HttpResponse<String> response = signedInClient().get("/language");

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(Jsoup.parse(response.body()).select("h1").text())
			.isEqualTo(messages.getMessage("error.405.title", null, DUTCH));
		assertNoTechnicalDetails(response.body());
	}

	@Test
	void anAddressTheFirewallRefusesIsExplained() throws IOException {
		for (String target : new String[] { "/login;jsessionid=1", "/login//x", "/login/a%2Fb", "/<script>" }) {
			RawResponse response = raw("GET " + target + " HTTP/1.1", "");

			assertThat(response.status()).as(target).isEqualTo(400);
			assertThat(response.page().select("h1").text()).as(target)
				.isEqualTo(messages.getMessage("error.400.title", null, DUTCH));
			assertNoTechnicalDetails(response.body());
		}
	}

	record RawResponse(int status, String body) {

		Document page() {
			return Jsoup.parse(body);
		}
	}

	/** A request exactly as written: an HTTP client would refuse or repair what these tests send. */
	private RawResponse raw(String requestLine, String headers, String... body) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			String request = requestLine + "\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n" + headers
					+ "\r\n" + String.join("", body);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
			socket.getOutputStream().flush();
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int status = Integer.parseInt(response.substring(9, 12));
			int start = response.indexOf("\r\n\r\n");
			return new RawResponse(status, start < 0 ? "" : response.substring(start + 4));
		}
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
