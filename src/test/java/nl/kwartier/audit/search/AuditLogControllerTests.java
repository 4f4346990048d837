package nl.kwartier.audit.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.kwartier.identity.Role;
import nl.kwartier.identity.login.TestLogins;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.WebTest;
import nl.kwartier.support.TestUsers.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebTest
class AuditLogControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLogManagerFindsEntriesByUserClientActionAndPeriod() {
		TestUser logManager = testUsers.enrolled(Role.ADMINISTRATOR);
		TestUser worker = testUsers.enrolled(Role.KWARTIERMAKER);
		UUID client = UUID.randomUUID();
		entry(worker, client, "READ", Instant.parse("2026-03-10T09:00:00Z"), "dossier gelezen");
		entry(worker, null, "LOGIN", Instant.parse("2026-03-11T09:00:00Z"), null);

		assertThat(mvc.get().uri("/audit").param("user", worker.username()).with(logins.as(logManager.id())))
			.hasStatusOk()
			.bodyText()
			.contains("dossier gelezen", "Inloggen", "10 maart 2026 10:00:00");
		assertThat(mvc.get().uri("/audit").param("client", client.toString()).with(logins.as(logManager.id())))
			.hasStatusOk()
			.bodyText()
			.contains("dossier gelezen")
			.doesNotContain("<td data-label=\"Handeling\">Inloggen</td>");
		assertThat(mvc.get()
			.uri("/audit")
			.param("user", worker.username())
			.param("action", "LOGIN")
			.with(logins.as(logManager.id())))
			.hasStatusOk()
			.bodyText()
			.doesNotContain("dossier gelezen");
		assertThat(mvc.get()
			.uri("/audit")
			.param("user", worker.username())
			.param("from", "2026-03-11")
			.param("to", "2026-03-11")
			.with(logins.as(logManager.id())))
			.hasStatusOk()
			.bodyText()
			.contains("11 maart 2026")
			.doesNotContain("dossier gelezen");
	}

	@Test
	void pagesThroughALongLogFromTheLastEntryShown() throws Exception {
		TestUser logManager = testUsers.enrolled(Role.ADMINISTRATOR);
		TestUser worker = testUsers.enrolled(Role.KWARTIERMAKER);
		Instant start = Instant.parse("2026-01-01T08:00:00Z");
		for (int i = 0; i < AuditSearch.PAGE_SIZE + 5; i++) {
			entry(worker, null, "READ", start.plusSeconds(i), "regel " + i + ".");
		}
		String first = mvc.get().uri("/audit").param("user", worker.username()).with(logins.as(logManager.id()))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(first).contains("regel 54.", "regel 5.").doesNotContain("regel 4.");
		String next = first.replaceAll("(?s).*href=\"([^\"]*before=[^\"]*)\".*", "$1").replace("&amp;", "&");
		assertThat(mvc.get().uri(next).with(logins.as(logManager.id())))
			.hasStatusOk()
			.bodyText()
			.contains("regel 4.", "regel 0.", "Oudere regels, de nieuwste eerst")
			.doesNotContain("regel 5.");
	}

	@Test
	void searchingTheLogIsLoggedToo() {
		TestUser logManager = testUsers.enrolled(Role.ADMINISTRATOR);
		mvc.get().uri("/audit").param("action", "LOGOUT").with(logins.as(logManager.id())).exchange();
		assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE user_id = ? AND action = 'SEARCH'")
			.param(logManager.id())
			.query(String.class)
			.list()).containsExactly("action=LOGOUT");
	}

	@Test
	void badFiltersGetAMessageAndKeepWhatWasTyped() {
		TestUser logManager = testUsers.enrolled(Role.ADMINISTRATOR);
		assertThat(mvc.get()
			.uri("/audit")
			.param("client", "geen-nummer")
			.param("action", "WEGGOOIEN")
			.param("from", "2026-02-31")
			.param("to", "morgen")
			.param("before", "onzin")
			.with(logins.as(logManager.id())))
			.hasStatusOk()
			.bodyText()
			.contains("Vul een geldig cliëntnummer in", "Kies een handeling uit de lijst", "Vul een geldige datum in",
					"value=\"geen-nummer\"", "value=\"morgen\"");
		assertThat(mvc.get()
			.uri("/audit")
			.param("from", "2026-05-02")
			.param("to", "2026-05-01")
			.with(logins.as(logManager.id())))
			.hasStatusOk()
			.bodyText()
			.contains("De datum tot en met ligt voor de datum vanaf");
	}

	@Test
	void onlyLogManagersMaySearchTheLog() {
		TestUser coordinator = testUsers.enrolled(Role.COORDINATOR);
		assertThat(mvc.get().uri("/audit").with(logins.as(coordinator.id()))).hasStatus(403);
	}

	private void entry(TestUser user, UUID client, String action, Instant at, String detail) {
		jdbc.sql("""
				INSERT INTO audit_entry (occurred_at, user_id, username, client_id, action, object_type, object_id,
				                         outcome, address, detail)
				VALUES (?, ?, ?, ?, ?, 'Client', ?, 'SUCCESS', '10.0.0.1', ?)
				""")
			.params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), user.id(), user.username(), client, action,
					client == null ? null : client.toString(), detail)
			.update();
	}
}
