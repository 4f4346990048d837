package nl.kwartier.clients.recoveryplan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The life domains of an organisation: Kwartier's default set, with the organisation's own rows
 * laid over it (same code: renamed or hidden; new code: added).
 */
@Repository
class LifeDomains {

	private final JdbcClient jdbc;

	private final MessageSource messages;

	LifeDomains(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/** All domains in order, hidden ones included (goals may still be on them). */
	List<LifeDomain> of(UUID organisationId) {
		return jdbc.sql("""
				SELECT coalesce(o.code, d.code) AS code,
				       CASE WHEN o.name_nl IS NULL THEN d.name_key END AS name_key,
				       o.name_nl, coalesce(o.name_en, o.name_nl) AS name_en,
				       coalesce(o.hidden, d.hidden) AS hidden
				FROM (SELECT * FROM life_domain WHERE organisation_id IS NULL) d
				FULL JOIN (SELECT * FROM life_domain WHERE organisation_id = :organisation) o ON o.code = d.code
				ORDER BY coalesce(o.position, d.position), coalesce(o.code, d.code)
				""")
			.param("organisation", organisationId)
			.query((rs, n) -> new LifeDomain(rs.getString("code"), rs.getString("name_key"), rs.getString("name_nl"),
					rs.getString("name_en"), rs.getBoolean("hidden")))
			.list();
	}

	/** The domains a new goal or moment may be on. */
	List<LifeDomain> choosable(UUID organisationId) {
		return of(organisationId).stream().filter(domain -> !domain.hidden()).toList();
	}

	/**
	 * One domain as the administrator adapts it: the default's message key (null for a domain the
	 * organisation added), the organisation's own names and its row's version (null: no own row yet).
	 */
	public record Setting(String code, @Nullable String nameKey, @Nullable String ownNl, @Nullable String ownEn,
			boolean hidden, @Nullable Integer version) {

		public boolean added() {
			return nameKey == null;
		}
	}

	List<Setting> settings(UUID organisationId) {
		return jdbc.sql("""
				SELECT coalesce(o.code, d.code) AS code, d.name_key, o.name_nl, o.name_en,
				       coalesce(o.hidden, d.hidden) AS hidden, o.version
				FROM (SELECT * FROM life_domain WHERE organisation_id IS NULL) d
				FULL JOIN (SELECT * FROM life_domain WHERE organisation_id = :organisation) o ON o.code = d.code
				ORDER BY coalesce(o.position, d.position), coalesce(o.code, d.code)
				""")
			.param("organisation", organisationId)
			.query((rs, n) -> new Setting(rs.getString("code"), rs.getString("name_key"), rs.getString("name_nl"),
					rs.getString("name_en"), rs.getBoolean("hidden"), rs.getObject("version", Integer.class)))
			.list();
	}

	/**
	 * Saves the organisation's own row for a domain, when it is still at the version the
	 * administrator saw (null: it had no own row). Returns the row's id, or empty when someone else
	 * changed it in the meantime.
	 */
	Optional<UUID> adapt(UUID organisationId, String code, @Nullable String nameNl, @Nullable String nameEn,
			boolean hidden, @Nullable Integer version, UUID by) {
		if (version == null) {
			UUID id = UUID.randomUUID();
			int inserted = jdbc.sql("""
					INSERT INTO life_domain (id, organisation_id, code, name_key, name_nl, name_en, position, hidden, created_by, changed_by)
					SELECT :id, :organisation, code, name_key, :nl, :en, position, :hidden, :by, :by
					FROM life_domain WHERE organisation_id IS NULL AND code = :code
					ON CONFLICT DO NOTHING
					""")
				.param("id", id)
				.param("organisation", organisationId)
				.param("code", code)
				.param("nl", nameNl)
				.param("en", nameEn)
				.param("hidden", hidden)
				.param("by", by)
				.update();
			return inserted == 1 ? Optional.of(id) : Optional.empty();
		}
		return jdbc.sql("""
				UPDATE life_domain SET name_nl = :nl, name_en = :en, hidden = :hidden, changed_at = now(),
				       changed_by = :by, version = version + 1
				WHERE organisation_id = :organisation AND code = :code AND version = :version
				RETURNING id
				""")
			.param("organisation", organisationId)
			.param("code", code)
			.param("nl", nameNl)
			.param("en", nameEn)
			.param("hidden", hidden)
			.param("by", by)
			.param("version", version)
			.query(UUID.class)
			.optional();
	}

	/** Adds a domain of the organisation's own, after all others. Empty when the code is taken. */
	Optional<UUID> add(UUID organisationId, String code, String nameNl, @Nullable String nameEn, UUID by) {
		UUID id = UUID.randomUUID();
		int inserted = jdbc.sql("""
				INSERT INTO life_domain (id, organisation_id, code, name_nl, name_en, position, created_by, changed_by)
				SELECT :id, :organisation, :code, :nl, :en, coalesce(max(position), 0) + 10, :by, :by
				FROM life_domain WHERE organisation_id IS NULL OR organisation_id = :organisation
				ON CONFLICT DO NOTHING
				""")
			.param("id", id)
			.param("organisation", organisationId)
			.param("code", code)
			.param("nl", nameNl)
			.param("en", nameEn)
			.param("by", by)
			.update();
		return inserted == 1 ? Optional.of(id) : Optional.empty();
	}

	/** Each domain's name in the language of the reader, by code. */
	Map<String, String> names(UUID organisationId, Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		for (LifeDomain domain : of(organisationId)) {
			names.put(domain.code(), name(domain, locale));
		}
		return names;
	}

	String defaultName(String nameKey, String code, Locale locale) {
		return messages.getMessage(nameKey, null, code, locale);
	}

	private String name(LifeDomain domain, Locale locale) {
		if (domain.nameKey() != null) {
			return messages.getMessage(domain.nameKey(), null, domain.code(), locale);
		}
		String own = "nl".equals(locale.getLanguage()) ? domain.nameNl() : domain.nameEn();
		return own != null ? own : domain.code();
	}
}
