package nl.kwartier.audit.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.kwartier.clients.assignment.Assignments.Part;
import nl.kwartier.identity.Role;
import nl.kwartier.identity.login.TestLogins;
import nl.kwartier.support.ClientFixture;
import nl.kwartier.support.ClientFixture.TestClient;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;
import nl.kwartier.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Every refusal answers 403 and leaves an entry, however long the address that was refused. */
@WebTest
class RefusalLoggingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestLogins logins;

	@Autowired
	ClientFixture clients;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRefusedGoalVoidPageOfAnotherWorkersClientIsLoggedWithItsWholeAddress() {
		TestUser owner = users.enrolled(Role.PEER_EXPERT);
		TestUser stranger = users.enrolled(Role.PEER_EXPERT);
		TestClient client = clients.aClientOf(owner, Part.PEER_EXPERT);
		String address = "/clients/" + client.id() + "/plan/goals/" + UUID.randomUUID() + "/void";
		assertThat(address).hasSizeGreaterThan(96);

		assertThat(mvc.get().uri(address).with(logins.as(stranger.id()))).hasStatus(403);

		assertThat(refusedPagesOf(stranger.id())).containsExactly("GET " + address);
	}

	@Test
	void aPostToALongAddressWithoutAValidTokenIsRefusedAndLogged() {
		TestUser kwartiermaker = users.enrolled(Role.KWARTIERMAKER);
		TestClient client = clients.aClientOf(kwartiermaker, Part.KWARTIERMAKER);
		String address = "/clients/" + client.id() + "/plan/goals/" + UUID.randomUUID() + "/void";

		assertThat(mvc.post().uri(address).with(logins.as(kwartiermaker.id())).param("reason", "weg"))
			.hasStatus(403);

		assertThat(refusedPagesOf(kwartiermaker.id())).containsExactly("POST " + address);
	}

	@Test
	void anExtraLongRefusedAddressIsLoggedShortenedWithAMark() {
		TestUser peerExpert = users.enrolled(Role.PEER_EXPERT);
		String address = "/admin/users/" + "a".repeat(5000);

		assertThat(mvc.get().uri(address).with(logins.as(peerExpert.id()))).hasStatus(403);
		assertThat(mvc.post().uri(address).with(logins.as(peerExpert.id()))).hasStatus(403);

		assertThat(refusedPagesOf(peerExpert.id())).hasSize(2).allSatisfy(logged -> {
			assertThat(logged).hasSize(AuditEntries.OBJECT_ID).endsWith("aaa" + AuditEntries.CUT);
			assertThat(address).contains(logged.substring(logged.indexOf(' ') + 1, logged.length() - 1));
		});
	}

	@Test
	void anAnonymousPostToAnExtraLongAddressWithoutAValidTokenIsRefusedAndLogged() {
		String address = "/clients/" + "x".repeat(5000);
		long before = refusalsWithoutUser();

		assertThat(mvc.post().uri(address).param("ignored", "1")).hasStatus(403);

		assertThat(refusalsWithoutUser()).isEqualTo(before + 1);
	}

	private List<String> refusedPagesOf(UUID user) {
		return jdbc.sql("""
				SELECT object_id FROM audit_entry
				WHERE user_id = ? AND action = 'ACCESS_REFUSED' AND object_type = 'Page' ORDER BY id
				""").param(user).query(String.class).list();
	}

	private long refusalsWithoutUser() {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE user_id IS NULL AND action = 'ACCESS_REFUSED'")
			.query(Long.class)
			.single();
	}
}
