package nl.kwartier.clients.contact;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kwartier.platform.database.Timestamps;
import nl.kwartier.platform.web.FormValues;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contacts in plain SQL; the timeline reads one index range per page. */
@Repository
class ContactRepository {

	/** A contact ready to store: checked and parsed. */
	record Valid(ContactType type, LocalDate date, int durationMinutes, List<UUID> participants,
			@Nullable String othersPresent, List<PracticalSupport> practicalSupport, @Nullable String note) {
	}

	/** Where a page of the timeline starts: after this contact, in timeline order. */
	record Cursor(LocalDate date, UUID id) {

		static Optional<Cursor> parse(@Nullable String text) {
			if (text == null) {
				return Optional.empty();
			}
			String[] parts = text.split("_", 2);
			try {
				return parts.length == 2
						? Optional.ofNullable(FormValues.date(parts[0])).map(on -> new Cursor(on, UUID.fromString(parts[1])))
						: Optional.empty();
			}
			catch (RuntimeException e) {
				return Optional.empty();
			}
		}

		@Override
		public String toString() {
			return date + "_" + id;
		}
	}

	record Page(List<Contact> contacts, @Nullable Cursor next) {
	}

	private static final String SELECT = """
			SELECT c.id, c.client_id, c.type, c.contact_date, c.duration_minutes, c.participants,
			       ARRAY(SELECT coalesce(u.display_name, '?') FROM unnest(c.participants) WITH ORDINALITY p(id, n)
			             LEFT JOIN app_user u ON u.id = p.id ORDER BY p.n) AS participant_names,
			       c.others_present, c.practical_support, c.note, c.voided_at, v.display_name AS voided_by_name,
			       c.void_reason, coalesce(cr.display_name, '?') AS created_by_name, c.version
			FROM contact c
			LEFT JOIN app_user v ON v.id = c.voided_by
			LEFT JOIN app_user cr ON cr.id = c.created_by
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	ContactRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	UUID add(UUID clientId, Valid contact, UUID by) {
		UUID id = UUID.randomUUID();
		OffsetDateTime now = Timestamps.utc(Instant.now(clock));
		jdbc.sql("""
				INSERT INTO contact (id, client_id, type, contact_date, duration_minutes, participants, others_present,
				                     practical_support, note, created_at, created_by, changed_at, changed_by)
				VALUES (:id, :client, :type, :date, :duration, CAST(:participants AS uuid[]), :others,
				        CAST(:support AS text[]), :note, :now, :by, :now, :by)
				""")
			.param("id", id)
			.param("client", clientId)
			.param("type", contact.type().name())
			.param("date", contact.date())
			.param("duration", contact.durationMinutes())
			.param("participants", arrayLiteral(contact.participants()))
			.param("others", contact.othersPresent())
			.param("support", arrayLiteral(contact.practicalSupport().stream().map(Enum::name).toList()))
			.param("note", contact.note())
			.param("now", now)
			.param("by", by)
			.update();
		return id;
	}

	/** Changes the contact if nobody changed it since {@code version}; false if someone did (or it was voided). */
	boolean change(UUID clientId, UUID id, int version, Valid contact, UUID by) {
		return jdbc.sql("""
				UPDATE contact SET type = :type, contact_date = :date, duration_minutes = :duration,
				       participants = CAST(:participants AS uuid[]), others_present = :others,
				       practical_support = CAST(:support AS text[]), note = :note, changed_at = :now, changed_by = :by,
				       version = version + 1
				WHERE id = :id AND client_id = :client AND version = :version AND voided_at IS NULL
				""")
			.param("type", contact.type().name())
			.param("date", contact.date())
			.param("duration", contact.durationMinutes())
			.param("participants", arrayLiteral(contact.participants()))
			.param("others", contact.othersPresent())
			.param("support", arrayLiteral(contact.practicalSupport().stream().map(Enum::name).toList()))
			.param("note", contact.note())
			.param("now", Timestamps.utc(Instant.now(clock)))
			.param("by", by)
			.param("id", id)
			.param("client", clientId)
			.param("version", version)
			.update() == 1;
	}

	/** Voids the contact, keeping it and the reason; false if it was voided already. */
	boolean voidContact(UUID clientId, UUID id, String reason, UUID by) {
		OffsetDateTime now = Timestamps.utc(Instant.now(clock));
		return jdbc.sql("""
				UPDATE contact SET voided_at = :now, voided_by = :by, void_reason = :reason, changed_at = :now,
				       changed_by = :by, version = version + 1
				WHERE id = :id AND client_id = :client AND voided_at IS NULL
				""")
			.param("now", now)
			.param("by", by)
			.param("reason", reason)
			.param("id", id)
			.param("client", clientId)
			.update() == 1;
	}

	/** The client's name for the page title, or empty if there is no such client. */
	Optional<String> clientName(UUID clientId) {
		return jdbc.sql("SELECT display_name FROM client WHERE id = ?")
			.param(clientId)
			.query(String.class)
			.optional();
	}

	Optional<Contact> find(UUID clientId, UUID id) {
		return jdbc.sql(SELECT + " WHERE c.client_id = :client AND c.id = :id")
			.param("client", clientId)
			.param("id", id)
			.query(ContactRepository::contact)
			.optional();
	}

	/** One page of the client's timeline, newest first, optionally of one type only. */
	Page timeline(UUID clientId, @Nullable ContactType type, @Nullable Cursor after, int size) {
		JdbcClient.StatementSpec query = jdbc.sql(timelineSql(type != null, after != null))
			.param("client", clientId)
			.param("limit", size + 1);
		if (type != null) {
			query = query.param("type", type.name());
		}
		if (after != null) {
			query = query.param("afterDate", after.date()).param("afterId", after.id());
		}
		List<Contact> rows = query.query(ContactRepository::contact).list();
		if (rows.size() <= size) {
			return new Page(rows, null);
		}
		List<Contact> page = rows.subList(0, size);
		Contact last = page.getLast();
		return new Page(List.copyOf(page), new Cursor(last.date(), last.id()));
	}

	/**
	 * The timeline query: each condition only when it applies, so that PostgreSQL reads one range of
	 * {@code contact_timeline_idx} (or {@code contact_timeline_type_idx}) in index order, and stops
	 * after one page, however deep the page is.
	 */
	static String timelineSql(boolean ofType, boolean after) {
		return SELECT + "WHERE c.client_id = :client" + (ofType ? " AND c.type = :type" : "")
				+ (after ? " AND (c.contact_date, c.id) < (:afterDate, :afterId)" : "")
				+ " ORDER BY c.contact_date DESC, c.id DESC LIMIT :limit";
	}

	private static Contact contact(ResultSet rs, int n) throws SQLException {
		OffsetDateTime voidedAt = rs.getObject("voided_at", OffsetDateTime.class);
		return new Contact(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				ContactType.valueOf(rs.getString("type")), rs.getObject("contact_date", LocalDate.class),
				rs.getInt("duration_minutes"),
				Arrays.stream(array(rs.getArray("participants"))).map(UUID.class::cast).toList(),
				Arrays.stream(array(rs.getArray("participant_names"))).map(String.class::cast).toList(),
				rs.getString("others_present"),
				Arrays.stream(array(rs.getArray("practical_support")))
					.map(String.class::cast)
					.map(PracticalSupport::valueOf)
					.toList(),
				rs.getString("note"), voidedAt == null ? null : voidedAt.toInstant(), rs.getString("voided_by_name"),
				rs.getString("void_reason"), rs.getString("created_by_name"), rs.getInt("version"));
	}

	private static Object[] array(@Nullable Array array) throws SQLException {
		return array == null ? new Object[0] : (Object[]) array.getArray();
	}

	/** A PostgreSQL array literal of values that need no quoting (uuids and enum names). */
	private static String arrayLiteral(List<?> values) {
		return "{" + String.join(",", values.stream().map(String::valueOf).toList()) + "}";
	}
}
