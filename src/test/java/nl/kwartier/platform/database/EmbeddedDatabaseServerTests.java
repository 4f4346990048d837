package nl.kwartier.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server as Kwartier runs it for real, on a data directory that is kept. */
class EmbeddedDatabaseServerTests {

	@TempDir
	Path data;

	@Test
	void aConfirmedSaveIsOnDiskAndOnlyTheOwnerOfThePasswordGetsIn() throws Exception {
		Path directory = data.resolve("postgres");
		try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(new EmbeddedDatabaseSettings(directory, 0, true))) {
			try (Connection connection = connect(server, server.password())) {
				assertThat(setting(connection, "fsync")).isEqualTo("on");
				assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
				assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
				assertThat(setting(connection, "listen_addresses")).isEqualTo("127.0.0.1");
			}
			Path passwordFile = data.resolve("postgres.password");
			assertThat(Files.readString(passwordFile).strip()).isEqualTo(server.password()).hasSizeGreaterThan(40);
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
			assertThat(Files.readString(data.resolve("postgres.port")).strip()).isEqualTo(Integer.toString(server.port()));
			assertThat(Files.readAllLines(directory.resolve("pg_hba.conf")).stream()
				.filter(line -> !line.isBlank() && !line.startsWith("#")))
				.containsExactly("host    all       all   127.0.0.1/32  scram-sha-256");
			assertThatThrownBy(() -> connect(server, "")).isInstanceOf(SQLException.class);
			assertThatThrownBy(() -> connect(server, "a-guess")).isInstanceOf(SQLException.class);
		}
	}

	@Test
	void theNextStartUsesTheSamePasswordAndPort() {
		Path directory = data.resolve("postgres");
		String password;
		int port;
		try (EmbeddedDatabaseServer first = EmbeddedDatabaseServer.start(new EmbeddedDatabaseSettings(directory, 0, true))) {
			password = first.password();
			port = first.port();
		}
		try (EmbeddedDatabaseServer second = EmbeddedDatabaseServer.start(new EmbeddedDatabaseSettings(directory, 0, true))) {
			assertThat(second.password()).isEqualTo(password);
			assertThat(second.port()).isEqualTo(port);
		}
	}

	@Test
	void aDataDirectoryOfAnOlderKwartierThatTrustedEveryLocalUserGetsAPassword() throws Exception {
		Path directory = data.resolve("postgres");
		Files.createDirectories(directory);
		try (EmbeddedPostgres old = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start()) {
			try (Connection connection = old.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE kept (id int)");
				statement.execute("INSERT INTO kept VALUES (7)");
			}
		}

		try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(new EmbeddedDatabaseSettings(directory, 0, true))) {
			assertThatThrownBy(() -> connect(server, "")).isInstanceOf(SQLException.class);
			try (Connection connection = connect(server, server.password()); Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT id FROM kept")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getInt(1)).isEqualTo(7);
			}
			assertThat(Files.readString(directory.resolve("pg_hba.conf"))).doesNotContain("trust");
		}
	}

	@Test
	void whenTheServerIsKilledKwartierReportsItDownAndStartsItAgainWithEveryCommittedRow() throws Exception {
		Path directory = data.resolve("postgres");
		try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(new EmbeddedDatabaseSettings(directory, 0, true))) {
			try (Connection connection = connect(server, server.password()); Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE saved (id int)");
				for (int i = 0; i < 100; i++) {
					statement.execute("INSERT INTO saved VALUES (" + i + ")");
				}
			}
			long pid = PostmasterPidFile.in(directory).orElseThrow().pid();

			new ProcessBuilder("kill", "-9", Long.toString(pid)).start().waitFor();

			assertThat(within(Duration.ofSeconds(5), () -> !server.isAvailable())).isTrue();
			assertThat(within(Duration.ofSeconds(60), server::isAvailable)).isTrue();
			assertThat(PostmasterPidFile.in(directory).orElseThrow().pid()).isNotEqualTo(pid);
			try (Connection connection = connect(server, server.password()); Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT count(*) FROM saved")) {
				rows.next();
				assertThat(rows.getInt(1)).isEqualTo(100);
			}
		}
	}

	@Test
	void theThrowawayServerOfTheTestsMaySkipTheDisk() throws Exception {
		try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(new EmbeddedDatabaseSettings(null, 0, false));
				Connection connection = connect(server, server.password())) {
			assertThat(setting(connection, "fsync")).isEqualTo("off");
			assertThat(setting(connection, "synchronous_commit")).isEqualTo("off");
		}
	}

	private static Connection connect(EmbeddedDatabaseServer server, String password) throws SQLException {
		return DriverManager.getConnection(server.jdbcUrl(), EmbeddedDatabaseServer.USER, password);
	}

	private static String setting(Connection connection, String name) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SHOW " + name)) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static boolean within(Duration timeout, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (condition.getAsBoolean()) {
				return true;
			}
			Thread.sleep(100);
		}
		return condition.getAsBoolean();
	}
}
