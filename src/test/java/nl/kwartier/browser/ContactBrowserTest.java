package nl.kwartier.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.kwartier.clients.assignment.Assignments.Part;
import nl.kwartier.identity.Role;
import nl.kwartier.support.ClientFixture;
import nl.kwartier.support.ClientFixture.TestClient;
import nl.kwartier.support.TestUsers.TestUser;
import org.springframework.beans.factory.annotation.Autowired;

class ContactBrowserTest extends BrowserTestSupport {

	@Autowired
	ClientFixture clients;

	@OnEveryScreen
	void aPeerExpertLogsAHomeVisitRightAfterItAndSeesItOnTheTimeline(Screen screen) {
		TestUser peerExpert = testUsers.enrolled(Role.PEER_EXPERT);
		TestClient client = clients.aClientOf(peerExpert, Part.PEER_EXPERT);
		openLoginPage(screen);
		logIn(peerExpert);

		page.navigate("/clients/" + client.id() + "/contacts");
		assertThat(heading()).hasText(says("Contacten", "Contacts"));
		assertThat(page.getByText(says("Er zijn nog geen contacten vastgelegd.", "No contacts have been logged yet.")))
			.isVisible();
		clickAndWaitForPage(link("Contact vastleggen", "Log a contact"));
		assertThat(heading()).hasText(says("Contact vastleggen", "Log a contact"));
		assertThat(field("Huisbezoek", "Home visit")).isChecked();
		assertThat(field("Duur in minuten", "Duration in minutes")).hasValue("60");
		assertThat(field(displayName(Role.PEER_EXPERT), displayName(Role.PEER_EXPERT))).isChecked();
		checkPage("form");

		field("Duur in minuten", "Duration in minutes").fill("zestig");
		field("Achterstallige administratie", "Overdue paperwork").check();
		field("Korte notitie (niet verplicht)", "Short note (optional)").fill("Post samen opengemaakt.");
		clickAndWaitForPage(button("Contact opslaan", "Save contact"));
		assertThat(errorSummary()).isFocused();
		assertThat(errorSummary()).containsText(says("Vul de duur in als een heel getal", "Enter the duration as a whole number"));
		assertThat(field("Duur in minuten", "Duration in minutes")).hasValue("zestig");
		assertThat(field("Achterstallige administratie", "Overdue paperwork")).isChecked();
		assertThat(field("Korte notitie (niet verplicht)", "Short note (optional)")).hasValue("Post samen opengemaakt.");
		checkPage("form-error");

		errorSummary().getByRole(AriaRole.LINK).click();
		assertThat(field("Duur in minuten", "Duration in minutes")).isFocused();
		field("Duur in minuten", "Duration in minutes").fill("45");
		field("Wie waren er nog meer bij? (niet verplicht)", "Who else was there? (optional)").fill(says("zus van de cliënt", "the client's sister"));
		clickAndWaitForPage(button("Contact opslaan", "Save contact"));

		assertThat(heading()).hasText(says("Contacten", "Contacts"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText(says("Het contact is opgeslagen.", "The contact has been saved."));
		Page.GetByRoleOptions firstContact = new Page.GetByRoleOptions().setLevel(3);
		assertThat(page.getByRole(AriaRole.HEADING, firstContact).first()).containsText(says("Huisbezoek", "Home visit"));
		assertThat(page.locator(".timeline")).containsText(says("Achterstallige administratie", "Overdue paperwork"));
		assertThat(page.locator(".timeline")).containsText("Post samen opengemaakt.");
		assertThat(page.locator(".timeline")).containsText("45 min.");
		checkPage("timeline");

		page.locator(".timeline__actions a").nth(1).click();
		page.waitForLoadState();
		assertThat(heading()).hasText(says("Contact ongeldig maken", "Void a contact"));
		field("Waarom is dit contact ongeldig?", "Why is this contact void?").fill(says("Dubbel vastgelegd", "Logged twice"));
		checkPage("void");
		clickAndWaitForPage(button("Contact ongeldig maken", "Void contact"));
		assertThat(page.locator(".timeline__void")).containsText(says("Dubbel vastgelegd", "Logged twice"));
		checkPage("timeline-voided");
	}
}
