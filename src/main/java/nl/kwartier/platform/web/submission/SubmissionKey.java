package nl.kwartier.platform.web.submission;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The hidden field every posting form carries. A Thymeleaf form with {@code th:action} and
 * {@code method="post"} gets it by itself, next to the CSRF token; a form written otherwise adds
 * {@code <input type="hidden" name="_submission" th:value="${T(java.util.UUID).randomUUID()}">}.
 */
public final class SubmissionKey {

	/** The name of the hidden field. */
	public static final String FIELD = "_submission";

	private SubmissionKey() {
	}

	static String fresh() {
		return UUID.randomUUID().toString();
	}

	/** The key a request carries, or null when it carries none or something that is no key. */
	static @Nullable UUID parse(@Nullable String value) {
		if (value == null || value.length() != 36) {
			return null;
		}
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
