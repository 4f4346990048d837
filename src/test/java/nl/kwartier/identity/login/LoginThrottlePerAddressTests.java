package nl.kwartier.identity.login;

import static nl.kwartier.support.Browser.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import nl.kwartier.identity.Role;
import nl.kwartier.support.Browser;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;
import nl.kwartier.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

// Its own application context: the other tests all log in from one address, with the limit set out of reach.
@WebTest
@TestPropertySource(properties = "kwartier.login.max-failures-per-address=3")
class LoginThrottlePerAddressTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	MessageSource messages;

	@Test
	void anAddressThatTriedTooManyAccountsIsRefusedEvenWithTheRightPassword() {
		TestUser client = users.enrolled(Role.CLIENT);
		String address = uniqueAddress();
		for (int i = 0; i < 3; i++) {
			new Browser(mvc).from(address).logIn("nobody-" + UUID.randomUUID(), "guess");
		}
		Browser browser = new Browser(mvc).from(address);

		MvcTestResult refused = browser.logIn(client.username(), TestUsers.PASSWORD);

		assertThat(refused).hasRedirectedUrl("/login");
		assertThat(page(browser.follow(refused)).select("[role=alert]").text()).contains(
				messages.getMessage("login.error.throttled", new Object[] { 15L }, Locale.forLanguageTag("nl")));
		assertThat(new Browser(mvc).from(uniqueAddress()).logIn(client.username(), TestUsers.PASSWORD))
			.hasRedirectedUrl("/");
	}

	@Test
	void fewerFailuresFromAnAddressDoNotStopIt() {
		TestUser client = users.enrolled(Role.CLIENT);
		String address = uniqueAddress();
		for (int i = 0; i < 2; i++) {
			new Browser(mvc).from(address).logIn("nobody-" + UUID.randomUUID(), "guess");
		}

		assertThat(new Browser(mvc).from(address).logIn(client.username(), TestUsers.PASSWORD)).hasRedirectedUrl("/");
	}

	/** An IPv6 documentation address no other test or earlier run uses. */
	private static String uniqueAddress() {
		String random = UUID.randomUUID().toString().replace("-", "");
		return "2001:db8:" + random.substring(0, 4) + ":" + random.substring(4, 8) + "::" + random.substring(8, 12);
	}
}
