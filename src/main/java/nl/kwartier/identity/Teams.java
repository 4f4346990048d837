package nl.kwartier.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The teams of organisations, for modules that place work and people in a team and its region. */
public interface Teams {

	/** The active teams of the organisation, by name. */
	List<Team> teamsOf(UUID organisationId);

	Optional<Team> findTeam(UUID id);
}
