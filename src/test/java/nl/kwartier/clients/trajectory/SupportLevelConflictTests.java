package nl.kwartier.clients.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.kwartier.clients.assignment.Assignments.Part;
import nl.kwartier.identity.Role;
import nl.kwartier.identity.login.TestLogins;
import nl.kwartier.support.ClientFixture;
import nl.kwartier.support.ClientFixture.TestClient;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;
import nl.kwartier.support.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Two changes of the support level at once: the first is saved, the other sees it and keeps what was typed. */
@WebTest
class SupportLevelConflictTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestLogins logins;

	@Autowired
	ClientFixture clients;

	@Autowired
	JdbcClient jdbc;

	TestUser kwartiermaker;

	TestClient client;

	@BeforeEach
	void aKwartiermakerWithAClient() {
		kwartiermaker = testUsers.enrolled(Role.KWARTIERMAKER, "Kees Kwartiermaker");
		client = clients.aClientOf(kwartiermaker, Part.KWARTIERMAKER);
	}

	@Test
	void theFormCarriesTheVersionItWasBasedOn() {
		assertThat(levelPage()).contains("name=\"version\" value=\"0\"");
		assertThat(setLevel("LOW", "Rustig begin", "0")).hasStatus3xxRedirection();
		assertThat(levelPage()).contains("name=\"version\" value=\"1\"");
	}

	@Test
	void aChangeBasedOnAnOlderVersionIsRefusedAndShowsWhatIsSavedNowWithWhatWasTyped() throws Exception {
		assertThat(setLevel("MEDIUM", "Schulden en eenzaamheid", "0")).hasStatus3xxRedirection();
		MvcTestResult second = setLevel("HIGH", "Crisis thuis, veel steun nodig", "0").exchange();
		assertThat(second).hasStatusOk()
			.bodyText()
			.contains("Iemand anders heeft het steunniveau net veranderd",
					"Nu opgeslagen: Midden vanaf 1 november 2026, door Kees Kwartiermaker: Schulden en eenzaamheid",
					"Crisis thuis, veel steun nodig");
		assertThat(second.getResponse().getContentAsString()).containsPattern("id=\"level-HIGH\"[^>]*checked")
			.contains("name=\"version\" value=\"1\"");
		assertThat(levels()).containsExactly("MEDIUM");
		assertThat(setLevel("HIGH", "Crisis thuis, veel steun nodig", "1")).hasStatus3xxRedirection();
		assertThat(levels()).containsExactlyInAnyOrder("MEDIUM", "HIGH");
	}

	@Test
	void ofManyChangesAtTheSameMomentOneIsSavedAndTheOthersAreToldWithoutAnError() throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(6)) {
			for (int i = 0; i < 6; i++) {
				String level = i % 2 == 0 ? "LOW" : "HIGH";
				answers.add(threads.submit(() -> {
					start.await();
					return setLevel(level, "Tegelijk", "0").exchange().getResponse().getStatus();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get(60, TimeUnit.SECONDS));
			}
			assertThat(statuses).containsOnly(302, 200).containsOnlyOnce(302);
		}
		assertThat(levels()).hasSize(1);
	}

	@Test
	void aChangeWithoutVersionIsNotSavedBlindly() {
		assertThat(setLevel("LOW", "Zonder versie", "")).hasStatusOk()
			.bodyText()
			.contains("Zonder versie");
		assertThat(levels()).isEmpty();
	}

	private String levelPage() {
		MvcTestResult page = mvc.get().uri("/clients/" + client.id() + "/support-level").with(logins.as(kwartiermaker.id()))
			.exchange();
		assertThat(page).hasStatusOk();
		try {
			return page.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	private MockMvcTester.MockMvcRequestBuilder setLevel(String level, String reason, String version) {
		return mvc.post()
			.uri("/clients/" + client.id() + "/support-level")
			.with(logins.as(kwartiermaker.id()))
			.with(csrf())
			.param("level", level)
			.param("since", "2026-11-01")
			.param("reason", reason)
			.param("version", version);
	}

	private List<String> levels() {
		return jdbc.sql("SELECT level FROM support_level WHERE client_id = ?").param(client.id()).query(String.class).list();
	}
}
