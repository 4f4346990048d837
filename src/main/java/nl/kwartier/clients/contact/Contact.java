package nl.kwartier.clients.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A contact as the timeline shows it: names instead of ids, and whether (and why) it was voided.
 *
 * @param participants the ids of the workers who took part
 * @param participantNames their names, in the same order
 */
public record Contact(UUID id, UUID clientId, ContactType type, LocalDate date, int durationMinutes,
		List<UUID> participants, List<String> participantNames, @Nullable String othersPresent,
		List<PracticalSupport> practicalSupport, @Nullable String note, @Nullable Instant voidedAt,
		@Nullable String voidedByName, @Nullable String voidReason, String createdByName, int version) {

	public boolean voided() {
		return voidedAt != null;
	}

	/** The contact as a form, to change it. */
	ContactForm toForm() {
		return new ContactForm(type.name(), date.toString(), String.valueOf(durationMinutes),
				participants.stream().map(UUID::toString).toList(), othersPresent == null ? "" : othersPresent,
				practicalSupport.stream().map(Enum::name).toList(), note == null ? "" : note, String.valueOf(version));
	}
}
