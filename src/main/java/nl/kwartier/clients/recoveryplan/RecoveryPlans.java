package nl.kwartier.clients.recoveryplan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.kwartier.audit.AuditAction;
import nl.kwartier.audit.AuditLog;
import nl.kwartier.audit.AuditRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a recovery plan. Every save becomes a version in the plan's history and an entry in
 * the audit log; a goal changed by someone else in the meantime is not overwritten.
 */
@Service
class RecoveryPlans {

	private final RecoveryPlanRepository repository;

	private final AuditLog log;

	RecoveryPlans(RecoveryPlanRepository repository, AuditLog log) {
		this.repository = repository;
		this.log = log;
	}

	@Transactional
	UUID addGoal(UUID clientId, GoalDraft draft, UUID by) {
		UUID id = UUID.randomUUID();
		repository.insertGoal(id, clientId, draft, by);
		repository.recordChange(clientId, "Goal", id, 0, "CREATE", draft.changesFrom(null), by);
		log.record(AuditRecord.change(AuditAction.CREATE, clientId, "Goal", id));
		return id;
	}

	/**
	 * Saves the goal as the user changed it from the version he saw.
	 *
	 * @throws ChangedMeanwhile when someone else saved the goal after that version
	 */
	@Transactional
	void changeGoal(Goal now, int versionSeen, GoalDraft draft, UUID by) {
		if (now.version() != versionSeen || !repository.updateGoal(now, draft, by)) {
			throw new ChangedMeanwhile();
		}
		List<FieldChange> changes = draft.changesFrom(now.asDraft());
		repository.recordChange(now.clientId(), "Goal", now.id(), now.version() + 1, "CHANGE", changes, by);
		log.record(AuditRecord.change(AuditAction.CHANGE, now.clientId(), "Goal", now.id()));
	}

	/**
	 * Takes a goal out of the plan (a goal written down by mistake, or twice); the history keeps it.
	 *
	 * @throws ChangedMeanwhile when someone else saved the goal after the version the user saw
	 */
	@Transactional
	void voidGoal(Goal goal, int versionSeen, String reason, UUID by) {
		if (!repository.voidGoal(goal, versionSeen, reason, by)) {
			throw new ChangedMeanwhile();
		}
		repository.recordChange(goal.clientId(), "Goal", goal.id(), versionSeen + 1, "VOID",
				List.of(new FieldChange("description", goal.description(), null), new FieldChange("voidReason", null, reason)),
				by);
		log.record(AuditRecord.change(AuditAction.VOID, goal.clientId(), "Goal", goal.id()));
	}

	@Transactional
	UUID addMoment(UUID clientId, LocalDate happenedOn, String description, @Nullable String domainCode, UUID by) {
		UUID id = UUID.randomUUID();
		repository.insertMoment(id, clientId, happenedOn, description, domainCode, by);
		List<FieldChange> fields = new java.util.ArrayList<>();
		fields.add(new FieldChange("happenedOn", null, happenedOn.toString()));
		fields.add(new FieldChange("description", null, description));
		if (domainCode != null) {
			fields.add(new FieldChange("domain", null, domainCode));
		}
		repository.recordChange(clientId, "RecoveryMoment", id, 0, "CREATE", fields, by);
		log.record(AuditRecord.change(AuditAction.CREATE, clientId, "RecoveryMoment", id));
		return id;
	}

	/** Someone else saved the goal after the user opened it. */
	static class ChangedMeanwhile extends RuntimeException {

		ChangedMeanwhile() {
			super("the goal was changed by someone else", null, false, false);
		}
	}
}
