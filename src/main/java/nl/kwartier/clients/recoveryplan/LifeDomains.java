package nl.kwartier.clients.recoveryplan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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

	/** Each domain's name in the language of the reader, by code. */
	Map<String, String> names(UUID organisationId, Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		for (LifeDomain domain : of(organisationId)) {
			names.put(domain.code(), name(domain, locale));
		}
		return names;
	}

	private String name(LifeDomain domain, Locale locale) {
		if (domain.nameKey() != null) {
			return messages.getMessage(domain.nameKey(), null, domain.code(), locale);
		}
		String own = "nl".equals(locale.getLanguage()) ? domain.nameNl() : domain.nameEn();
		return own != null ? own : domain.code();
	}
}
