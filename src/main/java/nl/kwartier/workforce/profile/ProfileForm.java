package nl.kwartier.workforce.profile;

import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A worker profile as typed: all text, so nothing typed is lost on a mistake. */
public record ProfileForm(@NotBlank(message = "{profile.error.fte.required}") String fte, @Nullable String trainee,
		@Nullable List<String> neighbourhoods, @Nullable List<String> languages, @Nullable List<String> experienceAreas,
		@Nullable String version) {

	/** The FTE, in Dutch (0,8) or English (0.8) notation; null when it is not a number from 0 to 1.5. */
	@Nullable BigDecimal fteValue() {
		try {
			BigDecimal value = new BigDecimal(fte.trim().replace(',', '.'));
			return value.signum() < 0 || value.compareTo(new BigDecimal("1.5")) > 0 || value.scale() > 2 ? null : value;
		}
		catch (NumberFormatException | NullPointerException e) {
			return null;
		}
	}

	public boolean isTrainee() {
		return "true".equals(trainee);
	}

	List<String> neighbourhoodList() {
		return neighbourhoods == null ? List.of() : neighbourhoods;
	}

	List<String> languageList() {
		return languages == null ? List.of() : languages;
	}

	List<String> experienceAreaList() {
		return experienceAreas == null ? List.of() : experienceAreas;
	}

	@Nullable Integer versionNumber() {
		try {
			return version == null || version.isBlank() ? null : Integer.valueOf(version.trim());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}
}
