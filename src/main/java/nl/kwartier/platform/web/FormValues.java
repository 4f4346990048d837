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

	/**
	 * The earliest date any field accepts. Nothing Kwartier records happened earlier, and without a
	 * limit a typed year 0 is stored as 1 BC and a year like -5000 cannot be stored at all.
	 */
	public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

	/** The latest date any field accepts: the last a date field can hold with four digits. */
	public static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);

	/**
	 * A date as an {@code <input type="date">} sends it (2026-12-01), from {@link #EARLIEST_DATE} to
	 * {@link #LATEST_DATE}; null when the text is no such date, so the form says the date is not valid
	 * and keeps what was typed. Each field checks its own narrower range on top (not in the future,
	 * within five years), with a message that says so.
	 */
	public static @Nullable LocalDate date(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text.trim());
			return date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE) ? null : date;
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
