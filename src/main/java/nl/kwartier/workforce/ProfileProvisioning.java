package nl.kwartier.workforce;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.UUID;

/** Sets up worker profiles when Kwartier starts (the demo data); pages use the profile page. */
public interface ProfileProvisioning {

	void provideProfile(UUID userId, UUID organisationId, BigDecimal fte, boolean trainee,
			Collection<UUID> neighbourhoodIds, Collection<String> languages, Collection<ProblemArea> livedExperience);
}
