package nl.kwartier.clients.recoveryplan;

import java.time.LocalDate;
import nl.kwartier.platform.web.FormValues;
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

	/** A date from a date field, in the range every form accepts; the plan checks its own range on top. */
	static @Nullable LocalDate date(@Nullable String text) {
		return FormValues.date(text);
	}
}
