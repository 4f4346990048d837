package nl.kwartier.clients.recoveryplan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL for goals, their steps, moments of recovery and the versions of the plan. */
@Repository
class RecoveryPlanRepository {

	private static final String GOALS = """
			SELECT g.id, g.client_id, g.domain_code, g.description, g.status, g.review_on, g.version, g.changed_at,
			       coalesce(u.display_name, '') AS changed_by_name
			FROM goal g LEFT JOIN app_user u ON u.id = g.changed_by
			WHERE g.voided_at IS NULL
			""";

	private final JdbcClient jdbc;

	RecoveryPlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ClientOfPlan> client(UUID clientId) {
		return jdbc.sql("""
				SELECT id, organisation_id, account_id,
				       display_name AS name
				FROM client WHERE id = ?
				""")
			.param(clientId)
			.query((rs, n) -> new ClientOfPlan(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
					rs.getObject("account_id", UUID.class), rs.getString("name")))
			.optional();
	}

	List<Goal> goals(UUID clientId) {
		List<Goal> goals = jdbc.sql(GOALS + " AND g.client_id = ? ORDER BY g.created_at, g.id")
			.param(clientId)
			.query(this::goalWithoutSteps)
			.list();
		Map<UUID, List<Step>> steps = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT goal_id, description, helper_kind, helper_name FROM goal_step
				WHERE client_id = ? AND voided_at IS NULL ORDER BY goal_id, position
				""").param(clientId).query(rs -> {
			steps.computeIfAbsent(rs.getObject("goal_id", UUID.class), id -> new ArrayList<>()).add(step(rs));
		});
		return goals.stream().map(goal -> withSteps(goal, steps.getOrDefault(goal.id(), List.of()))).toList();
	}

	Optional<Goal> goal(UUID goalId) {
		return jdbc.sql(GOALS + " AND g.id = ?").param(goalId).query(this::goalWithoutSteps).optional().map(goal -> {
			List<Step> steps = jdbc.sql("""
					SELECT description, helper_kind, helper_name FROM goal_step
					WHERE goal_id = ? AND voided_at IS NULL ORDER BY position
					""").param(goalId).query((rs, n) -> step(rs)).list();
			return withSteps(goal, steps);
		});
	}

	void insertGoal(UUID id, UUID clientId, GoalDraft draft, UUID by) {
		jdbc.sql("""
				INSERT INTO goal (id, client_id, domain_code, description, status, review_on, created_by, changed_by)
				VALUES (:id, :client, :domain, :description, :status, :review, :by, :by)
				""")
			.param("id", id)
			.param("client", clientId)
			.param("domain", draft.domainCode())
			.param("description", draft.description())
			.param("status", draft.status().name())
			.param("review", draft.reviewOn())
			.param("by", by)
			.update();
		insertSteps(id, clientId, draft.steps(), 0, by);
	}

	/** Saves the goal only if it is still at the version the change started from. */
	boolean updateGoal(Goal before, GoalDraft draft, UUID by) {
		int updated = jdbc.sql("""
				UPDATE goal SET domain_code = :domain, description = :description, status = :status, review_on = :review,
				                changed_at = now(), changed_by = :by, version = version + 1
				WHERE id = :id AND version = :version AND voided_at IS NULL
				""")
			.param("id", before.id())
			.param("version", before.version())
			.param("domain", draft.domainCode())
			.param("description", draft.description())
			.param("status", draft.status().name())
			.param("review", draft.reviewOn())
			.param("by", by)
			.update();
		if (updated == 0) {
			return false;
		}
		replaceSteps(before, draft.steps(), by);
		return true;
	}

	/** Steps that stay the same are kept; changed ones are updated; steps taken out are voided. */
	private void replaceSteps(Goal before, List<Step> steps, UUID by) {
		List<UUID> ids = jdbc.sql("SELECT id FROM goal_step WHERE goal_id = ? AND voided_at IS NULL ORDER BY position")
			.param(before.id())
			.query(UUID.class)
			.list();
		for (int i = 0; i < ids.size(); i++) {
			if (i >= steps.size()) {
				jdbc.sql("""
						UPDATE goal_step SET voided_at = now(), voided_by = :by, void_reason = 'taken out of the goal',
						                     changed_at = now(), changed_by = :by, version = version + 1
						WHERE id = :id
						""").param("id", ids.get(i)).param("by", by).update();
			}
			else if (!steps.get(i).equals(before.steps().get(i))) {
				Step step = steps.get(i);
				jdbc.sql("""
						UPDATE goal_step SET position = :position, description = :description, helper_kind = :kind,
						                     helper_name = :name, changed_at = now(), changed_by = :by, version = version + 1
						WHERE id = :id
						""")
					.param("id", ids.get(i))
					.param("position", i)
					.param("description", step.description())
					.param("kind", step.helperKind() == null ? null : step.helperKind().name())
					.param("name", step.helperName())
					.param("by", by)
					.update();
			}
		}
		if (steps.size() > ids.size()) {
			insertSteps(before.id(), before.clientId(), steps.subList(ids.size(), steps.size()), ids.size(), by);
		}
	}

	private void insertSteps(UUID goalId, UUID clientId, List<Step> steps, int firstPosition, UUID by) {
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			jdbc.sql("""
					INSERT INTO goal_step (id, goal_id, client_id, position, description, helper_kind, helper_name,
					                       created_by, changed_by)
					VALUES (:id, :goal, :client, :position, :description, :kind, :name, :by, :by)
					""")
				.param("id", UUID.randomUUID())
				.param("goal", goalId)
				.param("client", clientId)
				.param("position", firstPosition + i)
				.param("description", step.description())
				.param("kind", step.helperKind() == null ? null : step.helperKind().name())
				.param("name", step.helperName())
				.param("by", by)
				.update();
		}
	}

	/** Voids the goal and its steps, only if it is still at the version the user saw. */
	boolean voidGoal(Goal goal, int versionSeen, String reason, UUID by) {
		int updated = jdbc.sql("""
				UPDATE goal SET voided_at = now(), voided_by = :by, void_reason = :reason,
				                changed_at = now(), changed_by = :by, version = version + 1
				WHERE id = :id AND version = :version AND voided_at IS NULL
				""")
			.param("id", goal.id())
			.param("version", versionSeen)
			.param("reason", reason)
			.param("by", by)
			.update();
		if (updated == 0) {
			return false;
		}
		jdbc.sql("""
				UPDATE goal_step SET voided_at = now(), voided_by = :by, void_reason = 'goal voided',
				                     changed_at = now(), changed_by = :by, version = version + 1
				WHERE goal_id = :id AND voided_at IS NULL
				""").param("id", goal.id()).param("by", by).update();
		return true;
	}

	List<RecoveryMoment> moments(UUID clientId) {
		return jdbc.sql("""
				SELECT m.id, m.happened_on, m.description, m.domain_code, coalesce(u.display_name, '') AS recorded_by
				FROM recovery_moment m LEFT JOIN app_user u ON u.id = m.created_by
				WHERE m.client_id = ? AND m.voided_at IS NULL
				ORDER BY m.happened_on DESC, m.created_at DESC
				""")
			.param(clientId)
			.query((rs, n) -> new RecoveryMoment(rs.getObject("id", UUID.class),
					rs.getObject("happened_on", LocalDate.class), rs.getString("description"), rs.getString("domain_code"),
					rs.getString("recorded_by")))
			.list();
	}

	void insertMoment(UUID id, UUID clientId, LocalDate happenedOn, String description, @Nullable String domainCode,
			UUID by) {
		jdbc.sql("""
				INSERT INTO recovery_moment (id, client_id, happened_on, description, domain_code, created_by, changed_by)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""").params(id, clientId, happenedOn, description, domainCode, by, by).update();
	}

	void recordChange(UUID clientId, String objectType, UUID objectId, int objectVersion, String action,
			List<FieldChange> fields, UUID by) {
		UUID changeId = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO plan_change (id, client_id, object_type, object_id, object_version, action, changed_by)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""").params(changeId, clientId, objectType, objectId, objectVersion, action, by).update();
		for (int i = 0; i < fields.size(); i++) {
			FieldChange field = fields.get(i);
			jdbc.sql("INSERT INTO plan_change_field (change_id, position, field, before, after) VALUES (?, ?, ?, ?, ?)")
				.params(changeId, i, field.field(), field.before(), field.after())
				.update();
		}
	}

	/** The latest versions of the client's plan, newest first. */
	List<PlanChange> history(UUID clientId, int limit) {
		return changes("c.client_id = :key", clientId, -1, limit);
	}

	/** The versions of one record after the given one: what others saved in the meantime. */
	List<PlanChange> changesSince(UUID objectId, int version) {
		return changes("c.object_id = :key AND c.object_version > :version", objectId, version, 100);
	}

	private List<PlanChange> changes(String where, UUID key, int version, int limit) {
		List<PlanChange> changes = jdbc.sql("""
				SELECT c.id, c.object_type, c.object_id, c.object_version, c.action, c.changed_at,
				       coalesce(u.display_name, '') AS changed_by_name
				FROM plan_change c LEFT JOIN app_user u ON u.id = c.changed_by
				WHERE %s ORDER BY c.changed_at DESC, c.object_version DESC LIMIT :limit
				""".formatted(where))
			.param("key", key)
			.param("version", version)
			.param("limit", limit)
			.query((rs, n) -> new PlanChange(rs.getObject("id", UUID.class), rs.getString("object_type"),
					rs.getObject("object_id", UUID.class), rs.getInt("object_version"), rs.getString("action"),
					rs.getObject("changed_at", java.time.OffsetDateTime.class).toInstant(),
					rs.getString("changed_by_name"), new ArrayList<>()))
			.list();
		if (changes.isEmpty()) {
			return changes;
		}
		Map<UUID, PlanChange> byId = new LinkedHashMap<>();
		changes.forEach(change -> byId.put(change.id(), change));
		jdbc.sql("SELECT change_id, field, before, after FROM plan_change_field WHERE change_id IN (:ids) ORDER BY position")
			.param("ids", byId.keySet())
			.query(rs -> {
				byId.get(rs.getObject("change_id", UUID.class))
					.fields()
					.add(new FieldChange(rs.getString("field"), rs.getString("before"), rs.getString("after")));
			});
		return changes;
	}

	private Goal goalWithoutSteps(ResultSet rs, int row) throws SQLException {
		return new Goal(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				rs.getString("domain_code"), rs.getString("description"), GoalStatus.valueOf(rs.getString("status")),
				rs.getObject("review_on", LocalDate.class), List.of(), rs.getInt("version"),
				rs.getObject("changed_at", java.time.OffsetDateTime.class).toInstant(), rs.getString("changed_by_name"));
	}

	private static Goal withSteps(Goal goal, List<Step> steps) {
		return new Goal(goal.id(), goal.clientId(), goal.domainCode(), goal.description(), goal.status(), goal.reviewOn(),
				List.copyOf(steps), goal.version(), goal.changedAt(), goal.changedByName());
	}

	private static Step step(ResultSet rs) throws SQLException {
		String kind = rs.getString("helper_kind");
		return new Step(rs.getString("description"), kind == null ? null : HelperKind.valueOf(kind),
				rs.getString("helper_name"));
	}

	/** The client whose plan it is, as far as the plan pages need him. */
	record ClientOfPlan(UUID id, UUID organisationId, @Nullable UUID accountId, String name) {
	}
}
