package nl.kwartier.audit.log;

import java.time.Instant;
import java.util.UUID;
import nl.kwartier.audit.AuditAction;
import nl.kwartier.audit.AuditOutcome;
import nl.kwartier.platform.database.Timestamps;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The log table. Only inserts: there is deliberately no update or delete here. Every text is
 * fitted to its column (shortened with a mark), so an entry is never lost because a value, such as
 * a refused address, is longer than the log keeps.
 */
@Repository
public class AuditEntries {

	/** The widths of the text columns (V4 and V4_2). */
	static final int USERNAME = 100, OBJECT_TYPE = 60, OBJECT_ID = 2000, ADDRESS = 64, DETAIL = 500;

	/** Ends a shortened value, so a reader sees it was cut. */
	static final String CUT = "…";

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
