package nl.kwartier.audit.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kwartier.audit.AuditAction;
import nl.kwartier.audit.AuditOutcome;
import nl.kwartier.audit.log.AuditEntry;
import nl.kwartier.platform.database.Timestamps;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the log for the log manager, newest first, a page at a time. Pages continue from the
 * last entry shown (keyset), so a page deep in a log of millions of entries is as quick as the
 * first; every filter has an index that delivers entries in this order.
 */
@Repository
class AuditSearch {

	static final int PAGE_SIZE = 50;

	/** What to look for; null means any. */
	record Criteria(@Nullable String username, @Nullable UUID clientId, @Nullable AuditAction action,
			@Nullable Instant from, @Nullable Instant until, @Nullable Cursor before) {
	}

	/** Where a page ends: the time and id of its last entry. */
	record Cursor(Instant occurredAt, long id) {

		static @Nullable Cursor parse(String text) {
			int dash = text.lastIndexOf('_');
			if (dash < 1) {
				return null;
			}
			try {
				long micros = Long.parseLong(text.substring(0, dash));
				return new Cursor(Instant.EPOCH.plusNanos(micros * 1000), Long.parseLong(text.substring(dash + 1)));
			}
			catch (NumberFormatException | ArithmeticException e) {
				return null;
			}
		}

		String format() {
			long micros = Math.addExact(Math.multiplyExact(occurredAt.getEpochSecond(), 1_000_000L),
					occurredAt.getNano() / 1000);
			return micros + "_" + id;
		}
	}

	record Page(List<AuditEntry> entries, @Nullable Cursor next) {
	}

	private final JdbcClient jdbc;

	AuditSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page find(Criteria criteria) {
		List<String> where = new ArrayList<>();
		StringBuilder sql = new StringBuilder("""
				SELECT id, occurred_at, user_id, username, on_behalf_of_id, client_id, action, object_type, object_id,
				       outcome, address, detail
				FROM audit_entry
				""");
		Map<String, Object> params = new HashMap<>();
		if (criteria.username() != null) {
			where.add("lower(username) = lower(:username)");
			params.put("username", criteria.username());
		}
		if (criteria.clientId() != null) {
			where.add("client_id = :client");
			params.put("client", criteria.clientId());
		}
		if (criteria.action() != null) {
			where.add("action = :action");
			params.put("action", criteria.action().name());
		}
		if (criteria.from() != null) {
			where.add("occurred_at >= :from");
			params.put("from", Timestamps.utc(criteria.from()));
		}
		if (criteria.until() != null) {
			where.add("occurred_at < :until");
			params.put("until", Timestamps.utc(criteria.until()));
		}
		if (criteria.before() != null) {
			where.add("(occurred_at, id) < (:beforeTime, :beforeId)");
			params.put("beforeTime", Timestamps.utc(criteria.before().occurredAt()));
			params.put("beforeId", criteria.before().id());
		}
		if (!where.isEmpty()) {
			sql.append("WHERE ").append(String.join(" AND ", where)).append('\n');
		}
		sql.append("ORDER BY occurred_at DESC, id DESC LIMIT ").append(PAGE_SIZE + 1);
		List<AuditEntry> entries = jdbc.sql(sql.toString()).params(params).query(AuditSearch::entry).list();
		if (entries.size() <= PAGE_SIZE) {
			return new Page(entries, null);
		}
		List<AuditEntry> page = entries.subList(0, PAGE_SIZE);
		AuditEntry last = page.get(PAGE_SIZE - 1);
		return new Page(List.copyOf(page), new Cursor(last.occurredAt(), last.id()));
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getObject("user_id", UUID.class), rs.getString("username"),
				rs.getObject("on_behalf_of_id", UUID.class), rs.getObject("client_id", UUID.class),
				AuditAction.valueOf(rs.getString("action")), rs.getString("object_type"), rs.getString("object_id"),
				AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("address"), rs.getString("detail"));
	}
}
