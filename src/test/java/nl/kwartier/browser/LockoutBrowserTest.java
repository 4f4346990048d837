package nl.kwartier.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import nl.kwartier.identity.Role;
import nl.kwartier.support.TestUsers.TestUser;

class LockoutBrowserTest extends BrowserTestSupport {

	private static final int FAILURES_PER_ACCOUNT = 5;

	@OnEveryScreen
	void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword(Screen screen) {
		TestUser worker = testUsers.enrolled(Role.COORDINATOR);
		openLoginPage(screen);
		String failed = says("De gebruikersnaam of het wachtwoord klopt niet. Controleer ze en probeer het opnieuw.",
				"The username or password is not right. Check them and try again.");

		submitPassword(worker.username(), "not-the-password-1");
		assertThat(heading()).hasText(says("Inloggen", "Log in"));
		assertThat(errorSummary()).isFocused();
		assertThat(errorSummary()).containsText(failed);
		assertThat(field("Gebruikersnaam", "Username")).hasValue(worker.username());
		assertThat(field("Wachtwoord", "Password")).isEmpty();
		assertThat(field("Wachtwoord", "Password")).hasAttribute("aria-invalid", "true");
		assertThat(field("Wachtwoord", "Password")).hasAccessibleDescription(failed);
		checkPage("wrong-password");

		errorSummary().getByRole(AriaRole.LINK).click();
		assertThat(field("Wachtwoord", "Password")).isFocused();

		for (int attempt = 2; attempt <= FAILURES_PER_ACCOUNT; attempt++) {
			submitPassword(worker.username(), "not-the-password-" + attempt);
			assertThat(errorSummary()).containsText(failed);
		}

		submitPassword(worker.username(), worker.password());
		String throttled = says("Er is te vaak verkeerd ingelogd. Wacht 15 minuten en probeer het dan opnieuw.",
				"There were too many failed attempts. Wait 15 minutes and then try again.");
		assertThat(heading()).hasText(says("Inloggen", "Log in"));
		assertThat(errorSummary()).containsText(throttled);
		assertThat(errorSummary()).not().containsText(failed);
		checkPage("too-many-attempts");

		submitPassword(worker.username(), worker.password());
		assertThat(page).hasURL(Pattern.compile("/login$"));
		assertThat(errorSummary()).containsText(throttled);
		assertThat(field("Inlogcode", "Login code")).hasCount(0);
	}
}
