package nl.kwartier.workforce.profile;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kwartier.workforce.ProblemArea;
import nl.kwartier.workforce.ProfileProvisioning;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Stores worker profiles; a save with a stale version is refused, so no change is overwritten unseen. */
@Repository
class Profiles implements ProfileProvisioning {

	record Stored(BigDecimal fte, boolean trainee, Set<UUID> neighbourhoods, Set<String> languages,
			Set<ProblemArea> experienceAreas, int version) {
	}

	private final JdbcClient jdbc;

	Profiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Integer> version(UUID userId) {
		return jdbc.sql("SELECT version FROM worker_profile WHERE user_id = ?").param(userId).query(Integer.class)
			.optional();
	}

	/** Returns false when someone else saved the profile after {@code seenVersion}. */
	@Transactional
	boolean save(UUID userId, UUID organisationId, @Nullable Integer seenVersion, BigDecimal fte, boolean trainee,
			Collection<UUID> neighbourhoods, Collection<String> languages, Collection<ProblemArea> areas,
			UUID changedBy) {
		String[] languageArray = languages.toArray(String[]::new);
		String[] areaArray = areas.stream().map(Enum::name).toArray(String[]::new);
		int updated;
		if (seenVersion == null) {
			updated = jdbc.sql("""
					INSERT INTO worker_profile (user_id, organisation_id, fte, trainee, languages, experience_areas,
					                            created_by, changed_by)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id) DO NOTHING
					""")
				.params(userId, organisationId, fte, trainee, languageArray, areaArray, changedBy, changedBy)
				.update();
		}
		else {
			updated = jdbc.sql("""
					UPDATE worker_profile SET fte = ?, trainee = ?, languages = ?, experience_areas = ?,
					       changed_at = now(), changed_by = ?, version = version + 1
					WHERE user_id = ? AND version = ?
					""")
				.params(fte, trainee, languageArray, areaArray, changedBy, userId, seenVersion)
				.update();
		}
		if (updated == 0) {
			return false;
		}
		jdbc.sql("DELETE FROM worker_neighbourhood WHERE user_id = ?").param(userId).update();
		for (UUID neighbourhood : neighbourhoods) {
			jdbc.sql("INSERT INTO worker_neighbourhood (user_id, neighbourhood_id) VALUES (?, ?)")
				.params(userId, neighbourhood)
				.update();
		}
		return true;
	}

	@Override
	@Transactional
	public void provideProfile(UUID userId, UUID organisationId, BigDecimal fte, boolean trainee,
			Collection<UUID> neighbourhoodIds, Collection<String> languages, Collection<ProblemArea> livedExperience) {
		save(userId, organisationId, version(userId).orElse(null), fte, trainee, neighbourhoodIds, languages,
				livedExperience, userId);
	}
}
