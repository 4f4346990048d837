package nl.kwartier.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.kwartier.identity.Role;
import nl.kwartier.support.TestUsers.TestUser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UserAdministrationBrowserTest extends BrowserTestSupport {

	private Screen screen;


	private static final String OWN_PASSWORD = "Fietsen langs de Dommel in de regen";

	/**
	 * The whole life of an account, once on a phone, where every page is checked in Dutch and in
	 * English (the journey goes on in the language switched to), and once on a desktop in Dutch.
	 */
	@ParameterizedTest(name = "{0}")
	@EnumSource(value = Screen.class, names = { "PHONE_DUTCH", "DESKTOP_DUTCH" })
	void administratorCreatesAWorkerWhoChoosesHisPasswordThenDeactivatesHimAndFindsItAllInTheLog(Screen screen) {
		this.screen = screen;
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String username = "kim." + suffix;
		String name = "Kim Vermeulen " + suffix;
		String teamName = "Team Woensel " + suffix;
		TestUser admin = testUsers.enrolled(Role.ADMINISTRATOR);

		openLoginPage(screen);
		logIn(admin);

		// A team to place the new worker in.
		clickAndWaitForPage(link("Teams", "Teams"));
		assertThat(heading()).hasText("Teams");
		look("teams");
		clickAndWaitForPage(button("Team toevoegen", "Add team"));
		assertThat(errorSummary()).isFocused();
		assertThat(errorSummary().getByRole(AriaRole.LINK))
			.hasText(says("Vul een naam voor het team in.", "Enter a name for the team."));
		checkPage("teams-empty-name");
		errorSummary().getByRole(AriaRole.LINK).click();
		assertThat(field("Naam", "Name")).isFocused();
		page.keyboard().type(teamName);
		clickAndWaitForPage(button("Team toevoegen", "Add team"));
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText(says("Het team is toegevoegd.", "The team has been added."));
		assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(teamName))).isVisible();
		checkPage("team-added");

		// The new user: first an empty form, then filled in.
		clickAndWaitForPage(link("Gebruikers", "Users"));
		assertThat(heading()).hasText(says("Gebruikers", "Users"));
		look("users");
		clickAndWaitForPage(link("Nieuwe gebruiker", "New user"));
		assertThat(heading()).hasText(says("Nieuwe gebruiker", "New user"));
		look("new-user");

		clickAndWaitForPage(button("Gebruiker aanmaken", "Create user"));
		assertThat(heading()).hasText(says("Nieuwe gebruiker", "New user"));
		assertThat(errorSummary()).isFocused();
		assertThat(errorSummary().getByRole(AriaRole.LINK)).containsText(new String[] {
				says("Vul een gebruikersnaam in.", "Enter a username."), says("Vul een naam in.", "Enter a name."),
				says("Kies minstens een rol.", "Choose at least one role.") });
		assertThat(field("Gebruikersnaam", "Username")).hasAttribute("aria-invalid", "true");
		assertThat(field("Naam", "Name")).hasAccessibleDescription(endingWith(says("Vul een naam in.", "Enter a name.")));
		checkPage("new-user-errors");

		errorSummary().getByRole(AriaRole.LINK).first().click();
		assertThat(field("Gebruikersnaam", "Username")).isFocused();
		page.keyboard().type(username);
		errorSummary().getByRole(AriaRole.LINK).nth(1).click();
		assertThat(field("Naam", "Name")).isFocused();
		page.keyboard().type(name);
		field("E-mailadres (niet verplicht)", "Email address (optional)").fill(username + "@example.org");
		field("Team", "Team").selectOption(new SelectOption().setLabel(teamName));
		page.getByLabel("Kwartiermaker", new Page.GetByLabelOptions().setExact(true)).check();
		clickAndWaitForPage(button("Gebruiker aanmaken", "Create user"));

		assertThat(heading()).hasText(name);
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText(says("De gebruiker is aangemaakt.", "The user has been created."));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
			.setName(says("Tijdelijk wachtwoord", "Temporary password")))).isVisible();
		String temporaryPassword = page.locator(".secret code").innerText().trim();
		assertThat(temporaryPassword).hasSizeGreaterThanOrEqualTo(12);
		assertThat(page.locator(".summary-list").first()).containsText(teamName);
		assertThat(page.locator(".summary-list").first()).containsText(says(
				"Nog niet gekoppeld. Dat gebeurt bij de volgende keer inloggen.",
				"Not linked yet. This happens at the next login."));
		String userPage = page.url();
		look("user-created");
		page.reload();
		assertThat(heading()).hasText(name);
		assertThat(page.locator(".secret code")).hasCount(0);

		clickAndWaitForPage(link("Terug naar gebruikers", "Back to users"));
		field("Zoek op naam of gebruikersnaam", "Search by name or username").fill(username);
		clickAndWaitForPage(button("Zoeken", "Search"));
		Locator found = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(username));
		assertThat(found).hasCount(1);
		assertThat(found).containsText("Kwartiermaker");
		assertThat(found).containsText(says("App nog niet gekoppeld", "App not linked yet"));
		checkPage("users-found");
		Browsing administrator = browsing();

		// The new worker's first login, in a browser of his own.
		openLoginPage(screen.viewport);
		submitPassword(username, temporaryPassword);
		assertThat(heading()).hasText(says("Koppel een app voor inlogcodes", "Link an app for login codes"));
		String secret = page.locator("#secret").innerText().replace(" ", "");
		checkPage("enrol");
		field("Inlogcode", "Login code").fill(currentCode(secret));
		clickAndWaitForPage(button("App koppelen", "Link app"));
		assertThat(heading()).hasText(says("Bewaar je herstelcodes", "Keep your recovery codes"));
		checkPage("recovery-codes");
		clickAndWaitForPage(button("Ik heb de codes bewaard", "I have saved the codes"));

		assertThat(page).hasURL(Pattern.compile("/account/password$"));
		assertThat(heading()).hasText(says("Wachtwoord kiezen", "Choose a password"));
		assertThat(page.getByText(says("Je bent ingelogd met een tijdelijk wachtwoord.",
				"You logged in with a temporary password."))).isVisible();
		look("password-must-change");

		page.navigate("/");
		assertThat(page).hasURL(Pattern.compile("/account/password$"));

		choosePassword(temporaryPassword, "Kort wachtw");
		assertThat(errorSummary()).isFocused();
		String tooShort = says("Je nieuwe wachtwoord is te kort. Gebruik minstens 12 tekens.",
				"Your new password is too short. Use at least 12 characters.");
		assertThat(errorSummary().getByRole(AriaRole.LINK)).hasText(tooShort);
		assertThat(field("Nieuw wachtwoord", "New password")).hasAttribute("aria-invalid", "true");
		checkPage("password-too-short");
		errorSummary().getByRole(AriaRole.LINK).click();
		assertThat(field("Nieuw wachtwoord", "New password")).isFocused();

		choosePassword(temporaryPassword, "1qaz2wsx3edc");
		assertThat(errorSummary()).isFocused();
		assertThat(errorSummary().getByRole(AriaRole.LINK)).hasText(says(
				"Dit wachtwoord gebruiken veel mensen. Het is daardoor makkelijk te raden. Kies een ander wachtwoord.",
				"Many people use this password, so it is easy to guess. Choose another password."));
		checkPage("password-common");

		choosePassword(temporaryPassword, OWN_PASSWORD);
		assertThat(heading()).hasText(says("Welkom, ", "Welcome, ") + name);
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText(says("Je nieuwe wachtwoord is opgeslagen.", "Your new password has been saved."));
		checkPage("worker-home");
		Browsing worker = browsing();

		// The administrator deactivates the account.
		resume(administrator);
		page.navigate(userPage);
		assertThat(page.locator(".summary-list").first()).containsText(says("Gekoppeld", "Linked"));
		clickAndWaitForPage(link("Account uitzetten", "Deactivate account"));
		assertThat(heading()).hasText(says("Account uitzetten", "Deactivate account"));
		assertThat(page.getByText(says(name + " (" + username + ") kan dan niet meer inloggen",
				name + " (" + username + ") can then no longer log in"))).isVisible();
		look("deactivate");

		clickAndWaitForPage(button("Account uitzetten", "Deactivate account"));
		assertThat(errorSummary()).isFocused();
		assertThat(errorSummary().getByRole(AriaRole.LINK)).hasText(says("Vul een reden in.", "Enter a reason."));
		checkPage("deactivate-no-reason");
		errorSummary().getByRole(AriaRole.LINK).click();
		assertThat(field("Reden", "Reason")).isFocused();
		page.keyboard().type(says("Uit dienst", "Left the organisation"));
		clickAndWaitForPage(button("Account uitzetten", "Deactivate account"));

		assertThat(heading()).hasText(name);
		assertThat(page.getByRole(AriaRole.STATUS)).containsText(says("Het account staat uit.",
				"The account is deactivated."));
		assertThat(page.locator(".summary-list").first())
			.containsText(says("Uitgezet Reden: Uit dienst", "Deactivated Reason: Left the organisation"));
		assertThat(button("Account weer aanzetten", "Activate account again")).isVisible();
		checkPage("deactivated");

		// The worker is logged out and cannot log in again.
		administrator = browsing();
		resume(worker);
		page.reload();
		assertThat(page).hasURL(Pattern.compile("/login$"));
		assertThat(heading()).hasText(says("Inloggen", "Log in"));
		submitPassword(username, OWN_PASSWORD);
		assertThat(heading()).hasText(says("Inloggen", "Log in"));
		assertThat(errorSummary()).containsText(says("De gebruikersnaam of het wachtwoord klopt niet.",
				"The username or password is not right."));
		assertThat(field("Inlogcode", "Login code")).hasCount(0);
		checkPage("deactivated-login");

		// The log shows the worker's own actions, and what the administrator did to his account.
		resume(administrator);
		clickAndWaitForPage(link("Logboek", "Audit log"));
		assertThat(heading()).hasText(says("Logboek", "Audit log"));
		look("audit");
		field("Gebruikersnaam", "Username").fill(username);
		clickAndWaitForPage(button("Zoeken", "Search"));
		Locator lines = page.locator("table tbody tr");
		assertThat(lines.filter(new Locator.FilterOptions().setHasText(says("Inloggen", "Log in")))).not().hasCount(0);
		assertThat(lines.filter(new Locator.FilterOptions()
			.setHasText(says("Eigen wachtwoord gekozen", "Chose own password")))).hasCount(1);
		assertThat(lines.filter(new Locator.FilterOptions().setHasText(says("Inloggen mislukt", "Failed login"))))
			.containsText(says("Het account staat uit", "The account is deactivated"));
		checkPage("audit-worker");

		field("Gebruikersnaam", "Username").fill(admin.username());
		field("Handeling", "Action").selectOption(new SelectOption().setLabel(says("Beheer", "Administration")));
		clickAndWaitForPage(button("Zoeken", "Search"));
		Locator administration = page.locator("table tbody tr")
			.filter(new Locator.FilterOptions().setHasText(username));
		assertThat(administration.filter(new Locator.FilterOptions()
			.setHasText(says("Account aangemaakt voor ", "Account created for ") + username))).hasCount(1);
		assertThat(administration.filter(new Locator.FilterOptions()
			.setHasText(says("Account uitgezet van " + username, "Account of " + username + " deactivated"))))
			.hasCount(1);
		checkPage("audit-administration");
	}

	private void choosePassword(String current, String chosen) {
		field("Je huidige wachtwoord", "Your current password").fill(current);
		field("Nieuw wachtwoord", "New password").fill(chosen);
		field("Nieuw wachtwoord nog een keer", "New password again").fill(chosen);
		clickAndWaitForPage(button("Wachtwoord opslaan", "Save password"));
	}

	/**
	 * On the phone every page is checked in both languages (the journey goes on in the other
	 * one); on the desktop in the language the journey is in, to keep the suite quick.
	 */
	private void look(String pageName) {
		if (screen.viewport == Viewport.PHONE) {
			checkPageInBothLanguages(pageName);
		}
		else {
			checkPage(pageName);
		}
	}
}
