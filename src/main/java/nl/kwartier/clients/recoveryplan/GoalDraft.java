package nl.kwartier.clients.recoveryplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What a goal should become, read from a valid form. */
record GoalDraft(String domainCode, String description, GoalStatus status, @Nullable LocalDate reviewOn,
		List<Step> steps) {

	/** The fields that differ from what was saved before, for the history of the plan. */
	List<FieldChange> changesFrom(@Nullable GoalDraft before) {
		List<FieldChange> changes = new ArrayList<>();
		compare(changes, "domain", before == null ? null : before.domainCode, domainCode);
		compare(changes, "description", before == null ? null : before.description, description);
		compare(changes, "status", before == null ? null : before.status.name(), status.name());
		compare(changes, "reviewOn", before == null || before.reviewOn == null ? null : before.reviewOn.toString(),
				reviewOn == null ? null : reviewOn.toString());
		int count = Math.max(steps.size(), before == null ? 0 : before.steps.size());
		for (int i = 0; i < count; i++) {
			String old = before != null && i < before.steps.size() ? before.steps.get(i).asHistory() : null;
			String now = i < steps.size() ? steps.get(i).asHistory() : null;
			compare(changes, "step" + (i + 1), old, now);
		}
		return changes;
	}

	private static void compare(List<FieldChange> changes, String field, @Nullable String before,
			@Nullable String after) {
		if (!Objects.equals(before, after)) {
			changes.add(new FieldChange(field, before, after));
		}
	}
}
