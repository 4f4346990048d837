package nl.kwartier.audit.log;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import nl.kwartier.audit.AuditAction;
import nl.kwartier.audit.AuditOutcome;
import nl.kwartier.platform.database.Timestamps;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The log table. Only inserts: there is deliberately no update or delete here. Every text is
 * fitted to its column (shortened with a mark), so an entry is never lost because a value, such as
 * a refused address, is longer than the log keeps.
 */
@Repository
public class AuditEntries {

	/**
	 * Actions that describe a change: their entry must be written in the transaction of the change itself,
	 * or a crash between the two leaves a change without its entry (or an entry for a change that never
	 * happened).
	 */
	static final Set<AuditAction> CHANGES = EnumSet.of(AuditAction.CREATE, AuditAction.CHANGE, AuditAction.VOID,
			AuditAction.TRANSFER, AuditAction.ADMINISTRATION);

	/** The widths of the text columns (V4 and V7_1). */
	static final int USERNAME = 100, OBJECT_TYPE = 60, OBJECT_ID = 2000, ADDRESS = 64, DETAIL = 500;

	/** Ends a shortened value, so a reader sees it was cut. */
	static final String CUT = "…";

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	AuditEntries(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public void append(Instant occurredAt, @Nullable UUID userId, @Nullable String username,
			@Nullable UUID onBehalfOfId, @Nullable UUID clientId, AuditAction action, @Nullable String objectType,
			@Nullable String objectId, AuditOutcome outcome, @Nullable String address, @Nullable String detail) {
		if (outcome == AuditOutcome.SUCCESS && CHANGES.contains(action)
				&& !TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("A " + action + " of " + objectType
					+ " is recorded outside a transaction: the change and its audit entry must commit together");
		}
		if (outcome != AuditOutcome.SUCCESS && TransactionSynchronizationManager.isActualTransactionActive()) {
			// A refusal or failure usually ends the surrounding transaction with a rollback: its entry must stay.
			ownTransaction.executeWithoutResult(status -> insert(occurredAt, userId, username, onBehalfOfId, clientId,
					action, objectType, objectId, outcome, address, detail));
			return;
		}
		insert(occurredAt, userId, username, onBehalfOfId, clientId, action, objectType, objectId, outcome, address,
				detail);
	}

	private void insert(Instant occurredAt, @Nullable UUID userId, @Nullable String username,
			@Nullable UUID onBehalfOfId, @Nullable UUID clientId, AuditAction action, @Nullable String objectType,
			@Nullable String objectId, AuditOutcome outcome, @Nullable String address, @Nullable String detail) {
		jdbc.sql("""
				INSERT INTO audit_entry (occurred_at, user_id, username, on_behalf_of_id, client_id, action,
				                         object_type, object_id, outcome, address, detail)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(Timestamps.utc(occurredAt), userId, fit(username, USERNAME), onBehalfOfId, clientId, action.name(),
					fit(objectType, OBJECT_TYPE), fit(objectId, OBJECT_ID), outcome.name(), fit(address, ADDRESS),
					fit(detail, DETAIL))
			.update();
	}

	static @Nullable String fit(@Nullable String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		int end = max - CUT.length();
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end) + CUT;
	}
}
