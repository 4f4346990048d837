package nl.kwartier.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class ErrorPageBrowserTest extends BrowserTestSupport {

	@OnEveryScreen
	void anAddressKwartierCannotReadIsExplainedInTheChosenLanguage(Screen screen) {
		openLoginPage(screen);

		assertThat(page.navigate("/clients/%zz").status()).isEqualTo(400);
		assertThat(heading()).hasText(says("Dit kunnen we niet lezen", "We cannot read this"));
		checkPage("refused-by-the-server");

		assertThat(page.navigate("/login?logout=%zz").status()).isEqualTo(400);
		assertThat(heading()).hasText(says("Dit kunnen we niet lezen", "We cannot read this"));
		checkPage("refused-by-kwartier");

		clickAndWaitForPage(link("Naar de startpagina", "Go to the home page"));
		assertThat(heading()).hasText(says("Inloggen", "Log in"));
	}
}
