package nl.kwartier.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import nl.kwartier.identity.Role;
import nl.kwartier.support.ClientFixture;
import nl.kwartier.support.ClientFixture.TestClient;
import nl.kwartier.support.TestUsers.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class RecoveryPlanBrowserTest extends BrowserTestSupport {

	@Autowired
	ClientFixture clients;

	@Autowired
	JdbcClient jdbc;

	@OnEveryScreen
	void theClientWritesDownAGoalInHisOwnPlan(Screen screen) {
		TestUser account = testUsers.create(Role.CLIENT, null, false);
		TestClient client = clients.aClientIn(account.organisationId());
		jdbc.sql("UPDATE client SET account_id = ? WHERE id = ?").params(account.id(), client.id()).update();

		openLoginPage(screen);
		submitPassword(account.username(), account.password());
		assertThat(heading()).hasText(Pattern.compile("^" + says("Welkom, ", "Welcome, ")));
		clickAndWaitForPage(link("Mijn plan", "My plan"));
		assertThat(heading()).hasText(says("Jouw plan", "Your plan"));
		checkPage("plan-empty");

		clickAndWaitForPage(link("Doel toevoegen", "Add a goal"));
		assertThat(heading()).hasText(says("Nieuw doel", "New goal"));
		checkPage("goal-new");

		clickAndWaitForPage(button("Doel opslaan", "Save goal"));
		assertThat(errorSummary()).isFocused();
		assertThat(errorSummary()).containsText(says("Schrijf op wat het doel is.", "Write down what the goal is."));
		assertThat(field("Wat wil je bereiken?", "What do you want to reach?")).hasAccessibleDescription(Pattern
			.compile(says("Schrijf op wat het doel is.", "Write down what the goal is.")));
		checkPage("goal-errors");

		field("Waar gaat je doel over?", "What is your goal about?").selectOption("SOCIAL_CONTACTS");
		field("Wat wil je bereiken?", "What do you want to reach?").fill(says("Elke week naar de inloop",
				"Go to the walk-in every week"));
		field("Mee bezig", "Working on it").check();
		field("Wanneer wil je kijken hoe het gaat? (mag leeg)", "When do you want to look at how it is going? (optional)")
			.fill(LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusMonths(1).toString());
		field("Wat is stap 1?", "What is step 1?").fill(says("Met mijn buurman meegaan", "Go with my neighbour"));
		field("Wie helpt bij stap 1?", "Who helps with step 1?").selectOption("NETWORK");
		field("Naam van wie helpt bij stap 1", "Name of who helps with step 1").fill("Piet");
		clickAndWaitForPage(button("Doel opslaan", "Save goal"));

		assertThat(heading()).hasText(says("Jouw plan", "Your plan"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText(says("Je doel staat in jouw plan.", "Your goal is in your plan."));
		assertThat(page.locator(".plan-goal")).containsText(says("Elke week naar de inloop", "Go to the walk-in every week"));
		assertThat(page.locator(".plan-goal")).containsText("Piet");
		assertThat(page.locator(".plan-history")).containsText(says("Doel toegevoegd door", "Goal added by"));
		checkPage("plan-with-goal");
	}
}
