package nl.kwartier.clients.recoveryplan;

import org.jspecify.annotations.Nullable;

/**
 * One field of one save: what it was and what it became. Status, domain and dates are kept as
 * codes, so the history reads in the language of whoever looks at it.
 */
public record FieldChange(String field, @Nullable String before, @Nullable String after) {

	public boolean isDate() {
		return field.equals("reviewOn") || field.equals("happenedOn");
	}

	public java.time.@Nullable LocalDate beforeDate() {
		return isDate() ? Texts.date(before) : null;
	}

	public java.time.@Nullable LocalDate afterDate() {
		return isDate() ? Texts.date(after) : null;
	}

	public boolean isStep() {
		return field.startsWith("step");
	}

	public String stepNumber() {
		return isStep() ? field.substring(4) : "";
	}
}
