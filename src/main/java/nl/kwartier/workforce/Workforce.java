package nl.kwartier.workforce;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kwartier.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The workforce module's entry point for other modules: who the workers of an organisation are
 * and what each brings. One query per question, also for thousands of workers.
 */
@Service
public class Workforce {

	/** The roles that hold first conversations and caseloads. */
	public static final Set<Role> CASELOAD_ROLES = EnumSet.of(Role.KWARTIERMAKER, Role.PEER_EXPERT);

	private final JdbcClient jdbc;

	Workforce(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The active kwartiermakers and peer experts of the organisation, with their profiles. */
	public List<Worker> caseloadWorkers(UUID organisationId) {
		return workers("u.organisation_id = :key", organisationId);
	}

	public Optional<Worker> worker(UUID userId) {
		return workers("u.id = :key", userId).stream().findFirst();
	}

	private List<Worker> workers(String condition, UUID key) {
		List<Worker> workers = jdbc.sql("""
				SELECT u.id, u.organisation_id, u.display_name, u.team_id, p.fte, coalesce(p.trainee, false) AS trainee,
				       coalesce(p.languages, '{}') AS languages, coalesce(p.experience_areas, '{}') AS experience_areas,
				       (SELECT array_agg(r.role) FROM user_role r WHERE r.app_user = u.id) AS roles
				FROM app_user u
				LEFT JOIN worker_profile p ON p.user_id = u.id
				WHERE %s AND u.active
				  AND EXISTS (SELECT 1 FROM user_role r WHERE r.app_user = u.id AND r.role IN ('KWARTIERMAKER', 'PEER_EXPERT'))
				ORDER BY u.display_name
				""".formatted(condition)).param("key", key).query(Workforce::row).list();
		if (workers.isEmpty()) {
			return workers;
		}
		Map<UUID, Set<UUID>> neighbourhoods = new HashMap<>();
		jdbc.sql("SELECT user_id, neighbourhood_id FROM worker_neighbourhood WHERE user_id IN (:ids)")
			.param("ids", workers.stream().map(Worker::userId).toList())
			.query((rs, n) -> neighbourhoods.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
				.add(rs.getObject(2, UUID.class)))
			.list();
		return workers.stream()
			.map(w -> new Worker(w.userId(), w.organisationId(), w.displayName(), w.teamId(), w.roles(), w.fte(), w.trainee(),
					Set.copyOf(neighbourhoods.getOrDefault(w.userId(), Set.of())), w.languages(), w.livedExperience()))
			.toList();
	}

	private static Worker row(ResultSet rs, int n) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String role : strings(rs.getArray("roles"))) {
			Role known = Role.valueOf(role);
			if (CASELOAD_ROLES.contains(known)) {
				roles.add(known);
			}
		}
		Set<ProblemArea> areas = Arrays.stream(strings(rs.getArray("experience_areas")))
			.map(ProblemArea::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(ProblemArea.class)));
		BigDecimal fte = rs.getBigDecimal("fte");
		return new Worker(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getString("display_name"),
				rs.getObject("team_id", UUID.class), roles, fte, rs.getBoolean("trainee"), Set.of(),
				Set.of(strings(rs.getArray("languages"))), areas);
	}

	private static String[] strings(Array array) throws SQLException {
		return array == null ? new String[0] : (String[]) array.getArray();
	}
}
