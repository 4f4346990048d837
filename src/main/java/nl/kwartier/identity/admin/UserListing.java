package nl.kwartier.identity.admin;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.kwartier.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts of one organisation, a page at a time, for the administrator's list. */
@Repository
class UserListing {

	static final int PAGE_SIZE = 25;

	public record Row(UUID id, String username, String displayName, @Nullable String teamName, List<Role> roles,
			boolean active, boolean secondFactorLinked) {
	}

	public record Page(List<Row> rows, int number, long total) {

		public boolean hasPrevious() {
			return number > 0;
		}

		public boolean hasNext() {
			return (long) (number + 1) * PAGE_SIZE < total;
		}

		public long first() {
			return rows.isEmpty() ? 0 : (long) number * PAGE_SIZE + 1;
		}

		public long last() {
			return (long) number * PAGE_SIZE + rows.size();
		}
	}

	private final JdbcClient jdbc;

	UserListing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Users whose name or username contains the search text, by name; inactive ones too. */
	Page find(UUID organisationId, String search, int page) {
		String pattern = "%" + search.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
		String where = """
				WHERE u.organisation_id = :organisation
				  AND (:pattern = '%%' OR lower(u.display_name) LIKE :pattern OR lower(u.username) LIKE :pattern)
				""";
		long total = jdbc.sql("SELECT count(*) FROM app_user u " + where)
			.param("organisation", organisationId)
			.param("pattern", pattern)
			.query(Long.class)
			.single();
		List<Row> rows = jdbc.sql("""
				SELECT u.id, u.username, u.display_name, t.name AS team_name, u.active, u.totp_enabled,
				       (SELECT string_agg(r.role, ',' ORDER BY r.role) FROM user_role r WHERE r.app_user = u.id) AS roles
				FROM app_user u LEFT JOIN team t ON t.id = u.team_id
				""" + where + """
				ORDER BY lower(u.display_name), u.username
				LIMIT :limit OFFSET :offset
				""")
			.param("organisation", organisationId)
			.param("pattern", pattern)
			.param("limit", PAGE_SIZE)
			.param("offset", (long) page * PAGE_SIZE)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("username"),
					rs.getString("display_name"), rs.getString("team_name"), roles(rs.getString("roles")),
					rs.getBoolean("active"), rs.getBoolean("totp_enabled")))
			.list();
		return new Page(rows, page, total);
	}

	private static List<Role> roles(@Nullable String joined) {
		return joined == null ? List.of() : Arrays.stream(joined.split(",")).map(Role::valueOf).sorted().toList();
	}
}
