package nl.kwartier.workforce;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import nl.kwartier.identity.Role;
import org.jspecify.annotations.Nullable;

/**
 * A kwartiermaker or peer expert as the matching of clients sees him: his capacity and what he
 * brings. Without a profile his FTE is unknown (null), and the suggestion says so.
 */
public record Worker(UUID userId, UUID organisationId, String displayName, @Nullable UUID teamId, Set<Role> roles, @Nullable BigDecimal fte,
		boolean trainee, Set<UUID> neighbourhoodIds, Set<String> languages, Set<ProblemArea> livedExperience) {

	public boolean isPeerExpert() {
		return roles.contains(Role.PEER_EXPERT);
	}

	public boolean isKwartiermaker() {
		return roles.contains(Role.KWARTIERMAKER);
	}

	public boolean hasProfile() {
		return fte != null;
	}
}
