package nl.kwartier.clients.registration;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An existing client who may be the person being registered: enough to recognise him, no more.
 * Shown only to someone who may open the client; the team is for routing the question "is this the
 * same person?" to a coordinator who may.
 */
public record PossibleMatch(UUID clientId, String name, LocalDate dateOfBirth, @Nullable String place,
		boolean sameDateOfBirth, boolean samePostcodeArea, @Nullable UUID teamId) {

	/** Same date of birth and same postcode area first: the likeliest match. */
	int strength() {
		return (sameDateOfBirth ? 2 : 0) + (samePostcodeArea ? 1 : 0);
	}
}
