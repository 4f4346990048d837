package nl.kwartier.identity.login;

import static nl.kwartier.support.Browser.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import nl.kwartier.identity.Role;
import nl.kwartier.support.Browser;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;
import nl.kwartier.support.WebTest;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebTest
class LoginTests {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Totp totp;

	@Autowired
	RecoveryCodes recoveryCodes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void aClientLogsInWithHisPasswordAlone() {
		TestUser client = users.enrolled(Role.CLIENT);
		Browser browser = new Browser(mvc);

		assertThat(browser.logIn(client.username(), TestUsers.PASSWORD)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/");
		MvcTestResult home = browser.get("/");
		assertThat(home).hasStatusOk();
		assertThat(page(home).select("h1").text()).isEqualTo(dutch("home.welcome", "Test CLIENT"));
	}

	@Test
	void theLoginPageIsOpenToEveryone() {
		MvcTestResult login = mvc.get().uri("/login").exchange();

		assertThat(login).hasStatusOk();
		assertThat(page(login).select("h1").text()).isEqualTo(dutch("login.title"));
		assertThat(page(login).select("form input[name=username], form input[name=password]")).hasSize(2);
	}

	@Test
	void pagesAskAnonymousVisitorsToLogIn() {
		assertThat(mvc.get().uri("/")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
	}

	@Test
	void aWorkerIsAskedForTheCodeFromHisAppAfterThePassword() {
		TestUser worker = users.enrolled(Role.KWARTIERMAKER);
		Browser browser = new Browser(mvc);

		assertThat(browser.logIn(worker.username(), TestUsers.PASSWORD)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/login/code");
		MvcTestResult codePage = browser.get("/login/code");
		assertThat(codePage).hasStatusOk();
		assertThat(page(codePage).select("h1").text()).isEqualTo(dutch("login.code.title"));
	}

	@Test
	void theRightCodeCompletesTheLoginOfAWorker() {
		TestUser worker = users.enrolled(Role.KWARTIERMAKER);
		Browser browser = new Browser(mvc);
		browser.logIn(worker.username(), TestUsers.PASSWORD);

		assertThat(browser.enterCode(totp.currentCode(TestUsers.TOTP_SECRET))).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/");
		assertThat(browser.get("/")).hasStatusOk();
	}

	@Test
	void aCodeMayBeTypedWithASpaceInTheMiddle() {
		TestUser worker = users.enrolled(Role.KWARTIERMAKER);
		Browser browser = new Browser(mvc);
		browser.logIn(worker.username(), TestUsers.PASSWORD);
		String code = totp.currentCode(TestUsers.TOTP_SECRET);

		assertThat(browser.enterCode(code.substring(0, 3) + " " + code.substring(3))).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/");
	}

	@Test
	void aWrongCodeIsRefusedWithAnExplanation() {
		TestUser worker = users.enrolled(Role.KWARTIERMAKER);
		Browser browser = new Browser(mvc);
		browser.logIn(worker.username(), TestUsers.PASSWORD);

		MvcTestResult refused = browser.enterCode(wrongCode());

		assertThat(refused).hasStatusOk();
		assertThat(page(refused).select("[role=alert]").text()).contains(dutch("login.code.error.wrong"));
		assertThat(browser.get("/")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login/code");
	}

	@Test
	void aCodeWorksOnlyOnce() {
		TestUser worker = users.enrolled(Role.KWARTIERMAKER);
		String code = totp.currentCode(TestUsers.TOTP_SECRET);
		Browser first = new Browser(mvc);
		first.logIn(worker.username(), TestUsers.PASSWORD);
		assertThat(first.enterCode(code)).hasRedirectedUrl("/");

		Browser second = new Browser(mvc);
		second.logIn(worker.username(), TestUsers.PASSWORD);
		MvcTestResult replayed = second.enterCode(code);

		assertThat(replayed).hasStatusOk();
		assertThat(page(replayed).select("[role=alert]").text()).contains(dutch("login.code.error.wrong"));
		assertThat(second.get("/")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login/code");
	}

	@Test
	void aRecoveryCodeCompletesTheLoginOnce() {
		TestUser worker = users.enrolled(Role.KWARTIERMAKER);
		String recoveryCode = recoveryCodes.renew(worker.id()).getFirst();
		Browser first = new Browser(mvc);
		first.logIn(worker.username(), TestUsers.PASSWORD);

		assertThat(first.enterCode(recoveryCode)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
		assertThat(recoveryCodes.remaining(worker.id())).isEqualTo(RecoveryCodes.COUNT - 1);

		Browser second = new Browser(mvc);
		second.logIn(worker.username(), TestUsers.PASSWORD);
		MvcTestResult again = second.enterCode(recoveryCode);
		assertThat(again).hasStatusOk();
		assertThat(page(again).select("[role=alert]").text()).contains(dutch("login.code.error.wrong"));
	}

	@Test
	void aRecoveryCodeOfAnotherUserDoesNotWork() {
		TestUser worker = users.enrolled(Role.KWARTIERMAKER);
		TestUser other = users.enrolled(Role.KWARTIERMAKER);
		String othersCode = recoveryCodes.renew(other.id()).getFirst();
		recoveryCodes.renew(worker.id());
		Browser browser = new Browser(mvc);
		browser.logIn(worker.username(), TestUsers.PASSWORD);

		assertThat(browser.enterCode(othersCode)).hasStatusOk();
		assertThat(recoveryCodes.remaining(other.id())).isEqualTo(RecoveryCodes.COUNT);
	}

	@Test
	void aWorkerWithoutAnAppLinksOneAndGetsRecoveryCodes() {
		TestUser worker = users.notEnrolled(Role.PEER_WORKER);
		Browser browser = new Browser(mvc);

		assertThat(browser.logIn(worker.username(), TestUsers.PASSWORD)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/login/enrol");
		MvcTestResult enrolPage = browser.get("/login/enrol");
		assertThat(enrolPage).hasStatusOk();
		assertThat(page(enrolPage).select(".qr svg")).hasSize(1);
		String secret = page(enrolPage).select("#secret").text().replace(" ", "");
		assertThat(secret).matches("[A-Z2-7]{32,}");

		assertThat(browser.post("/login/enrol", "code", totp.currentCode(secret))).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/login/recovery");
		MvcTestResult recoveryPage = browser.get("/login/recovery");
		List<String> shown = page(recoveryPage).select(".recovery-codes code").eachText();
		assertThat(shown).hasSize(RecoveryCodes.COUNT).doesNotHaveDuplicates();
		assertThat(browser.get("/")).hasStatus(HttpStatus.FOUND);

		assertThat(browser.post("/login/recovery")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
		assertThat(browser.get("/")).hasStatusOk();
		assertThat(jdbc.sql("SELECT totp_enabled FROM app_user WHERE id = ?").param(worker.id())
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void aWrongCodeDoesNotLinkTheApp() {
		TestUser worker = users.notEnrolled(Role.PEER_WORKER);
		Browser browser = new Browser(mvc);
		browser.logIn(worker.username(), TestUsers.PASSWORD);
		browser.get("/login/enrol");

		MvcTestResult refused = browser.post("/login/enrol", "code", "12345x");

		assertThat(refused).hasStatusOk();
		assertThat(page(refused).select("[role=alert]").text()).contains(dutch("login.enrol.error.wrong"));
		assertThat(jdbc.sql("SELECT totp_enabled FROM app_user WHERE id = ?").param(worker.id())
			.query(Boolean.class)
			.single()).isFalse();
	}

	@Test
	void someoneHalfwayThroughTheLoginIsSentToTheCodePage() {
		TestUser worker = users.enrolled(Role.COORDINATOR);
		Browser browser = new Browser(mvc);
		browser.logIn(worker.username(), TestUsers.PASSWORD);

		assertThat(browser.get("/")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login/code");
		assertThat(browser.get("/admin/users")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login/code");
	}

	@Test
	void theCodePageIsOnlyForSomeoneHalfwayThroughTheLogin() {
		TestUser client = users.enrolled(Role.CLIENT);
		Browser browser = new Browser(mvc);

		assertThat(browser.get("/login/code")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		browser.logIn(client.username(), TestUsers.PASSWORD);
		assertThat(browser.get("/login/code")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void aWrongPasswordIsRefusedWithAnExplanation() {
		TestUser worker = users.enrolled(Role.KWARTIERMAKER);
		Browser browser = new Browser(mvc);

		MvcTestResult refused = browser.logIn(worker.username(), "not-the-password");

		assertThat(refused).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
		MvcTestResult loginPage = browser.follow(refused);
		assertThat(page(loginPage).select("[role=alert]").text()).contains(dutch("login.error.failed"));
		assertThat(page(loginPage).select("input[name=username]").val()).isEqualTo(worker.username());
		assertThat(browser.get("/")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
	}

	@Test
	void anUnknownUserGetsTheSameAnswerAsAWrongPassword() {
		TestUser worker = users.enrolled(Role.KWARTIERMAKER);
		Browser wrongPassword = new Browser(mvc);
		Browser unknownUser = new Browser(mvc);

		MvcTestResult refusedPassword = wrongPassword.logIn(worker.username(), "not-the-password");
		MvcTestResult refusedUser = unknownUser.logIn(worker.username() + "-unknown", TestUsers.PASSWORD);

		assertThat(refusedUser).hasStatus(refusedPassword.getResponse().getStatus())
			.hasRedirectedUrl(refusedPassword.getResponse().getRedirectedUrl());
		Element passwordAlert = page(wrongPassword.follow(refusedPassword)).selectFirst("[role=alert]");
		Element userAlert = page(unknownUser.follow(refusedUser)).selectFirst("[role=alert]");
		assertThat(userAlert).isNotNull();
		assertThat(passwordAlert).isNotNull();
		assertThat(userAlert.outerHtml()).isEqualTo(passwordAlert.outerHtml());
	}

	@Test
	void aDeactivatedUserCannotLogIn() {
		TestUser client = users.enrolled(Role.CLIENT);
		jdbc.sql("UPDATE app_user SET active = FALSE WHERE id = ?").param(client.id()).update();
		Browser browser = new Browser(mvc);

		MvcTestResult refused = browser.logIn(client.username(), TestUsers.PASSWORD);

		assertThat(refused).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
		assertThat(page(browser.follow(refused)).select("[role=alert]").text())
			.contains(dutch("login.error.failed"));
	}

	@Test
	void aCompletedLoginIsKeptInTheDatabaseWithANewSessionId() {
		TestUser client = users.enrolled(Role.CLIENT);
		Browser browser = new Browser(mvc);
		browser.get("/login");
		String before = browser.cookie("KWARTIER_SESSION").orElseThrow();

		browser.logIn(client.username(), TestUsers.PASSWORD);

		assertThat(browser.cookie("KWARTIER_SESSION")).isPresent().get().isNotEqualTo(before);
		assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?")
			.param(client.username())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theSessionGetsANewIdAtEachStepOfAWorkersLogin() {
		TestUser worker = users.enrolled(Role.KWARTIERMAKER);
		Browser browser = new Browser(mvc);
		browser.get("/login");
		String anonymous = browser.cookie("KWARTIER_SESSION").orElseThrow();

		browser.logIn(worker.username(), TestUsers.PASSWORD);
		String halfway = browser.cookie("KWARTIER_SESSION").orElseThrow();
		browser.enterCode(totp.currentCode(TestUsers.TOTP_SECRET));
		String complete = browser.cookie("KWARTIER_SESSION").orElseThrow();

		assertThat(List.of(anonymous, halfway, complete)).doesNotHaveDuplicates();
		assertThat(browser.get("/")).hasStatusOk();
	}

	@Test
	void loggingOutEndsTheSession() {
		TestUser client = users.enrolled(Role.CLIENT);
		Browser browser = new Browser(mvc);
		browser.logIn(client.username(), TestUsers.PASSWORD);

		MvcTestResult loggedOut = browser.logOut();

		assertThat(loggedOut).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?logout");
		assertThat(page(browser.follow(loggedOut)).select("[role=status]").text())
			.contains(dutch("login.logged-out"));
		assertThat(browser.get("/")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?")
			.param(client.username())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aSignedInUserWhoOpensTheLoginPageGoesToTheStartPage() {
		TestUser client = users.enrolled(Role.CLIENT);
		Browser browser = new Browser(mvc);
		browser.logIn(client.username(), TestUsers.PASSWORD);

		assertThat(browser.get("/login")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
	}

	/** The current code with every digit changed, so it is valid for no nearby time step. */
	private String wrongCode() {
		StringBuilder wrong = new StringBuilder();
		for (char digit : totp.currentCode(TestUsers.TOTP_SECRET).toCharArray()) {
			wrong.append((char) ('0' + (digit - '0' + 5) % 10));
		}
		return wrong.toString();
	}

	private String dutch(String key, Object... arguments) {
		return messages.getMessage(key, arguments, DUTCH);
	}
}
