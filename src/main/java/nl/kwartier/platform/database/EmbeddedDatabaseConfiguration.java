package nl.kwartier.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL server inside the application when no {@code spring.datasource.url}
 * is set, so that Kwartier runs on a fresh machine without installing a database. The data
 * directory persists between runs unless it is configured empty (tests use a fresh one).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${kwartier.embedded-db.data-directory:}") String dataDirectory) {
		try {
			// Stopped by the context (destroyMethod), after everything that still uses it on shutdown;
			// its own JVM hook would stop it first, and the shutdown then waits for connections in vain.
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setRegisterShutdownHook(false)
				.setServerConfig("max_connections", "100")
				.setServerConfig("timezone", "UTC");
			if (dataDirectory.isBlank()) {
				builder.setCleanDataDirectory(true);
			}
			else {
				Path directory = Path.of(dataDirectory).toAbsolutePath().normalize();
				Files.createDirectories(directory);
				builder.setDataDirectory(directory).setCleanDataDirectory(false);
			}
			return builder.start();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
		}
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setMaximumPoolSize(10);
		config.setPoolName("kwartier-embedded");
		return new HikariDataSource(config);
	}
}
