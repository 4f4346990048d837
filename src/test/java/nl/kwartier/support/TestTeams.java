package nl.kwartier.support;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.kwartier.identity.AccountProvisioning;
import nl.kwartier.support.ClientFixture.TestClient;
import nl.kwartier.support.TestUsers.TestUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Teams for tests (such as Noord and De Kempen), each with a unique name, and placing test users
 * and clients in them, for the rules that stop at a team's boundary.
 */
@Component
public class TestTeams {

	private static final AtomicInteger counter = new AtomicInteger();

	private final AccountProvisioning accounts;

	private final JdbcClient jdbc;

	TestTeams(AccountProvisioning accounts, JdbcClient jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	/** A new team in the organisation of the test user, named after the name given. */
	public UUID team(TestUser member, String name) {
		return accounts.createTeam(member.organisationId(), name + " " + counter.incrementAndGet(), null);
	}

	public TestUser place(TestUser user, UUID team) {
		jdbc.sql("UPDATE app_user SET team_id = ? WHERE id = ?").params(team, user.id()).update();
		return user;
	}

	public TestClient place(TestClient client, UUID team) {
		jdbc.sql("UPDATE client SET team_id = ? WHERE id = ?").params(team, client.id()).update();
		return client;
	}
}
