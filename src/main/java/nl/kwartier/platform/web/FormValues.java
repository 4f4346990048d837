package nl.kwartier.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a form sent as text: forms keep every field as text, so that a wrong value comes back
 * with a message instead of being lost; these turn the text into a value, or null when it is none.
 */
public final class FormValues {

	private FormValues() {
	}

	/** A date as an {@code <input type="date">} sends it (2026-12-01). */
	public static @Nullable LocalDate date(@Nullable String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	public static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String value) {
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
	}

	public static @Nullable UUID id(@Nullable String text) {
		try {
			return text == null ? null : UUID.fromString(text.trim());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	public static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
