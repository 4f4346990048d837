package nl.kwartier.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.kwartier.clients.assignment.Assignments.Part;
import nl.kwartier.identity.Role;
import nl.kwartier.identity.login.Totp;
import nl.kwartier.support.ClientFixture;
import nl.kwartier.support.ClientFixture.TestClient;
import nl.kwartier.support.FormBrowser;
import nl.kwartier.support.FormBrowser.Form;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;
import nl.kwartier.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The sessions in the database, under requests of one session that arrive at the same moment. */
@WebTest
class SessionStoreTests {

	@LocalServerPort
	int port;

	@Autowired
	TestUsers testUsers;

	@Autowired
	ClientFixture clients;

	@Autowired
	Totp totp;

	@Autowired
	JdbcClient jdbc;

	/** Each save leaves a flash message in the session: before, two at once collided on its row (500). */
	@Test
	void twoSavesOfOneSessionAtTheSameMomentBothSucceed() throws Exception {
		TestUser worker = testUsers.enrolled(Role.PEER_EXPERT);
		TestClient client = clients.aClientOf(worker, Part.PEER_EXPERT);
		FormBrowser browser = new FormBrowser(port).signIn(worker.username(), worker.password(),
				() -> totp.currentCode(worker.totpSecret()));
		String action = "/clients/" + client.id() + "/contacts";
		String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
		int rounds = 12;
		for (int round = 0; round < rounds; round++) {
			Form first = contact(browser, action, today, worker);
			Form second = contact(browser, action, today, worker);
			// A fresh session attribute per round, as after the first save of a session.
			browser.get(action);
			List<HttpResponse<String>> answers = atOnce(List.of(first, second), browser);
			assertThat(answers).as("round " + round)
				.allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(302));
		}
		assertThat(jdbc.sql("SELECT count(*) FROM contact WHERE client_id = ?").param(client.id()).query(Integer.class)
			.single()).isEqualTo(2 * rounds);
	}

	private static Form contact(FormBrowser browser, String action, String today, TestUser worker) {
		return browser.form(action + "/new", action)
			.with("type", "PHONE_CALL")
			.with("date", today)
			.with("duration", "10")
			.with("participants", worker.id().toString())
			.with("note", "Gebeld " + UUID.randomUUID());
	}

	private static List<HttpResponse<String>> atOnce(List<Form> forms, FormBrowser browser) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService threads = Executors.newFixedThreadPool(forms.size())) {
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (Form form : forms) {
				answers.add(threads.submit(() -> {
					start.await();
					return browser.send(form);
				}));
			}
			start.countDown();
			List<HttpResponse<String>> results = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : answers) {
				results.add(answer.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
	}
}
