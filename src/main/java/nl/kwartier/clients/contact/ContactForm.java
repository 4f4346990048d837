package nl.kwartier.clients.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A contact as typed in. Every field is text, so whatever was typed comes back with a message.
 * Control characters (other than line breaks and tabs) are refused: the database cannot store some
 * of them, and nobody types them on purpose.
 *
 * @param version the version the worker started from, when he changes a contact
 */
public record ContactForm(@Nullable String type, @NotBlank(message = "{contact.error.date.required}") String date,
		@NotBlank(message = "{contact.error.duration.required}") String duration, @Nullable List<String> participants,
		@Size(max = 200, message = "{form.error.too-long}")
		@Pattern(regexp = PLAIN_TEXT, message = "{contact.error.characters}") @Nullable String othersPresent,
		@Nullable List<String> practicalSupport,
		@Size(max = 4000, message = "{form.error.too-long}")
		@Pattern(regexp = PLAIN_TEXT, message = "{contact.error.characters}") @Nullable String note,
		@Nullable String version) {

	static final String PLAIN_TEXT = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

	static ContactForm defaults(String today, String me) {
		return new ContactForm(ContactType.HOME_VISIT.name(), today, "60", List.of(me), "", List.of(), "", null);
	}

	public List<String> participantList() {
		return participants == null ? List.of() : List.copyOf(participants);
	}

	public List<String> supportList() {
		return practicalSupport == null ? List.of() : List.copyOf(practicalSupport);
	}

	ContactForm withVersion(int current) {
		return new ContactForm(type, date, duration, participants, othersPresent, practicalSupport, note,
				String.valueOf(current));
	}
}
