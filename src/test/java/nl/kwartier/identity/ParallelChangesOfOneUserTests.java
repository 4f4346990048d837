package nl.kwartier.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import nl.kwartier.identity.login.TestLogins;
import nl.kwartier.identity.login.Totp;
import java.net.http.HttpResponse;
import nl.kwartier.support.FormBrowser;
import nl.kwartier.support.FormBrowser.Form;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;
import nl.kwartier.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * One account changed by several requests at the same moment (the account has a version): never
 * an error page; a choice that is the same however often it is made is made again, anything else
 * is refused with a message.
 */
@WebTest
class ParallelChangesOfOneUserTests {

	static final int AT_ONCE = 8;

	@LocalServerPort
	int port;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestLogins logins;

	@Autowired
	Totp totp;

	@Autowired
	JdbcClient jdbc;

	@Test
	void languageChoicesAtTheSameMomentAllSucceedAndTheAccountKeepsOne() throws Exception {
		TestUser worker = testUsers.enrolled(Role.KWARTIERMAKER);
		for (int round = 0; round < 3; round++) {
			List<MockHttpServletResponse> answers = atOnce(i -> () -> mvc.post()
				.uri("/language")
				.param("language", i % 2 == 0 ? "en" : "nl")
				.param("returnTo", "/")
				.with(csrf())
				.with(logins.as(worker.id()))
				.exchange()
				.getResponse());
			assertThat(answers).allSatisfy(answer -> assertThat(answer.getStatus()).isEqualTo(302));
		}
		List<MockHttpServletResponse> answers = atOnce(i -> () -> mvc.post()
			.uri("/language")
			.param("language", "en")
			.with(csrf())
			.with(logins.as(worker.id()))
			.exchange()
			.getResponse());
		assertThat(answers).allSatisfy(answer -> assertThat(answer.getStatus()).isEqualTo(302));
		assertThat(jdbc.sql("SELECT preferred_language FROM app_user WHERE id = ?").param(worker.id())
			.query(String.class)
			.single()).isEqualTo("en");
	}

	/** A double click on the code step: one browser, one session, the same code twice or more. */
	@Test
	void theSameLoginCodeSentSeveralTimesAtOnceLetsOneInAndTellsTheOthers() throws Exception {
		TestUser worker = testUsers.enrolled(Role.KWARTIERMAKER);
		FormBrowser browser = new FormBrowser(port).enterPassword(worker.username(), worker.password());
		Form code = browser.form("/login/code", "/login/code").with("code", totp.currentCode(TestUsers.TOTP_SECRET));
		List<HttpResponse<String>> answers = atOnce(i -> () -> browser.send(code));
		assertThat(answers).extracting(HttpResponse::statusCode).doesNotContain(500);
		assertThat(answers).filteredOn(answer -> answer.statusCode() == 302)
			.extracting(FormBrowser::location)
			.contains("/");
		assertThat(answers).filteredOn(answer -> answer.statusCode() == 200)
			.allSatisfy(answer -> assertThat(answer.body()).containsAnyOf("Deze code is net al gebruikt",
					"Deze code klopt niet"));
	}

	@Test
	void administratorActionsOnOneUserAtTheSameMomentNeverFail() throws Exception {
		TestUser admin = testUsers.enrolled(Role.ADMINISTRATOR);
		TestUser worker = testUsers.create(Role.KWARTIERMAKER, TestUsers.TOTP_SECRET, false);
		jdbc.sql("UPDATE app_user SET organisation_id = ? WHERE id = ?").params(admin.organisationId(), worker.id())
			.update();
		List<MockHttpServletResponse> answers = atOnce(i -> () -> mvc.post()
			.uri("/admin/users/" + worker.id() + (i % 2 == 0 ? "/reset-password" : "/reset-second-factor"))
			.with(csrf())
			.with(logins.as(admin.id()))
			.exchange()
			.getResponse());
		assertThat(answers).allSatisfy(answer -> assertThat(answer.getStatus()).isEqualTo(302));
		assertThat(answers).allSatisfy(answer -> assertThat(answer.getRedirectedUrl())
			.isEqualTo("/admin/users/" + worker.id()));
	}

	/** The same kind of request from several threads that start at the same moment. */
	private static <T> List<T> atOnce(IntFunction<Callable<T>> request) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService threads = Executors.newFixedThreadPool(AT_ONCE)) {
			List<Future<T>> answers = new ArrayList<>();
			for (int i = 0; i < AT_ONCE; i++) {
				Callable<T> one = request.apply(i);
				answers.add(threads.submit(() -> {
					start.await();
					return one.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> answer : answers) {
				results.add(answer.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
	}
}
