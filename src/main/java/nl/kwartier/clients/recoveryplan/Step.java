package nl.kwartier.clients.recoveryplan;

import org.jspecify.annotations.Nullable;

/** A step towards a goal, and who helps with it (for now by name). */
public record Step(String description, @Nullable HelperKind helperKind, @Nullable String helperName) {

	/** How the step reads in the history of the plan. */
	String asHistory() {
		return helperName == null ? description : description + " (" + helperName + ")";
	}
}
