package nl.kwartier.audit;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a module tells the log about an access to personal data. Who and from where are taken
 * from the current request.
 *
 * @param action what was done
 * @param clientId the client whose data it is, if any
 * @param objectType the kind of record, e.g. {@code Client}, {@code RecoveryPlan}
 * @param objectId the record's id
 * @param outcome whether it happened
 * @param detail a short description without personal data
 */
public record AuditRecord(AuditAction action, @Nullable UUID clientId, @Nullable String objectType,
		@Nullable String objectId, AuditOutcome outcome, @Nullable String detail) {

	public static AuditRecord read(UUID clientId, String objectType, Object objectId) {
		return new AuditRecord(AuditAction.READ, clientId, objectType, String.valueOf(objectId), AuditOutcome.SUCCESS,
				null);
	}

	public static AuditRecord change(AuditAction action, @Nullable UUID clientId, String objectType, Object objectId) {
		return new AuditRecord(action, clientId, objectType, String.valueOf(objectId), AuditOutcome.SUCCESS, null);
	}
}
