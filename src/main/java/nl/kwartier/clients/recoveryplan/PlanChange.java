package nl.kwartier.clients.recoveryplan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One version of a part of the plan: who saved it, when, and what changed. */
public record PlanChange(UUID id, String objectType, UUID objectId, int objectVersion, String action,
		Instant changedAt, String changedByName, List<FieldChange> fields) {

	/** When, on the clock of the people who use Kwartier. */
	public java.time.ZonedDateTime changedAtHere() {
		return changedAt.atZone(java.time.ZoneId.of("Europe/Amsterdam"));
	}

	public String messageKey() {
		return "plan.history." + objectType + "." + action;
	}
}
