package nl.kwartier.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.kwartier.identity.Role;
import nl.kwartier.support.ClientFixture;
import nl.kwartier.support.ClientFixture.TestClient;
import nl.kwartier.support.TestUsers.TestUser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ClientJourneyBrowserTest extends BrowserTestSupport {

	private static final Random RANDOM = new Random();

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	@Autowired
	ClientFixture clients;

	@Autowired
	JdbcClient jdbc;

	private Screen screen;

	/**
	 * A kwartiermaker and a peer expert hold the first conversation together; the peer expert
	 * had more click and continues, sets the support level, logs a home visit and takes two
	 * measurements. The client then logs in himself, sees and fills in his measurements, sees
	 * what was done together (without the worker's note) and writes a goal in his plan. On a
	 * phone every page is checked in Dutch and in English; on a desktop in Dutch.
	 */
	@ParameterizedTest(name = "{0}")
	@EnumSource(value = Screen.class, names = { "PHONE_DUTCH", "DESKTOP_DUTCH" })
	void fromTheFirstConversationTogetherToTheClientsOwnPages(Screen screen) {
		this.screen = screen;
		String letters = letters(6);
		String kwartiermakerName = "Kim Kwartier " + letters;
		String peerExpertName = "Pim Peer " + letters;
		TestUser coordinator = testUsers.enrolled(Role.COORDINATOR);
		TestUser kwartiermaker = testUsers.enrolled(Role.KWARTIERMAKER, kwartiermakerName);
		TestUser peerExpert = testUsers.enrolled(Role.PEER_EXPERT, peerExpertName);
		TestUser account = testUsers.create(Role.CLIENT, null, false);
		TestClient client = clients.aClientIn(coordinator.organisationId());
		jdbc.sql("UPDATE client SET account_id = ? WHERE id = ?").params(account.id(), client.id()).update();
		jdbc.sql("""
				INSERT INTO registration (id, organisation_id, client_id, registered_on, source, own_question, problem_areas,
				                      struggles_with_limits, practical_question, status, suggested_first_talk)
				VALUES (?, ?, ?, CURRENT_DATE - 7, 'GP', 'Ik voel me alleen.', '{LONELINESS}', 'UNKNOWN', FALSE,
				        'WAITING', 'BOTH')
				""")
			.params(UUID.randomUUID(), coordinator.organisationId(), client.id())
			.update();
		LocalDate today = LocalDate.now(AMSTERDAM);
		LocalDate heldOn = today.minusDays(2);
		String note = "Buurvrouw " + letters + " helpt met de post.";

		// The coordinator decides that they hold the first conversation together.
		openLoginPage(screen.viewport);
		logIn(coordinator);
		clickAndWaitForPage(menu("Aanmeldingen", "Registrations"));
		clickAndWaitForPage(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
			.setName(says("Beslissen over ", "Decide on ") + client.name())
			.setExact(true)));
		assertThat(heading()).hasText(says("Wie voert het eerste gesprek met ", "Who holds the first conversation with ")
				+ client.name() + "?");
		assertThat(page.locator(".notice")).containsText(says("een kwartiermaker en een ervaringsdeskundige samen",
				"a kwartiermaker and a peer expert together"));
		look("decision");
		field("een kwartiermaker en een ervaringsdeskundige samen", "a kwartiermaker and a peer expert together").check();
		worker(kwartiermakerName).getByRole(AriaRole.CHECKBOX).check();
		worker(peerExpertName).getByRole(AriaRole.CHECKBOX).check();
		clickAndWaitForPage(button("Besluit opslaan", "Save decision"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText(says("Het besluit is opgeslagen.",
				"The decision has been saved."));

		// The kwartiermaker opens the dossier and records the conversation.
		openLoginPage(screen.viewport);
		logIn(kwartiermaker);
		clickAndWaitForPage(menu("Mijn cliënten", "My clients"));
		clickAndWaitForPage(page.getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHasText(client.name()))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(client.name())));
		assertThat(heading()).hasText(client.name());
		assertThat(whoWorks()).containsText(kwartiermakerName);
		assertThat(whoWorks()).containsText(peerExpertName);
		look("dossier-before");
		clickAndWaitForPage(link("Eerste gesprek vastleggen", "Record the first conversation"));
		assertThat(heading()).hasText(says("Eerste gesprek met ", "First conversation with ") + client.name());
		assertThat(field("Datum van het gesprek", "Date of the conversation")).hasValue(today.toString());
		assertThat(field(kwartiermakerName + says(" (kwartiermaker)", " (kwartiermaker)"), kwartiermakerName
				+ " (kwartiermaker)")).isChecked();
		assertThat(field(peerExpertName + says(" (ervaringsdeskundige)", " (peer expert)"), peerExpertName
				+ says(" (ervaringsdeskundige)", " (peer expert)"))).isChecked();
		assertThat(field(kwartiermakerName, kwartiermakerName)).isChecked();
		look("first-conversation");

		field("Datum van het gesprek", "Date of the conversation").fill(heldOn.toString());
		field(peerExpertName, peerExpertName).check();
		field("Aantekening (niet verplicht)", "Note (optional)").fill(says("Klik met Pim.", "Click with Pim."));
		clickAndWaitForPage(button("Eerste gesprek opslaan", "Save first conversation"));
		String explainError = says("Leg uit hoe kwartiermakers en ervaringsdeskundigen werken, en zet dan het vinkje.",
				"Explain how kwartiermakers and peer experts work, then tick the box.");
		assertThat(errorSummary()).isFocused();
		assertThat(errorSummary()).containsText(explainError);
		String explained = says("Ik heb uitgelegd hoe kwartiermakers en ervaringsdeskundigen werken",
				"I explained how kwartiermakers and peer experts work");
		assertThat(field(explained, explained)).hasAccessibleDescription(explainError);
		assertThat(field("Datum van het gesprek", "Date of the conversation")).hasValue(heldOn.toString());
		assertThat(field(peerExpertName, peerExpertName)).isChecked();
		assertThat(field("Aantekening (niet verplicht)", "Note (optional)")).hasValue(says("Klik met Pim.",
				"Click with Pim."));
		checkPage("first-conversation-error");
		field(explained, explained).check();
		clickAndWaitForPage(button("Eerste gesprek opslaan", "Save first conversation"));
		assertThat(heading()).hasText(says("Mijn cliënten", "My clients"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText(says("Het eerste gesprek is opgeslagen.",
				"The first conversation has been saved."));
		assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(client.name())))
			.hasCount(0);
		checkPage("first-conversation-saved");
		page.navigate("/clients/" + client.id());
		assertThat(heading()).hasText(says("Geen toegang", "No access"));
		checkPage("no-access");

		// The peer expert continues: the history, the support level and a home visit.
		openLoginPage(screen.viewport);
		logIn(peerExpert);
		clickAndWaitForPage(menu("Mijn cliënten", "My clients"));
		clickAndWaitForPage(page.getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHasText(client.name()))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(client.name())));
		Locator kwartiermakerLine = whoWorks().getByRole(AriaRole.LISTITEM)
			.filter(new Locator.FilterOptions().setHasText(kwartiermakerName));
		assertThat(kwartiermakerLine).containsText(says("Gekozen voor het eerste gesprek",
				"Chosen for the first conversation"));
		assertThat(kwartiermakerLine).containsText(Pattern.compile(says("van .* tot ", "from .* to ")));
		Locator peerExpertNow = whoWorks().getByRole(AriaRole.LISTITEM)
			.filter(new Locator.FilterOptions().setHasText(peerExpertName))
			.filter(new Locator.FilterOptions().setHasText(says("sinds ", "since ")));
		assertThat(peerExpertNow).containsText(says("Gaat verder met de cliënt (er was meer klik)",
				"Continues with the client (more click)"));
		assertThat(whoWorks()).containsText(says("Eerste gesprek op ", "First conversation on ") + date(heldOn) + ". "
				+ peerExpertName + says(" gaat verder met de cliënt.", " continues with the client."));
		assertThat(link("Eerste gesprek vastleggen", "Record the first conversation")).hasCount(0);
		look("dossier-after");

		clickAndWaitForPage(link("Steunniveau veranderen", "Change support level"));
		assertThat(heading()).hasText(says("Steunniveau", "Support level"));
		look("support-level");
		field("Midden", "Medium").check();
		field("Vanaf welke datum?", "From which date?").fill(heldOn.toString());
		field("Waarom dit niveau?", "Why this level?").fill(says("Eens per week langs.", "A visit every week."));
		clickAndWaitForPage(button("Steunniveau opslaan", "Save support level"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText(says("Het steunniveau is opgeslagen.",
				"The support level has been saved."));
		assertThat(page.getByText(says("Steunniveau: Midden (vanaf ", "Support level: Medium (from ") + date(heldOn)
				+ ")")).isVisible();

		clickAndWaitForPage(page.locator(".dossier-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
			.setName(says("Contacten", "Contacts")).setExact(true)));
		clickAndWaitForPage(link("Contact vastleggen", "Log a contact"));
		assertThat(field("Huisbezoek", "Home visit")).isChecked();
		assertThat(field(peerExpertName, peerExpertName)).isChecked();
		look("contact");
		field("Achterstallige administratie", "Overdue paperwork").check();
		field("Korte notitie (niet verplicht)", "Short note (optional)").fill(note);
		clickAndWaitForPage(button("Contact opslaan", "Save contact"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText(says("Het contact is opgeslagen.",
				"The contact has been saved."));
		assertThat(page.locator(".timeline")).containsText(note);

		// Two measurements with Kwartier's own questionnaire, a month apart.
		page.navigate("/clients/" + client.id());
		clickAndWaitForPage(page.locator(".dossier-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
			.setName(says("Metingen", "Measurements")).setExact(true)));
		assertThat(heading()).hasText(says("Metingen van ", "Measurements of ") + client.name());
		assertThat(page.getByText(says("Er zijn nog geen metingen.", "There are no measurements yet."))).isVisible();
		look("measurements-empty");
		measure(today.minusMonths(1), 2, 3, true);
		assertThat(page.getByText(says("Na de tweede meting zie je hier wat er veranderd is.",
				"After the second measurement you see here what has changed."))).isVisible();
		measure(today, 4, 2, false);

		Locator comparison = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(says(
				"Vergelijking van ", "Comparison of ") + date(today.minusMonths(1)) + says(" met ", " with ") + date(today)));
		assertThat(row(comparison, says("Wonen", "Housing"))).containsText(says("2 beter", "2 better"));
		assertThat(row(comparison, says("Geld", "Money"))).containsText(says("1 minder", "1 worse"));
		assertThat(row(comparison, says("Werk en leren", "Work and learning"))).containsText("-");
		assertThat(page.locator(".trend-grid > li")).hasCount(10);
		assertThat(page.locator(".trend-grid > li").first().locator("svg")).isAttached();
		assertThat(page.locator(".trend-grid > li").first().getByRole(AriaRole.HEADING)).hasText(says("Wonen", "Housing"));
		Locator all = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(says(
				"Alle scores per gebied en datum", "All scores per domain and date")));
		assertThat(row(all, says("Wonen", "Housing")).getByRole(AriaRole.CELL)).hasText(new String[] { "2", "4" });
		assertThat(row(all, says("Geld", "Money")).getByRole(AriaRole.CELL)).hasText(new String[] { "3", "2" });
		look("measurements");

		// The client himself: no second factor, his measurements, what was done, his plan.
		openLoginPage(screen.viewport);
		submitPassword(account.username(), account.password());
		assertThat(heading()).hasText(Pattern.compile("^" + says("Welkom, ", "Welcome, ")));
		look("client-home");
		clickAndWaitForPage(menu("Hoe gaat het?", "How are you?"));
		assertThat(heading()).hasText(says("Hoe gaat het met je?", "How are you doing?"));
		Locator own = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(says(
				"Alle scores per gebied en datum", "All scores per domain and date")));
		assertThat(row(own, says("Wonen", "Housing")).getByRole(AriaRole.CELL)).hasText(new String[] { "2", "4" });
		look("own-measurements");
		clickAndWaitForPage(link("Vandaag invullen", "Fill in today"));
		assertThat(heading()).hasText(says("Nieuwe meting", "New measurement"));
		assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(says("Wie vulde de vragenlijst in?",
				"Who filled in the questionnaire?")))).hasCount(0);
		look("own-measurement-new");
		score(says("Wonen", "Housing"), 5, says("Gaat heel goed", "Going very well"));
		clickAndWaitForPage(button("Meting opslaan", "Save measurement"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText(says("De meting is opgeslagen.", "The measurement has been saved."));
		assertThat(row(own, says("Wonen", "Housing")).getByRole(AriaRole.CELL)).hasText(new String[] { "2", "4", "5" });
		Locator ownComparison = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(startingWith(says(
				"Vergelijking van ", "Comparison of "))));
		assertThat(row(ownComparison, says("Wonen", "Housing"))).containsText(says("1 beter", "1 better"));
		checkPage("own-measurement-saved");

		clickAndWaitForPage(menu("Wat we samen deden", "What we did together"));
		assertThat(heading()).hasText(says("Wat we samen deden", "What we did together"));
		Locator visit = page.locator("main .card").first();
		assertThat(visit).containsText(says("Huisbezoek", "Home visit"));
		assertThat(visit).containsText(says("met ", "with ") + peerExpertName);
		assertThat(visit).containsText(says("Hulp bij: Achterstallige administratie", "Help with: Overdue paperwork"));
		assertThat(page.locator("main")).not().containsText(note);
		look("own-contacts");

		clickAndWaitForPage(menu("Mijn plan", "My plan"));
		assertThat(heading()).hasText(says("Jouw plan", "Your plan"));
		clickAndWaitForPage(link("Doel toevoegen", "Add a goal"));
		look("own-goal");
		field("Waar gaat je doel over?", "What is your goal about?").selectOption("HOUSING");
		field("Wat wil je bereiken?", "What do you want to reach?").fill(says("Zelf mijn post bijhouden",
				"Keep up with my post myself"));
		field("Wat is stap 1?", "What is step 1?").fill(says("Elke maandag de post openen", "Open the post every Monday"));
		clickAndWaitForPage(button("Doel opslaan", "Save goal"));
		assertThat(heading()).hasText(says("Jouw plan", "Your plan"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText(says("Je doel staat in jouw plan.", "Your goal is in your plan."));
		assertThat(page.locator(".plan-goal")).containsText(says("Zelf mijn post bijhouden", "Keep up with my post myself"));
		checkPage("own-plan");
	}

	/** From the measurements overview: a new measurement with a score for housing and money. */
	private void measure(LocalDate on, int housing, int money, boolean first) {
		clickAndWaitForPage(link("Nieuwe meting", "New measurement"));
		assertThat(heading()).hasText(says("Nieuwe meting", "New measurement"));
		assertThat(field("De cliënt samen met mij", "The client together with me")).isChecked();
		if (first) {
			look("measurement-new");
		}
		field("Datum van de meting", "Date of the measurement").fill(on.toString());
		score(says("Wonen", "Housing"), housing, null);
		score(says("Geld", "Money"), money, null);
		clickAndWaitForPage(button("Meting opslaan", "Save measurement"));
		assertThat(heading()).hasText(startingWith(says("Metingen van ", "Measurements of ")));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText(says("De meting is opgeslagen.", "The measurement has been saved."));
	}

	private void score(String domain, int value, String label) {
		Locator group = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(domain).setExact(true));
		Locator radio = label == null
				? group.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(startingWith(value + " ")))
				: group.getByLabel(value + " " + label, new Locator.GetByLabelOptions().setExact(true));
		radio.check();
	}

	/** A link in the main menu. */
	private Locator menu(String dutch, String english) {
		return page.locator("nav.main-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
			.setName(says(dutch, english)).setExact(true));
	}

	private Locator worker(String name) {
		return page.locator(".worker-choice").filter(new Locator.FilterOptions().setHasText(name));
	}

	private Locator whoWorks() {
		return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(says("Wie werkt met de cliënt",
				"Who works with the client")));
	}

	private static Locator row(Locator table, String domain) {
		return table.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHas(table.page()
			.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName(domain).setExact(true))));
	}

	private String date(LocalDate date) {
		return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", says("nl", "en").equals("nl")
				? Locale.forLanguageTag("nl-NL") : Locale.ENGLISH));
	}

	private static String letters(int count) {
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < count; i++) {
			letters.append((char) ('a' + RANDOM.nextInt(26)));
		}
		return letters.toString();
	}

	/** On the phone every page in both languages (the journey goes on in the other); on the desktop in Dutch. */
	private void look(String pageName) {
		if (screen.viewport == Viewport.PHONE) {
			checkPageInBothLanguages(pageName);
		}
		else {
			checkPage(pageName);
		}
	}
}
