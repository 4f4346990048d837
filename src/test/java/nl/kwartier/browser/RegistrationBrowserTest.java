package nl.kwartier.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Random;
import java.util.regex.Pattern;
import nl.kwartier.identity.Role;
import nl.kwartier.support.TestUsers.TestUser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RegistrationBrowserTest extends BrowserTestSupport {

	private Screen screen;


	private static final Random RANDOM = new Random();

	/**
	 * A peer expert sets up his profile and registers two people in steps; a coordinator chooses
	 * him for the first conversation, and he finds the client among his own. Once on a phone,
	 * where every page is checked in Dutch and in English and the second person is someone else,
	 * and once on a desktop in Dutch, where the second person turns out to be the first one.
	 */
	@ParameterizedTest(name = "{0}")
	@EnumSource(value = Screen.class, names = { "PHONE_DUTCH", "DESKTOP_DUTCH" })
	void peerExpertRegistersClientsCoordinatorChoosesHimAndHeOpensTheDossier(Screen screen) {
		this.screen = screen;
		String letters = letters(7);
		String workerName = "Ravi Peer " + letters;
		String givenName = "Fenna";
		String familyName = "Ravenstein" + letters;
		String clientName = givenName + " " + familyName;
		boolean samePerson = screen.viewport == Viewport.DESKTOP;
		TestUser peerExpert = testUsers.enrolled(Role.PEER_EXPERT, workerName);
		TestUser coordinator = testUsers.enrolled(Role.COORDINATOR);

		openLoginPage(screen);
		logIn(peerExpert);

		// His profile: how much he works and which languages he speaks.
		clickAndWaitForPage(link("Mijn profiel", "My profile"));
		assertThat(heading()).hasText(says("Mijn profiel", "My profile"));
		look("profile");
		field("Aantal fte", "FTE").fill(says("0,8", "0.8"));
		field("Turks", "Turkish").check();
		clickAndWaitForPage(button("Profiel opslaan", "Save profile"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText(says("Het profiel is opgeslagen.", "The profile has been saved."));
		assertThat(field("Aantal fte", "FTE")).hasValue(Pattern.compile("^0[,.]8$"));
		assertThat(field("Turks", "Turkish")).isChecked();
		checkPage("profile-saved");

		// The first registration, step by step, with one mistake on the way.
		clickAndWaitForPage(link("Nieuwe aanmelding", "New registration"));
		register(givenName, familyName, true);
		assertThat(page.getByText(clientName)).isVisible();
		clickAndWaitForPage(button("Aanmelding opslaan", "Save registration"));
		assertThat(heading()).hasText(says("De aanmelding is opgeslagen", "The registration has been saved"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText(says("Het team beslist nu", "The team now decides"));
		look("saved");

		// A second registration of someone with nearly the same name and the same birth date. He does not
		// work with the first client, so the check shows none of that client's details: only that someone
		// like this is known elsewhere, which a coordinator who may open the client checks.
		clickAndWaitForPage(link("Nog een aanmelding doen", "Make another registration"));
		String secondName = "Fenne Ravensteyn" + letters;
		register("Fenne", "Ravensteyn" + letters, false);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
			.setName(says("Misschien al bekend in een ander deel van de organisatie",
					"Perhaps already known in another part of the organisation")))).isVisible();
		assertThat(page.getByRole(AriaRole.RADIO)).hasCount(0);
		assertThat(page.getByText(clientName)).hasCount(0);
		look("check-possible-duplicate");
		clickAndWaitForPage(button("Aanmelding opslaan", "Save registration"));
		assertThat(heading()).hasText(says("De aanmelding is opgeslagen", "The registration has been saved"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText(says(
				"Een coördinator die de cliënt kent, kijkt eerst of het dezelfde persoon is.",
				"A coordinator who knows the client first checks whether it is the same person."));
		checkPage("saved-second");
		Browsing worker = browsing();

		// The coordinator first checks whether the second registration is the same person, then decides who
		// holds the first conversation.
		openLoginPage(screen.viewport);
		logIn(coordinator);
		clickAndWaitForPage(link("Aanmeldingen", "Registrations"));
		assertThat(heading()).hasText(says("Aanmeldingen", "Registrations"));
		assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(letters)))
			.hasCount(2);
		look("waiting");
		clickAndWaitForPage(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
			.setName(says("Uitzoeken of " + secondName + " al bekend is", "Check whether " + secondName
					+ " is already known"))));
		assertThat(heading()).hasText(says("Is dit iemand die we al kennen?", "Is this someone we already know?"));
		Locator sameOne = page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(startingWith(
				says("Ja, dit is ", "Yes, this is ") + clientName + says(", geboren 15 maart 1980", ", born 15 March 1980"))));
		assertThat(sameOne).hasAccessibleName(Pattern.compile(says("Zelfde geboortedatum", "Same date of birth")));
		look("possible-match");
		if (samePerson) {
			sameOne.check();
			clickAndWaitForPage(button("Besluit opslaan", "Save decision"));
		}
		else {
			field("Nee, dit is iemand anders", "No, this is someone else").check();
			clickAndWaitForPage(button("Besluit opslaan", "Save decision"));
			assertThat(page.getByRole(AriaRole.STATUS)).containsText(says("Het is iemand anders.", "It is someone else."));
			clickAndWaitForPage(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
				.setName(says("Beslissen over ", "Decide on ") + clientName)
				.setExact(true)).first());
		}

		assertThat(heading()).hasText(says("Wie voert het eerste gesprek met ", "Who holds the first conversation with ")
				+ clientName + "?");
		Locator suggestion = page.locator(".notice").filter(new Locator.FilterOptions()
			.setHasText(says("Voorstel van Kwartier", "Kwartier suggests")));
		assertThat(suggestion).containsText(says("een ervaringsdeskundige: de cliënt worstelt met zijn beperkingen",
				"a peer expert: the client struggles with their limitations"));
		Locator him = page.locator(".worker-choice").filter(new Locator.FilterOptions().setHasText(workerName));
		assertThat(him).containsText(says("Spreekt dezelfde taal: Turks", "Speaks the same language: Turkish"));
		assertThat(him).containsText(Pattern.compile(says("Heeft tijd: \\d+ van \\d+ cliënten.",
				"Has time: \\d+ of \\d+ clients.")));
		look("decision");

		field("een ervaringsdeskundige", "a peer expert").check();
		him.getByRole(AriaRole.CHECKBOX).check();
		clickAndWaitForPage(button("Besluit opslaan", "Save decision"));
		assertThat(heading()).hasText(says("Aanmeldingen", "Registrations"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText(says(
				"Het besluit is opgeslagen. De gekozen medewerkers zien de cliënt nu bij hun cliënten.",
				"The decision has been saved. The chosen workers now see the client among their clients."));
		assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(letters)))
			.hasCount(1);
		checkPage("decided");

		// The peer expert finds the client among his own and opens the dossier.
		resume(worker);
		clickAndWaitForPage(link("Mijn cliënten", "My clients"));
		assertThat(heading()).hasText(says("Mijn cliënten", "My clients"));
		Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(clientName));
		assertThat(row).containsText(says("ervaringsdeskundige", "peer expert"));
		look("my-clients");
		clickAndWaitForPage(row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(clientName)));

		assertThat(heading()).hasText(clientName);
		assertThat(page.getByText(says("Geboren op 15 maart 1980", "Born on 15 March 1980"))).isVisible();
		Locator whoWorks = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
			.setName(says("Wie werkt met de cliënt", "Who works with the client")));
		assertThat(whoWorks).containsText(workerName);
		assertThat(whoWorks).containsText(says("ervaringsdeskundige", "peer expert"));
		assertThat(whoWorks).containsText(says("sinds ", "since "));
		look("dossier");
	}

	/** The three steps and the check page; the first time with a date of birth in the future first. */
	private void register(String givenName, String familyName, boolean withMistake) {
		assertThat(heading()).hasText(says("Wie meldt aan?", "Who is registering?"));
		assertThat(page.getByText(says("Stap 1 van 4", "Step 1 of 4"))).isVisible();
		if (withMistake) {
			look("registrant");
		}
		field("Huisarts", "GP").check();
		field("Naam van de aanmelder (niet verplicht)", "Name of the person registering (optional)").fill("Dokter Bakker");
		clickAndWaitForPage(button("Verder", "Continue"));

		assertThat(heading()).hasText(says("Over de cliënt", "About the client"));
		field("Voornaam", "First name").fill(givenName);
		field("Achternaam", "Last name").fill(familyName);
		field("Postcode", "Postcode").fill("5625 AB");
		field("Nederlands", "Dutch").check();
		field("Turks", "Turkish").check();
		if (withMistake) {
			field("Geboortedatum", "Date of birth").fill("2090-03-15");
			clickAndWaitForPage(button("Verder", "Continue"));
			String message = says("Vul een geboortedatum in het verleden in.", "Enter a date of birth in the past.");
			assertThat(errorSummary()).isFocused();
			assertThat(errorSummary().getByRole(AriaRole.LINK)).hasText(message);
			assertThat(field("Geboortedatum", "Date of birth")).hasAccessibleDescription(message);
			assertThat(field("Voornaam", "First name")).hasValue(givenName);
			assertThat(field("Turks", "Turkish")).isChecked();
			checkPage("person-error");
			errorSummary().getByRole(AriaRole.LINK).click();
			assertThat(field("Geboortedatum", "Date of birth")).isFocused();
		}
		field("Geboortedatum", "Date of birth").fill("1980-03-15");
		clickAndWaitForPage(button("Verder", "Continue"));

		assertThat(heading()).hasText(says("De vraag van de cliënt", "The client's question"));
		if (withMistake) {
			look("question");
		}
		field("De vraag van de cliënt, in zijn eigen woorden", "The client's question, in their own words")
			.fill(says("Ik durf de deur niet meer uit.", "I do not dare to leave the house any more."));
		field("Eenzaamheid", "Loneliness").check();
		answer(says("Worstelt de cliënt", "Does the client struggle"), says("Ja", "Yes"));
		answer(says("Gaat de vraag vooral over praktische zaken?", "Is the question mainly about practical matters?"),
				says("Nee", "No"));
		clickAndWaitForPage(button("Antwoorden controleren", "Check your answers"));

		assertThat(heading()).hasText(says("Controleer de aanmelding", "Check the registration"));
		assertThat(page.getByText(says("Stap 4 van 4", "Step 4 of 4"))).isVisible();
		if (withMistake) {
			look("check");
		}
	}

	private void answer(String legend, String choice) {
		page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(startingWith(legend)))
			.getByLabel(choice, new Locator.GetByLabelOptions().setExact(true))
			.check();
	}

	private static String letters(int count) {
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < count; i++) {
			letters.append((char) ('a' + RANDOM.nextInt(26)));
		}
		return letters.toString();
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
