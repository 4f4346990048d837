package nl.kwartier.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import nl.kwartier.identity.Role;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;

class LoginBrowserTest extends BrowserTestSupport {

	@OnEveryScreen
	void workerLogsInWithPasswordAndCodeSeesHerHomePageIsRefusedAdminPagesAndLogsOut(Screen screen) {
		TestUser worker = testUsers.enrolled(Role.KWARTIERMAKER);
		openLoginPage(screen);
		assertThat(heading()).hasText(says("Inloggen", "Log in"));
		checkPage("login");

		submitPassword(worker.username(), worker.password());
		assertThat(heading()).hasText(says("Vul je inlogcode in", "Enter your login code"));
		assertThat(field("Inlogcode", "Login code")).hasAccessibleDescription(
				says("6 cijfers uit de app. Telefoon kwijt? Vul dan een van je herstelcodes in.",
						"6 digits from the app. Lost your phone? Enter one of your recovery codes."));
		checkPage("code");

		submitCode(currentCode(TestUsers.TOTP_SECRET));
		assertThat(heading()).hasText(says("Welkom, ", "Welcome, ") + displayName(Role.KWARTIERMAKER));
		assertThat(paragraphWith(says("Je rollen:", "Your roles:"))).containsText("Kwartiermaker");
		assertThat(cardTitled("Mijn cliënten", "My clients")).isVisible();
		assertThat(cardTitled("Jouw plan", "Your plan")).hasCount(0);
		assertThat(cardTitled("Gebruikers beheren", "Manage users")).hasCount(0);
		assertThat(page.getByText(says("Ingelogd als ", "Signed in as ") + worker.username())).isVisible();
		assertThat(link("Start", "Home")).hasAttribute("aria-current", "page");
		checkPage("home");

		page.navigate("/admin/users");
		assertThat(heading()).hasText(says("Geen toegang", "No access"));
		assertThat(page.getByText(says("Je mag deze pagina niet bekijken.", "You may not view this page.")))
			.isVisible();
		checkPage("forbidden");

		clickAndWaitForPage(link("Naar de startpagina", "Go to the home page"));
		assertThat(heading()).hasText(says("Welkom, ", "Welcome, ") + displayName(Role.KWARTIERMAKER));

		logOut();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText(says("Je bent uitgelogd.", "You have logged out."));
		assertThat(page.getByText(worker.username())).hasCount(0);
		checkPage("logged-out");

		page.navigate("/");
		assertThat(page).hasURL(Pattern.compile("/login$"));
		assertThat(heading()).hasText(says("Inloggen", "Log in"));
	}

	@OnEveryViewport
	void languageButtonChangesTheTextsAndTheChoiceSurvivesAReload(Viewport viewport) {
		TestUser worker = testUsers.enrolled(Role.PEER_WORKER);
		openLoginPage(viewport);
		logIn(worker);
		assertThat(heading()).hasText("Welkom, " + displayName(Role.PEER_WORKER));
		checkPage("home");

		switchLanguage(Language.ENGLISH);
		assertThat(heading()).hasText("Welcome, " + displayName(Role.PEER_WORKER));
		assertThat(paragraphWith("Your roles:")).containsText("Peer worker");
		assertThat(cardTitled("My clients")).isVisible();
		assertThat(buttonNamed("Log out")).isVisible();
		assertThat(buttonNamed("Nederlands")).isVisible();
		assertThat(page).hasTitle("Home - Kwartier");
		checkPage("home");

		page.reload();
		assertThat(heading()).hasText("Welcome, " + displayName(Role.PEER_WORKER));
		assertThat(page.locator("html")).hasAttribute("lang", "en");

		switchLanguage(Language.DUTCH);
		assertThat(heading()).hasText("Welkom, " + displayName(Role.PEER_WORKER));
		assertThat(cardTitled("Mijn cliënten")).isVisible();
		assertThat(buttonNamed("Uitloggen")).isVisible();

		page.reload();
		assertThat(heading()).hasText("Welkom, " + displayName(Role.PEER_WORKER));
		assertThat(page.locator("html")).hasAttribute("lang", "nl");
		assertThat(buttonNamed("English")).isVisible();
	}

	@OnEveryScreen
	void clientLogsInWithHisPasswordOnlyAndSeesHisOwnPlan(Screen screen) {
		TestUser client = testUsers.notEnrolled(Role.CLIENT);
		openLoginPage(screen);

		submitPassword(client.username(), client.password());
		assertThat(page).hasURL(Pattern.compile("/$"));
		assertThat(heading()).hasText(says("Welkom, ", "Welcome, ") + displayName(Role.CLIENT));
		assertThat(cardTitled("Jouw plan", "Your plan")).isVisible();
		assertThat(cardTitled("Mijn cliënten", "My clients")).hasCount(0);
		checkPage("home");
	}

	@OnEveryScreen
	void wrongCodeShowsAnErrorSummaryThatLeadsToTheField(Screen screen) {
		TestUser worker = testUsers.enrolled(Role.COORDINATOR);
		openLoginPage(screen);
		submitPassword(worker.username(), worker.password());
		assertThat(heading()).hasText(says("Vul je inlogcode in", "Enter your login code"));

		submitCode(wrongCode(TestUsers.TOTP_SECRET));
		String message = says("Deze code klopt niet. Vul de code in die de app nu laat zien.",
				"This code is not right. Enter the code the app shows now.");
		assertThat(heading()).hasText(says("Vul je inlogcode in", "Enter your login code"));
		assertThat(errorSummary()).isFocused();
		assertThat(errorSummary().getByRole(AriaRole.HEADING)).hasText(says("Er is een probleem", "There is a problem"));
		assertThat(errorSummary().getByRole(AriaRole.LINK)).hasText(message);
		assertThat(field("Inlogcode", "Login code")).hasAttribute("aria-invalid", "true");
		assertThat(field("Inlogcode", "Login code")).hasAccessibleDescription(
				says("6 cijfers uit de app. Telefoon kwijt? Vul dan een van je herstelcodes in. ",
						"6 digits from the app. Lost your phone? Enter one of your recovery codes. ") + message);
		checkPage("code-wrong");

		errorSummary().getByRole(AriaRole.LINK).click();
		assertThat(field("Inlogcode", "Login code")).isFocused();
		page.keyboard().type(currentCode(TestUsers.TOTP_SECRET));
		page.waitForResponse(response -> response.request().isNavigationRequest() && response.status() == 200,
				() -> page.keyboard().press("Enter"));
		assertThat(heading()).hasText(says("Welkom, ", "Welcome, ") + displayName(Role.COORDINATOR));
		assertThat(cardTitled("Mijn team", "My team")).isVisible();
		checkPage("home");
	}

	private Locator paragraphWith(String text) {
		return page.getByRole(AriaRole.PARAGRAPH).filter(new Locator.FilterOptions().setHasText(text));
	}

	private Locator cardTitled(String dutch, String english) {
		return cardTitled(says(dutch, english));
	}

	private Locator cardTitled(String title) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2).setName(title).setExact(true));
	}
}
