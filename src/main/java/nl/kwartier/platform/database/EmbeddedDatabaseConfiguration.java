package nl.kwartier.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Starts a real PostgreSQL server inside the application when no {@code spring.datasource.url}
 * is set, so that Kwartier runs on a fresh machine without installing a database. The data
 * directory persists between runs unless it is configured empty (tests use a fresh one).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedDatabaseServer embeddedDatabaseServer(@Value("${kwartier.embedded-db.data-directory:}") String dataDirectory,
			@Value("${kwartier.embedded-db.port:0}") int port,
			@Value("${kwartier.embedded-db.durable:true}") boolean durable) {
		return EmbeddedDatabaseServer.start(EmbeddedDatabaseSettings.of(dataDirectory, port, durable));
	}

	/**
	 * Fails fast when the server is down: at once while it is known to be down, and otherwise after waiting at
	 * most 2 seconds for a connection, so a request gets the "temporarily unavailable" page within seconds
	 * instead of hanging 30 seconds.
	 */
	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedDatabaseServer server) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(server.jdbcUrl());
		config.setUsername(server.username());
		config.setPassword(server.password());
		config.addDataSourceProperty("connectTimeout", "2");
		config.addDataSourceProperty("tcpKeepAlive", "true");
		config.setConnectionTimeout(2_000);
		config.setValidationTimeout(1_000);
		config.setMaximumPoolSize(10);
		config.setPoolName("kwartier-embedded");
		HikariDataSource dataSource = new HikariDataSource(config);
		server.onRestart(() -> {
			HikariPoolMXBean pool = dataSource.getHikariPoolMXBean();
			if (pool != null) {
				pool.softEvictConnections();
			}
		});
		return new FailFastDataSource(dataSource, server);
	}

	/** The pool, refusing at once while the server is known to be down. */
	static final class FailFastDataSource extends DelegatingDataSource implements AutoCloseable {

		private final HikariDataSource pool;

		private final EmbeddedDatabaseServer server;

		FailFastDataSource(HikariDataSource pool, EmbeddedDatabaseServer server) {
			super(pool);
			this.pool = pool;
			this.server = server;
		}

		@Override
		public Connection getConnection() throws SQLException {
			if (!server.isAvailable()) {
				throw new SQLTransientConnectionException("The embedded database is down; it is being restarted",
						"08001");
			}
			return super.getConnection();
		}

		@Override
		public void close() {
			pool.close();
		}
	}

	/** DOWN at once while the embedded server is known to be down, without waiting for a connection. */
	@Bean
	HealthIndicator dbHealthIndicator(EmbeddedDatabaseServer server, DataSource dataSource) {
		DataSourceHealthIndicator connection = new DataSourceHealthIndicator(dataSource);
		return () -> server.isAvailable() ? connection.health() : Health.down().build();
	}
}
