package nl.kwartier.clients.recoveryplan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** Reading what people type: dates from a date field, and text as it can be stored and shown. */
final class Texts {

	private Texts() {
	}

	/**
	 * The text without control characters other than line breaks and tabs (PostgreSQL cannot
	 * store a NUL, and the others only confuse), trimmed; null when nothing is left.
	 */
	static @Nullable String clean(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String cleaned = text.replaceAll("[\\p{Cc}&&[^\\n\\r\\t]]", "").strip();
		return cleaned.isEmpty() ? null : cleaned;
	}

	static @Nullable LocalDate date(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
