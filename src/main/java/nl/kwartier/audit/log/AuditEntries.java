package nl.kwartier.audit.log;

import java.time.Instant;
import java.util.UUID;
import nl.kwartier.audit.AuditAction;
import nl.kwartier.audit.AuditOutcome;
import nl.kwartier.platform.database.Timestamps;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The log table. Only inserts: there is deliberately no update or delete here. */
@Repository
public class AuditEntries {

	private final JdbcClient jdbc;

	AuditEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void append(Instant occurredAt, @Nullable UUID userId, @Nullable String username,
			@Nullable UUID onBehalfOfId, @Nullable UUID clientId, AuditAction action, @Nullable String objectType,
			@Nullable String objectId, AuditOutcome outcome, @Nullable String address, @Nullable String detail) {
		jdbc.sql("""
				INSERT INTO audit_entry (occurred_at, user_id, username, on_behalf_of_id, client_id, action,
				                         object_type, object_id, outcome, address, detail)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(Timestamps.utc(occurredAt), userId, username, onBehalfOfId, clientId, action.name(), objectType,
					truncate(objectId, 100), outcome.name(), address, truncate(detail, 500))
			.update();
	}

	private static @Nullable String truncate(@Nullable String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}
}
