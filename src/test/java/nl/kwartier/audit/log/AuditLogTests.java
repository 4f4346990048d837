package nl.kwartier.audit.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kwartier.identity.Role;
import nl.kwartier.identity.login.TestLogins;
import nl.kwartier.support.Browser;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;
import nl.kwartier.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebTest
class AuditLogTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLoginIsLoggedWithWhoAndFromWhere() {
		TestUser client = users.enrolled(Role.CLIENT);

		new Browser(mvc).from("192.0.2.17").logIn(client.username(), TestUsers.PASSWORD);

		assertThat(entriesOf(client.id())).singleElement().satisfies(entry -> {
			assertThat(entry).containsEntry("action", "LOGIN")
				.containsEntry("outcome", "SUCCESS")
				.containsEntry("username", client.username())
				.containsEntry("address", "192.0.2.17");
			assertThat(entry.get("occurred_at")).isNotNull();
		});
	}

	@Test
	void aFailedLoginIsLoggedWithTheReasonAndWithoutThePassword() {
		TestUser client = users.enrolled(Role.CLIENT);

		new Browser(mvc).logIn(client.username(), "a-wrong-password-7391");

		assertThat(entriesOf(client.id())).singleElement()
			.satisfies(entry -> assertThat(entry).containsEntry("action", "FAILED_LOGIN")
				.containsEntry("outcome", "REFUSED")
				.containsEntry("detail", "BAD_CREDENTIALS"));
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE detail LIKE '%a-wrong-password-7391%'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aFailedLoginOfAnUnknownAccountIsLoggedWithoutWhatWasTyped() {
		String address = "2001:db8::" + Long.toHexString(System.nanoTime() & 0xffffL) + ":"
				+ UUID.randomUUID().toString().substring(0, 4);
		String typed = "nobody-" + UUID.randomUUID();

		new Browser(mvc).from(address).logIn(typed, "some-guess");

		assertThat(jdbc.sql("SELECT * FROM audit_entry WHERE address = ?").param(address).query().listOfRows())
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry).containsEntry("action", "FAILED_LOGIN").containsEntry("detail", "BAD_CREDENTIALS");
				assertThat(entry.get("user_id")).isNull();
				assertThat(entry.get("username")).isNull();
				assertThat(entry.values()).noneMatch(value -> String.valueOf(value).contains(typed));
			});
	}

	@Test
	void aWrongSecondFactorIsLogged() {
		TestUser worker = users.enrolled(Role.KWARTIERMAKER);
		Browser browser = new Browser(mvc);
		browser.logIn(worker.username(), TestUsers.PASSWORD);

		browser.enterCode("12345x");

		assertThat(entriesOf(worker.id())).singleElement()
			.satisfies(entry -> assertThat(entry).containsEntry("action", "FAILED_LOGIN")
				.containsEntry("detail", "BAD_SECOND_FACTOR"));
	}

	@Test
	void aLogoutIsLogged() {
		TestUser client = users.enrolled(Role.CLIENT);
		Browser browser = new Browser(mvc);
		browser.logIn(client.username(), TestUsers.PASSWORD);

		browser.logOut();

		assertThat(entriesOf(client.id())).extracting(entry -> entry.get("action"))
			.containsExactly("LOGIN", "LOGOUT");
	}

	@Test
	void aPageThatIsRefusedIsLogged() {
		TestUser worker = users.enrolled(Role.KWARTIERMAKER);

		assertThat(mvc.get().uri("/admin/users").with(logins.as(worker.id()))).hasStatus(HttpStatus.FORBIDDEN);

		assertThat(entriesOf(worker.id())).singleElement()
			.satisfies(entry -> assertThat(entry).containsEntry("action", "ACCESS_REFUSED")
				.containsEntry("outcome", "REFUSED")
				.containsEntry("object_type", "Page")
				.containsEntry("object_id", "GET /admin/users"));
	}

	@Test
	void anEntryCannotBeChanged() {
		long id = anEntry();

		assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET detail = 'changed' WHERE id = ?").param(id).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE id = ? AND detail IS NULL").param(id)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anEntryCannotBeRemoved() {
		long id = anEntry();

		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE id = ?").param(id).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE id = ?").param(id).query(Integer.class).single())
			.isEqualTo(1);
	}

	@Test
	void theLogCannotBeEmptied() {
		anEntry();

		assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_entry").update()).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry").query(Integer.class).single()).isPositive();
	}

	/** The id of a fresh entry: a login of a new user. */
	private long anEntry() {
		TestUser client = users.enrolled(Role.CLIENT);
		new Browser(mvc).logIn(client.username(), TestUsers.PASSWORD);
		return jdbc.sql("SELECT id FROM audit_entry WHERE user_id = ?").param(client.id()).query(Long.class).single();
	}

	private List<Map<String, Object>> entriesOf(UUID userId) {
		return jdbc.sql("SELECT * FROM audit_entry WHERE user_id = ? ORDER BY id").param(userId).query().listOfRows();
	}
}
