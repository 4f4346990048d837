package nl.kwartier.clients.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A registration of the client, with the team's decision once it is taken. */
public record RegistrationSummary(UUID id, LocalDate registeredOn, String source, @Nullable String registrantName,
		@Nullable String registrantContact, @Nullable String ownQuestion, List<String> problemAreas,
		@Nullable String vulnerabilityPersonal, @Nullable String vulnerabilitySocial,
		@Nullable String vulnerabilitySocietal, String status, @Nullable String suggestedFirstTalk,
		@Nullable String firstTalk, @Nullable String decidedBy, @Nullable Instant decidedAt,
		@Nullable String decisionNote) {

	public boolean waiting() {
		return "WAITING".equals(status) || "POSSIBLE_MATCH".equals(status);
	}
}
