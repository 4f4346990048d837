package nl.kwartier.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The session store must never fail a request because another request of the same session (a
 * second tab, a double click) saved at the same moment. The stock queries insert a new attribute
 * plainly, so two requests that both add one (the flash message after a save) collide on the
 * primary key, and an attribute the other request removed is not written back. Here both
 * writes are upserts, and neither writes into a session that was ended meanwhile (logout).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	/** Parameters as the repository binds them: session id, attribute name, bytes. */
	static final String CREATE_ATTRIBUTE = """
			INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			SELECT s.PRIMARY_ID, a.name, a.bytes
			FROM (VALUES (?, ?, ?)) AS a (id, name, bytes)
			JOIN %TABLE_NAME% s ON s.PRIMARY_ID = CAST(a.id AS CHAR(36))
			ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
			""";

	/** Parameters as the repository binds them: bytes, session id, attribute name. */
	static final String UPDATE_ATTRIBUTE = """
			INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			SELECT s.PRIMARY_ID, a.name, a.bytes
			FROM (VALUES (?, ?, ?)) AS a (bytes, id, name)
			JOIN %TABLE_NAME% s ON s.PRIMARY_ID = CAST(a.id AS CHAR(36))
			ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> concurrentRequestsOfOneSession() {
		return repository -> {
			repository.setCreateSessionAttributeQuery(CREATE_ATTRIBUTE);
			repository.setUpdateSessionAttributeQuery(UPDATE_ATTRIBUTE);
		};
	}
}
