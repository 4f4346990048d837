package nl.kwartier.platform.database;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Where and how the embedded server runs.
 *
 * @param dataDirectory the data directory, or null for a throwaway server in a temporary directory (tests)
 * @param port the port on 127.0.0.1, or 0 to choose one at the first start and keep it
 * @param durable whether a confirmed save is on disk (fsync, synchronous_commit, full_page_writes); only a
 * throwaway server for tests may go without
 */
public record EmbeddedDatabaseSettings(@Nullable Path dataDirectory, int port, boolean durable) {

	public EmbeddedDatabaseSettings {
		dataDirectory = dataDirectory == null ? null : dataDirectory.toAbsolutePath().normalize();
	}

	static EmbeddedDatabaseSettings of(String dataDirectory, int port, boolean durable) {
		return new EmbeddedDatabaseSettings(dataDirectory.isBlank() ? null : Path.of(dataDirectory), port, durable);
	}

	boolean throwaway() {
		return dataDirectory == null;
	}

	/** Beside the data directory: data/postgres.password for data/postgres. */
	Path passwordFile() {
		return beside("postgres.password");
	}

	Path portFile() {
		return beside("postgres.port");
	}

	Path logFile() {
		return beside("postgres.log");
	}

	private Path beside(String name) {
		return dataDirectory.resolveSibling(name);
	}
}
