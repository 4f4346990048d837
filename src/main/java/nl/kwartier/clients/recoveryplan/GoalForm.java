package nl.kwartier.clients.recoveryplan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A goal as typed in the form. Every field is text, so whatever was typed comes back with a
 * message. Steps come as three lists of the same length, one entry per row of the form. The
 * choices (domain, status) are checked by the controller, after the goal itself, so the error
 * summary lists the problems in the order of the page.
 */
public record GoalForm(@Nullable String domain,
		@NotBlank(message = "{plan.error.description.required}")
		@Size(max = 1000, message = "{plan.error.too-long}") @Nullable String description, @Nullable String status,
		@Nullable String reviewOn, @Nullable List<String> stepText, @Nullable List<String> stepHelperKind,
		@Nullable List<String> stepHelperName, @Nullable String version) {

	static final int MAX_STEP = 500;

	static final int MAX_HELPER = 200;

	static final int MAX_STEPS = 20;

	/** Empty rows the form offers for new steps. */
	private static final int SPARE_ROWS = 2;

	static GoalForm empty() {
		return new GoalForm("", "", GoalStatus.NOT_STARTED.name(), "", List.of("", "", ""), List.of("", "", ""),
				List.of("", "", ""), "0");
	}

	static GoalForm of(Goal goal) {
		List<String> texts = new ArrayList<>();
		List<String> kinds = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (Step step : goal.steps()) {
			texts.add(step.description());
			kinds.add(step.helperKind() == null ? "" : step.helperKind().name());
			names.add(step.helperName() == null ? "" : step.helperName());
		}
		for (int i = 0; i < SPARE_ROWS || texts.size() < 3; i++) {
			texts.add("");
			kinds.add("");
			names.add("");
		}
		return new GoalForm(goal.domainCode(), goal.description(), goal.status().name(),
				goal.reviewOn() == null ? "" : goal.reviewOn().toString(), texts, kinds, names,
				String.valueOf(goal.version()));
	}

	/** The rows of the form, each with what was typed in it. */
	public List<StepRow> rows() {
		int count = Math.max(size(stepText), Math.max(size(stepHelperKind), size(stepHelperName)));
		count = Math.min(count, MAX_STEPS + SPARE_ROWS);
		List<StepRow> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(new StepRow(i + 1, at(stepText, i), at(stepHelperKind, i), at(stepHelperName, i)));
		}
		return rows;
	}

	int versionSeen() {
		try {
			return version == null ? -1 : Integer.parseInt(version.trim());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	/** The same form, but carrying the version saved now: saving it again overwrites on purpose. */
	GoalForm atVersion(int now) {
		return new GoalForm(domain, description, status, reviewOn, stepText, stepHelperKind, stepHelperName,
				String.valueOf(now));
	}

	private static int size(@Nullable List<String> list) {
		return list == null ? 0 : list.size();
	}

	private static String at(@Nullable List<String> list, int index) {
		return list == null || index >= list.size() || list.get(index) == null ? "" : list.get(index);
	}

	/** One row of steps in the form. */
	public record StepRow(int number, String text, String helperKind, String helperName) {

		public boolean blank() {
			return text.isBlank() && helperName.isBlank();
		}
	}
}
