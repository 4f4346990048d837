package nl.kwartier.clients.registration;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An existing client who may be the person being registered: enough to recognise him, no more.
 */
public record PossibleMatch(UUID clientId, String name, LocalDate dateOfBirth, @Nullable String place,
		boolean sameDateOfBirth, boolean samePostcodeArea) {
}
