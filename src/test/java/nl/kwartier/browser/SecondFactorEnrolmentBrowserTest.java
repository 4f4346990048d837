package nl.kwartier.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import nl.kwartier.identity.Role;
import nl.kwartier.support.TestUsers.TestUser;

class SecondFactorEnrolmentBrowserTest extends BrowserTestSupport {

	@OnEveryScreen
	void newWorkerLinksHisAppKeepsRecoveryCodesAndLaterLogsInWithOne(Screen screen) {
		TestUser newWorker = testUsers.notEnrolled(Role.PEER_EXPERT);
		openLoginPage(screen);
		submitPassword(newWorker.username(), newWorker.password());

		assertThat(heading()).hasText(says("Koppel een app voor inlogcodes", "Link an app for login codes"));
		assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
			.setName(says("QR-code om de app te koppelen", "QR code to link the app"))
			.setExact(true))).isVisible();
		String secret = page.locator("#secret").innerText().replace(" ", "");
		assertThat(secret).matches("[A-Z2-7]{32}");
		checkPage("enrol");

		String wrong = wrongCode(secret);
		field("Inlogcode", "Login code").fill(wrong);
		clickAndWaitForPage(button("App koppelen", "Link app"));
		String message = says(
				"Deze code klopt niet. Kijk of de app de juiste sleutel heeft en vul de nieuwe code in.",
				"This code is not right. Check that the app has the right key and enter the new code.");
		assertThat(errorSummary()).isFocused();
		assertThat(errorSummary().getByRole(AriaRole.LINK)).hasText(message);
		assertThat(field("Inlogcode", "Login code")).hasValue(wrong);
		assertThat(field("Inlogcode", "Login code")).hasAccessibleDescription(message);
		assertThat(page.locator("#secret").innerText().replace(" ", "")).isEqualTo(secret);
		checkPage("enrol-wrong-code");

		errorSummary().getByRole(AriaRole.LINK).click();
		assertThat(field("Inlogcode", "Login code")).isFocused();
		field("Inlogcode", "Login code").fill(currentCode(secret));
		clickAndWaitForPage(button("App koppelen", "Link app"));

		assertThat(heading()).hasText(says("Bewaar je herstelcodes", "Keep your recovery codes"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText(says("Je app is gekoppeld.", "Your app is linked."));
		List<String> recoveryCodes = page.locator(".recovery-codes li").allInnerTexts();
		assertThat(recoveryCodes).hasSize(10).allMatch(code -> code.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
		checkPage("recovery-codes");

		clickAndWaitForPage(button("Ik heb de codes bewaard", "I have saved the codes"));
		assertThat(heading()).hasText(says("Welkom, ", "Welcome, ") + displayName(Role.PEER_EXPERT));
		checkPage("home");
		logOut();

		submitPassword(newWorker.username(), newWorker.password());
		assertThat(heading()).hasText(says("Vul je inlogcode in", "Enter your login code"));
		submitCode(recoveryCodes.get(3));
		assertThat(heading()).hasText(says("Welkom, ", "Welcome, ") + displayName(Role.PEER_EXPERT));
		logOut();

		submitPassword(newWorker.username(), newWorker.password());
		submitCode(recoveryCodes.get(3));
		assertThat(errorSummary()).containsText(says("Deze code klopt niet.", "This code is not right."));
		checkPage("recovery-code-used");
		submitCode(recoveryCodes.get(7).toUpperCase().replace("-", " "));
		assertThat(heading()).hasText(says("Welkom, ", "Welcome, ") + displayName(Role.PEER_EXPERT));
	}
}
