package nl.kwartier.platform.web;

import java.time.LocalDate;
import java.time.ZoneId;
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

	/**
	 * The earliest date any field accepts. Nothing Kwartier records happened earlier, and without a
	 * limit a typed year 0 is stored as 1 BC and a year like -5000 cannot be stored at all.
	 */
	public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	/**
	 * A date as an {@code <input type="date">} sends it (2026-12-01), from {@link #EARLIEST_DATE} up
	 * to a year from today; null when the text is no such date. A field that needs a narrower range
	 * (not in the future, not before the start) checks that on top, with its own message.
	 */
	public static @Nullable LocalDate date(@Nullable String text) {
		return date(text, 1);
	}

	/** A date as {@link #date(String)}, for a field that may lie up to {@code yearsAhead} years ahead. */
	public static @Nullable LocalDate date(@Nullable String text, int yearsAhead) {
		if (text == null || text.isBlank()) {
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			return null;
		}
		LocalDate latest = LocalDate.now(ZONE).plusYears(yearsAhead);
		return date.isBefore(EARLIEST_DATE) || date.isAfter(latest) ? null : date;
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

	/**
	 * The text without control characters other than tab and line breaks, as every form field
	 * arrives (see {@link ControlCharacterFilter}); for text that comes another way, such as a string
	 * inside a pasted JSON document, where an escaped NUL ({@code \\u0000}) would otherwise reach
	 * PostgreSQL, which cannot store it.
	 */
	public static String withoutControlCharacters(String text) {
		return ControlCharacterFilter.clean(text);
	}

	public static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
