package nl.kwartier.identity.login;

import static nl.kwartier.support.Browser.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import nl.kwartier.identity.Role;
import nl.kwartier.support.Browser;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;
import nl.kwartier.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebTest
class LoginThrottleTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Totp totp;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Value("${kwartier.login.max-failures-per-account:5}")
	int maxFailures;

	@Test
	void anAccountIsRefusedEvenWithTheRightPasswordAfterTooManyFailures() {
		TestUser client = users.enrolled(Role.CLIENT);
		Browser guesser = new Browser(mvc);
		for (int i = 0; i < maxFailures; i++) {
			guesser.logIn(client.username(), "wrong-" + i);
		}
		Browser browser = new Browser(mvc);

		MvcTestResult refused = browser.logIn(client.username(), TestUsers.PASSWORD);

		assertThat(refused).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
		assertThat(page(browser.follow(refused)).select("[role=alert]").text()).contains(throttledMessage());
		assertThat(browser.get("/")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE user_id = ? AND action = 'FAILED_LOGIN' ORDER BY id DESC LIMIT 1")
			.param(client.id())
			.query(String.class)
			.single()).isEqualTo("THROTTLED");
	}

	@Test
	void oneFailureLessStillLetsTheRightPasswordIn() {
		TestUser client = users.enrolled(Role.CLIENT);
		Browser browser = new Browser(mvc);
		for (int i = 0; i < maxFailures - 1; i++) {
			browser.logIn(client.username(), "wrong-" + i);
		}

		assertThat(browser.logIn(client.username(), TestUsers.PASSWORD)).hasRedirectedUrl("/");
	}

	@Test
	void aSuccessfulLoginStartsTheCountAgain() {
		TestUser client = users.enrolled(Role.CLIENT);
		for (int round = 0; round < 2; round++) {
			Browser browser = new Browser(mvc);
			for (int i = 0; i < maxFailures - 1; i++) {
				browser.logIn(client.username(), "wrong-" + i);
			}
			assertThat(browser.logIn(client.username(), TestUsers.PASSWORD)).as("round %d", round)
				.hasRedirectedUrl("/");
		}
	}

	@Test
	void theThrottleOfOneAccountDoesNotStopOthers() {
		TestUser throttled = users.enrolled(Role.CLIENT);
		TestUser other = users.enrolled(Role.CLIENT);
		Browser browser = new Browser(mvc);
		for (int i = 0; i < maxFailures; i++) {
			browser.logIn(throttled.username(), "wrong-" + i);
		}

		assertThat(new Browser(mvc).logIn(other.username(), TestUsers.PASSWORD)).hasRedirectedUrl("/");
	}

	@Test
	void theAccountIsRecognisedWhateverTheCaseOrSpacesItIsTypedWith() {
		TestUser client = users.enrolled(Role.CLIENT);
		Browser guesser = new Browser(mvc);
		for (int i = 0; i < maxFailures; i++) {
			guesser.logIn(" " + client.username().toUpperCase(Locale.ROOT) + " ", "wrong-" + i);
		}
		Browser browser = new Browser(mvc);

		MvcTestResult refused = browser.logIn(client.username(), TestUsers.PASSWORD);

		assertThat(page(browser.follow(refused)).select("[role=alert]").text()).contains(throttledMessage());
	}

	@Test
	void wrongCodesCountTowardsTheThrottle() {
		TestUser worker = users.enrolled(Role.KWARTIERMAKER);
		Browser browser = new Browser(mvc);
		browser.logIn(worker.username(), TestUsers.PASSWORD);
		for (int i = 0; i < maxFailures; i++) {
			browser.enterCode("00000" + i);
		}

		MvcTestResult refused = browser.enterCode(totp.currentCode(TestUsers.TOTP_SECRET));

		assertThat(refused).hasStatusOk();
		assertThat(page(refused).select("[role=alert]").text()).contains(throttledMessage());
		assertThat(browser.get("/")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login/code");
	}

	private String throttledMessage() {
		return messages.getMessage("login.error.throttled", new Object[] { 15L }, Locale.forLanguageTag("nl"));
	}
}
