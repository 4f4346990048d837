package nl.kwartier.audit.log;

import java.time.Instant;
import java.util.UUID;
import nl.kwartier.audit.AuditAction;
import nl.kwartier.audit.AuditOutcome;
import org.jspecify.annotations.Nullable;

/** One line of the log, with the NEN 7513 fields. */
public record AuditEntry(long id, Instant occurredAt, @Nullable UUID userId, @Nullable String username,
		@Nullable UUID onBehalfOfId, @Nullable UUID clientId, AuditAction action, @Nullable String objectType,
		@Nullable String objectId, AuditOutcome outcome, @Nullable String address, @Nullable String detail) {
}
