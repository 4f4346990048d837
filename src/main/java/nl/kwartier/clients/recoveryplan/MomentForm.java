package nl.kwartier.clients.recoveryplan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A moment of recovery as typed in the form; all text, so nothing typed is lost. */
public record MomentForm(@Nullable String happenedOn, @NotBlank(message = "{plan.error.moment.required}")
		@Size(max = 1000, message = "{plan.error.too-long}") @Nullable String description,
		@Nullable String domain) {

	static MomentForm empty(String today) {
		return new MomentForm(today, "", "");
	}
}
