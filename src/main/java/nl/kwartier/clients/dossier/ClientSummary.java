package nl.kwartier.clients.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The client's own details as the dossier shows them. */
public record ClientSummary(UUID id, String givenName, @Nullable String namePrefix, String familyName,
		LocalDate dateOfBirth, @Nullable String street, @Nullable String houseNumber, @Nullable String postcode,
		@Nullable String place, @Nullable String neighbourhood, @Nullable String phone, @Nullable String email,
		List<String> languages, @Nullable String culturalBackground, @Nullable String teamName) {

	public String name() {
		return givenName + " " + (namePrefix == null ? "" : namePrefix + " ") + familyName;
	}
}
