package nl.kwartier.clients.recoveryplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A goal of the client on one life domain, in his own words, as saved now. */
public record Goal(UUID id, UUID clientId, String domainCode, String description, GoalStatus status,
		@Nullable LocalDate reviewOn, List<Step> steps, int version, Instant changedAt, String changedByName) {

	GoalDraft asDraft() {
		return new GoalDraft(domainCode, description, status, reviewOn, steps);
	}
}
