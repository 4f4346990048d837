package nl.kwartier.identity;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Sets up organisations, teams and accounts when Kwartier starts: the demo data, and the first
 * administrator of a new installation. Not for use from pages: administrators use the admin
 * pages, which check their permission.
 */
public interface AccountProvisioning {

	Optional<UUID> findOrganisation(String name);

	UUID createOrganisation(String name);

	UUID createTeam(UUID organisationId, String name, @Nullable UUID regionId);

	boolean anyUserExists();

	/**
	 * Creates an active account.
	 * @param totpSecret a known second-factor secret (demo accounts), or null to enrol at first login
	 * @param passwordMustChange whether the user must choose a new password at first login
	 */
	UUID createUser(UUID organisationId, @Nullable UUID teamId, String username, String displayName, String password,
			Set<Role> roles, boolean logManager, @Nullable String totpSecret, boolean passwordMustChange);
}
