package nl.kwartier.identity;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/** The user behind the current request, as other modules may know him. */
public record SignedInUser(UUID id, String username, String displayName, UUID organisationId, UUID teamId,
		Set<Role> roles, Set<Permission> permissions) implements Serializable {

	public boolean may(Permission permission) {
		return permissions.contains(permission);
	}
}
