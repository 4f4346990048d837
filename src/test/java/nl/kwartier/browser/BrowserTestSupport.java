package nl.kwartier.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import nl.kwartier.identity.Role;
import nl.kwartier.identity.login.Totp;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The running application (real embedded PostgreSQL, demo data) driven through a real
 * Chromium: one browser per test class, a fresh browser context (no cookies) per test. Every
 * page a journey looks at is checked with axe-core and saved as a screenshot under
 * {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTestSupport {

	private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	private int port;

	@Autowired
	protected TestUsers testUsers;

	@Autowired
	private Totp totp;

	protected Page page;

	private final List<BrowserContext> contexts = new ArrayList<>();

	private String testName;

	private Viewport viewport;

	private Language language;

	@BeforeAll
	static void launchBrowser() {
		boolean systemChromium = Files.isExecutable(SYSTEM_CHROMIUM);
		Playwright.CreateOptions create = new Playwright.CreateOptions();
		if (systemChromium) {
			create.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
		}
		playwright = Playwright.create(create);
		BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions().setHeadless(true).setArgs(CHROMIUM_ARGS);
		if (systemChromium) {
			launch.setExecutablePath(SYSTEM_CHROMIUM);
		}
		browser = playwright.chromium().launch(launch);
		PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void rememberTestName(TestInfo test) {
		testName = test.getTestClass().map(Class::getSimpleName).orElse("").replace("BrowserTest", "") + "-"
				+ test.getTestMethod().map(Method::getName).orElse("journey");
	}

	@AfterEach
	void closeContexts() {
		contexts.forEach(BrowserContext::close);
		contexts.clear();
	}

	/** One person's browser: its page and the language he chose in it. */
	protected record Browsing(Page page, Language language) {
	}

	/** The browser the journey is in now, to come back to it after another person had his turn. */
	protected Browsing browsing() {
		return new Browsing(page, language);
	}

	/** Goes back to an earlier person's browser, as he left it. */
	protected void resume(Browsing browsing) {
		page = browsing.page();
		language = browsing.language();
	}

	/** A fresh browser on the login page, switched to the screen's language with the page's button. */
	protected void openLoginPage(Screen screen) {
		openLoginPage(screen.viewport);
		if (screen.language != language) {
			switchLanguage(screen.language);
		}
	}

	/** A fresh browser on the login page, in Dutch: the language Kwartier starts in. */
	protected void openLoginPage(Viewport viewport) {
		this.viewport = viewport;
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://127.0.0.1:" + port)
			.setViewportSize(viewport.width, viewport.height)
			.setIsMobile(viewport.mobile)
			.setHasTouch(viewport.mobile)
			.setLocale("nl-NL"));
		contexts.add(context);
		context.setDefaultTimeout(10_000);
		page = context.newPage();
		page.navigate("/login");
		language = Language.DUTCH;
		assertThat(page.locator("html")).hasAttribute("lang", language.code);
	}

	/** Clicks the language button in the page header. */
	protected void switchLanguage(Language to) {
		clickAndWaitForPage(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(to.buttonLabel)
			.setExact(true)));
		language = to;
		assertThat(page.locator("html")).hasAttribute("lang", to.code);
	}

	/** The text in the language the user chose. */
	protected String says(String dutch, String english) {
		return language == Language.DUTCH ? dutch : english;
	}

	protected Locator heading() {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

	protected Locator button(String dutch, String english) {
		return buttonNamed(says(dutch, english));
	}

	protected Locator buttonNamed(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	protected Locator link(String dutch, String english) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(says(dutch, english)).setExact(true));
	}

	protected Locator field(String dutch, String english) {
		return page.getByLabel(says(dutch, english), new Page.GetByLabelOptions().setExact(true));
	}

	/** The error summary at the top of a form. */
	protected Locator errorSummary() {
		return page.getByRole(AriaRole.ALERT);
	}

	/** Clicks something that loads a new page, and waits until that page has loaded. */
	protected void clickAndWaitForPage(Locator target) {
		page.waitForResponse(response -> response.request().isNavigationRequest()
				&& (response.status() < 300 || response.status() >= 400), target::click);
		page.waitForLoadState();
	}

	protected void submitPassword(String username, String password) {
		field("Gebruikersnaam", "Username").fill(username);
		field("Wachtwoord", "Password").fill(password);
		clickAndWaitForPage(button("Inloggen", "Log in"));
	}

	protected void submitCode(String code) {
		field("Inlogcode", "Login code").fill(code);
		clickAndWaitForPage(button("Verder", "Continue"));
	}

	/** Password and the code the authenticator app shows now: the user ends on his home page. */
	protected void logIn(TestUser user) {
		submitPassword(user.username(), user.password());
		assertThat(heading()).hasText(says("Vul je inlogcode in", "Enter your login code"));
		checkPage("code");
		submitCode(currentCode(user.totpSecret()));
		assertThat(heading()).hasText(Pattern.compile("^" + says("Welkom, ", "Welcome, ")));
	}

	protected void logOut() {
		clickAndWaitForPage(button("Uitloggen", "Log out"));
		assertThat(heading()).hasText(says("Inloggen", "Log in"));
	}

	/** The name TestUsers gives an account with this role. */
	protected static String displayName(Role role) {
		return "Test " + role.name();
	}

	/** The code an authenticator app with this secret shows now. */
	protected String currentCode(String secret) {
		return totp.currentCode(secret);
	}

	/** Six digits that are not a valid code for this secret at any moment the app accepts now. */
	protected static String wrongCode(String secret) {
		DefaultCodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
		long now = Instant.now().getEpochSecond() / 30;
		Set<String> valid = LongStream.rangeClosed(now - 2, now + 2).mapToObj(step -> {
			try {
				return generator.generate(secret, step);
			}
			catch (CodeGenerationException e) {
				throw new IllegalStateException(e);
			}
		}).collect(Collectors.toSet());
		for (int candidate = 111111;; candidate += 111111) {
			String code = String.valueOf(candidate % 1_000_000);
			if (code.length() == 6 && !valid.contains(code)) {
				return code;
			}
		}
	}

	/**
	 * What a user looks at: the page is in the chosen language, passes axe-core, and is saved as
	 * target/screenshots/&lt;test&gt;-&lt;viewport&gt;-&lt;language&gt;-&lt;page&gt;.png.
	 */
	protected void checkPage(String pageName) {
		page.waitForLoadState();
		assertThat(page.locator("html")).hasAttribute("lang", language.code);
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(SCREENSHOTS.resolve(testName + "-" + viewport.label() + "-" + language.code + "-" + pageName + ".png")));
		assertAccessible(page);
	}

	/**
	 * Checks the page in the language it is in, switches to the other language with the page's
	 * button and checks it again: the journey goes on in the other language. Only for pages that
	 * a GET shows again as they are.
	 */
	protected void checkPageInBothLanguages(String pageName) {
		checkPage(pageName);
		switchLanguage(language.other());
		checkPage(pageName);
	}

	/**
	 * A pattern for text that starts with the given text. Playwright hands patterns to the
	 * browser's regular expressions, which do not know Java's quoting, so characters are escaped
	 * one by one.
	 */
	protected static Pattern startingWith(String text) {
		return Pattern.compile("^" + text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0"));
	}

	/** A pattern for text that ends with the given text. */
	protected static Pattern endingWith(String text) {
		return Pattern.compile(text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0") + "$");
	}

	/** Fails with every axe-core violation on the page: rule, impact, elements and help. */
	static void assertAccessible(Page page) {
		AxeResults results = new AxeBuilder(page).analyze();
		if (results.isErrored()) {
			fail("axe-core could not check " + page.url() + ": " + results.getErrorMessage());
		}
		if (results.getPasses().isEmpty()) {
			fail("axe-core checked no rule on " + page.url());
		}
		List<Rule> violations = results.getViolations();
		if (!violations.isEmpty()) {
			fail(violations.size() + " accessibility violation(s) on " + page.url() + " (lang "
					+ page.locator("html").getAttribute("lang") + "):\n" + violations.stream()
						.map(BrowserTestSupport::describe)
						.collect(Collectors.joining("\n")));
		}
	}

	private static String describe(Rule violation) {
		return "- " + violation.getId() + " [" + violation.getImpact() + "] " + violation.getHelp() + " ("
				+ violation.getHelpUrl() + ")\n" + violation.getNodes()
					.stream()
					.map(BrowserTestSupport::describe)
					.collect(Collectors.joining("\n"));
	}

	private static String describe(CheckedNode node) {
		return "    at " + node.getTarget() + ": " + node.getFailureSummary().replace("\n", " ");
	}
}
