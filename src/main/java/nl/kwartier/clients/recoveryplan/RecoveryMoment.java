package nl.kwartier.clients.recoveryplan;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A moment of recovery, recorded as it happened. */
public record RecoveryMoment(UUID id, LocalDate happenedOn, String description, @Nullable String domainCode,
		String recordedByName) {
}
