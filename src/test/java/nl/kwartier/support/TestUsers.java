package nl.kwartier.support;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.kwartier.identity.AccountProvisioning;
import nl.kwartier.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Creates accounts for tests, each with a unique username, so tests never share state, also
 * when they run against one external database.
 */
@Component
public class TestUsers {

	public static final String PASSWORD = "Test-wachtwoord-lang-genoeg";

	/** A valid base32 second-factor secret (RFC 6238 test accounts). */
	public static final String TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	private static final AtomicInteger counter = new AtomicInteger();

	public record TestUser(UUID id, UUID organisationId, String username, String password, String totpSecret) {
	}

	private final AccountProvisioning accounts;

	public TestUsers(AccountProvisioning accounts) {
		this.accounts = accounts;
	}

	/** An account with the role, enrolled in the second factor with {@link #TOTP_SECRET}. */
	public TestUser enrolled(Role role) {
		return create(role, TOTP_SECRET, false);
	}

	/** An account with the role and a name of its own, enrolled in the second factor with {@link #TOTP_SECRET}. */
	public TestUser enrolled(Role role, String displayName) {
		return create(role, displayName, TOTP_SECRET, false);
	}

	/** An account with the role that has not linked an authenticator app yet. */
	public TestUser notEnrolled(Role role) {
		return create(role, null, false);
	}

	public TestUser create(Role role, String totpSecret, boolean passwordMustChange) {
		return create(role, "Test " + role.name(), totpSecret, passwordMustChange);
	}

	private TestUser create(Role role, String displayName, String totpSecret, boolean passwordMustChange) {
		UUID organisation = accounts.findOrganisation("Testorganisatie")
			.orElseGet(() -> accounts.createOrganisation("Testorganisatie"));
		String username = "test-" + role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString()
			.substring(0, 8) + "-" + counter.incrementAndGet();
		UUID id = accounts.createUser(organisation, null, username, displayName, PASSWORD, Set.of(role),
				role == Role.ADMINISTRATOR, totpSecret, passwordMustChange);
		return new TestUser(id, organisation, username, PASSWORD, totpSecret);
	}
}
