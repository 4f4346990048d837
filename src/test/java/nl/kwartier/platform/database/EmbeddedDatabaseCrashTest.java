package nl.kwartier.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.kwartier.support.CookieJar;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Kwartier as a separate process, as an operator runs it ({@code java -jar}), on its own data directory: a worker
 * saves contacts without pause while first the database server and then Kwartier itself are killed (kill -9).
 * Every save that Kwartier confirmed is there afterwards, with its audit entry, and Kwartier is up again within a
 * minute each time. Runs in {@code ./mvnw verify} (failsafe, after the jar is built).
 */
@Timeout(value = 8, unit = java.util.concurrent.TimeUnit.MINUTES)
class EmbeddedDatabaseCrashTest {

	private static final String WORKER = "demo-ervaringsdeskundige";

	private static final String PASSWORD = "Demo-wachtwoord-Kwartier";

	private static final String TOTP_SECRET = "KWARTIERDEMOGEHEIMVOORNIEUWKOMER";

	private static final Duration FIRST_START = Duration.ofMinutes(3);

	private static final Duration BACK_UP = Duration.ofSeconds(60);

	private static final Pattern CLIENT_LINK = Pattern.compile("/clients/([0-9a-f-]{36})");

	private Path home;

	private Path dataDirectory;

	private int port;

	private final List<Process> started = new ArrayList<>();

	@BeforeEach
	void prepare() throws IOException {
		home = Files.createTempDirectory("kwartier-crash-test");
		dataDirectory = home.resolve("data").resolve("postgres");
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
	}

	@AfterEach
	void cleanUp() throws Exception {
		for (Process process : started) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
		}
		for (ProcessHandle leftover : processesOfThisTest()) {
			leftover.destroyForcibly();
		}
		if (!Boolean.getBoolean("kwartier.crash-test.keep")) {
			try (Stream<Path> files = Files.walk(home)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	@Test
	void noConfirmedSaveIsLostWhenTheDatabaseOrKwartierIsKilledAndKwartierComesBackWithinAMinute() throws Exception {
		Process kwartier = start();
		Duration firstStart = awaitUp(FIRST_START);
		Worker worker = new Worker();
		worker.logIn();
		Saving saving = new Saving(worker);
		saving.start();

		// 1. The database server dies under a running Kwartier.
		saving.awaitMore(20);
		int confirmedBeforeDatabaseKill = saving.confirmed.size();
		long postmaster = PostmasterPidFile.in(dataDirectory).orElseThrow().pid();
		Instant databaseKilled = Instant.now();
		kill(postmaster);
		Duration toDown = awaitHealth(503, Duration.ofSeconds(5));
		HttpResponse<String> page = worker.get("/clients/" + worker.clientId + "/contacts");
		Duration pageAnswered = Duration.between(databaseKilled, Instant.now());
		Duration databaseBackUp = awaitUp(BACK_UP);
		Duration databaseBackUpSinceKill = Duration.between(databaseKilled, Instant.now());
		assertThat(PostmasterPidFile.in(dataDirectory).orElseThrow().pid()).isNotEqualTo(postmaster);
		saving.awaitMore(20);
		int confirmedAfterDatabaseKill = saving.confirmed.size();

		// 2. Kwartier itself is killed, and with it the watchdog of its server: the server is left running.
		long leftover = PostmasterPidFile.in(dataDirectory).orElseThrow().pid();
		kwartier.descendants().filter(p -> p.info().commandLine().orElse("").contains("kwartier-postgres-watchdog"))
			.forEach(ProcessHandle::destroyForcibly);
		Instant kwartierKilled = Instant.now();
		kill(kwartier.pid());
		kwartier.waitFor();
		saving.stop();
		assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive)).as("the server left running").contains(true);
		kwartier = start();
		Duration kwartierBackUp = awaitUp(BACK_UP);
		Duration kwartierBackUpSinceKill = Duration.between(kwartierKilled, Instant.now());
		assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive).orElse(false)).isFalse();

		Set<String> confirmed = Set.copyOf(saving.confirmed);
		Found found = foundInTheDatabase(confirmed);

		// 3. Kwartier is killed once more: its watchdog stops the server within a minute.
		long postmasterOfKilled = PostmasterPidFile.in(dataDirectory).orElseThrow().pid();
		kill(kwartier.pid());
		kwartier.waitFor();
		Instant killedAgain = Instant.now();
		assertThat(within(Duration.ofSeconds(60), () -> ProcessHandle.of(postmasterOfKilled).isEmpty()
				|| !ProcessHandle.of(postmasterOfKilled).get().isAlive())).as("the watchdog stops the server").isTrue();
		Duration leftoverStopped = Duration.between(killedAgain, Instant.now());

		System.out.printf(Locale.ROOT, """
				Crash test figures
				  first start (with demo data): %d s
				  saves confirmed before the database was killed: %d; after its restart: %d; in all: %d
				  health DOWN %d ms after kill -9 of postgres; a page answered %d in %d ms
				  UP again after kill -9 of postgres: %d s (%d s since the kill)
				  UP again after kill -9 of Kwartier with its server left running: %d s (%d s since the kill)
				  confirmed saves found: %d of %d, with their CREATE audit entry: %d; save attempts refused or failed: %d
				  leftover server stopped by the watchdog %d s after kill -9 of Kwartier
				""", firstStart.toSeconds(), confirmedBeforeDatabaseKill, confirmedAfterDatabaseKill - confirmedBeforeDatabaseKill,
				confirmed.size(), toDown.toMillis(), page.statusCode(), pageAnswered.toMillis(), databaseBackUp.toSeconds(),
				databaseBackUpSinceKill.toSeconds(), kwartierBackUp.toSeconds(), kwartierBackUpSinceKill.toSeconds(),
				found.contacts, confirmed.size(), found.withAuditEntry, saving.failed.get(), leftoverStopped.toSeconds());

		assertThat(page.statusCode()).as("a page while the database is down").isIn(503, 200);
		if (page.statusCode() == 503) {
			assertThat(page.body()).contains("Tijdelijk niet beschikbaar");
			assertThat(pageAnswered).isLessThan(Duration.ofSeconds(5));
		}
		assertThat(toDown).isLessThan(Duration.ofSeconds(5));
		assertThat(databaseBackUpSinceKill).isLessThan(BACK_UP);
		assertThat(kwartierBackUp).isLessThan(BACK_UP);
		assertThat(confirmed).hasSizeGreaterThanOrEqualTo(40);
		assertThat(found.contacts).as("confirmed saves found").isEqualTo(confirmed.size());
		assertThat(found.withAuditEntry).as("confirmed saves with their audit entry").isEqualTo(confirmed.size());
		assertThat(within(Duration.ofSeconds(10), () -> processesOfThisTest().isEmpty()))
			.as("no process of this test left: %s", processesOfThisTest()).isTrue();
	}

	private record Found(int contacts, int withAuditEntry) {
	}

	private Found foundInTheDatabase(Set<String> notes) throws Exception {
		String password = Files.readString(home.resolve("data").resolve("postgres.password")).strip();
		int databasePort = Integer.parseInt(Files.readString(home.resolve("data").resolve("postgres.port")).strip());
		int contacts = 0;
		int audited = 0;
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + databasePort + "/postgres",
				"postgres", password);
				PreparedStatement query = connection.prepareStatement("""
						SELECT c.id, EXISTS (SELECT 1 FROM audit_entry a WHERE a.action = 'CREATE' AND a.object_type = 'Contact'
						                     AND a.object_id = c.id::text) AS audited
						FROM contact c WHERE c.note = ?""")) {
			for (String note : notes) {
				query.setString(1, note);
				try (ResultSet rows = query.executeQuery()) {
					if (rows.next()) {
						contacts++;
						if (rows.getBoolean("audited")) {
							audited++;
						}
					}
				}
			}
		}
		return new Found(contacts, audited);
	}

	private Process start() throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-jar", jar().toAbsolutePath().toString(),
				"--server.port=" + port, "--kwartier.embedded-db.data-directory=" + dataDirectory);
		builder.environment().put("KWARTIER_LOG_FORMAT", "");
		Process process = builder.directory(home.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("kwartier.log").toFile()))
			.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
			.start();
		started.add(process);
		return process;
	}

	private static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(p -> p.getFileName().toString().matches("kwartier-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("Build the jar first: ./mvnw package"));
		}
	}

	/** Processes that still use this test's directory: servers, watchdogs, Kwartiers. */
	private List<ProcessHandle> processesOfThisTest() {
		String marker = home.toString();
		return ProcessHandle.allProcesses()
			.filter(p -> p.pid() != ProcessHandle.current().pid())
			.filter(p -> p.info().commandLine().orElse("").contains(marker))
			.filter(ProcessHandle::isAlive)
			.toList();
	}

	private Duration awaitUp(Duration timeout) throws Exception {
		Instant start = Instant.now();
		Process kwartier = started.get(started.size() - 1);
		if (!within(timeout, () -> health() == 200 || !kwartier.isAlive()) || !kwartier.isAlive()) {
			throw new AssertionError("Kwartier is not UP within " + timeout + "; log:\n" + logTail());
		}
		return Duration.between(start, Instant.now());
	}

	private Duration awaitHealth(int status, Duration timeout) throws Exception {
		Instant start = Instant.now();
		within(timeout.plusSeconds(10), () -> health() == status);
		return Duration.between(start, Instant.now());
	}

	private int health() {
		try {
			HttpResponse<Void> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
					.timeout(Duration.ofSeconds(5))
					.build(), HttpResponse.BodyHandlers.discarding());
			return response.statusCode();
		}
		catch (IOException e) {
			return -1;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private String logTail() throws IOException {
		List<String> lines = Files.readAllLines(home.resolve("kwartier.log"));
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
	}

	private static void kill(long pid) throws Exception {
		new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
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

	/** Saves contacts one after another and keeps the note of every save Kwartier confirmed. */
	private static final class Saving {

		private final Worker worker;

		private final Set<String> confirmed = ConcurrentHashMap.newKeySet();

		private final AtomicInteger failed = new AtomicInteger();

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final Thread thread;

		Saving(Worker worker) {
			this.worker = worker;
			this.thread = new Thread(this::run, "crash-test-saving");
		}

		void start() {
			thread.start();
		}

		void stop() throws InterruptedException {
			running.set(false);
			thread.join(30_000);
		}

		void awaitMore(int saves) throws InterruptedException {
			int target = confirmed.size() + saves;
			if (!within(Duration.ofSeconds(90), () -> confirmed.size() >= target)) {
				throw new AssertionError("Only " + confirmed.size() + " saves confirmed, " + failed.get() + " failed");
			}
		}

		private void run() {
			int n = 0;
			while (running.get()) {
				String note = "Crash test " + Instant.now() + " #" + n++;
				try {
					if (worker.saveContact(note)) {
						confirmed.add(note);
					}
					else {
						failed.incrementAndGet();
						Thread.sleep(200);
					}
				}
				catch (Exception e) {
					failed.incrementAndGet();
					try {
						Thread.sleep(200);
						worker.logInIfNeeded();
					}
					catch (Exception again) {
						// Kwartier is down; the next round tries again
					}
				}
			}
		}
	}

	/** A worker in a browser: cookies, no redirects followed, the CSRF token of the last form. */
	private final class Worker {

		private final HttpClient http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();

		private final CookieJar cookies = new CookieJar();

		private volatile String clientId;

		private volatile String workerId;

		private volatile String csrf;

		void logIn() throws Exception {
			cookies.remove("KWARTIER_SESSION");
			String token = Jsoup.parse(get("/login").body()).select("form input[name=_csrf]").val();
			HttpResponse<String> password = post("/login", Map.of("username", WORKER, "password", PASSWORD, "_csrf", token));
			assertThat(password.headers().firstValue("Location").orElse("")).endsWith("/login/code");
			for (int attempt = 0; attempt < 3; attempt++) {
				String codeToken = Jsoup.parse(get("/login/code").body()).select("form input[name=_csrf]").val();
				HttpResponse<String> code = post("/login/code", Map.of("code", currentCode(), "_csrf", codeToken));
				if (code.statusCode() == 302 && !code.headers().firstValue("Location").orElse("").contains("/login")) {
					break;
				}
				Thread.sleep(Duration.ofSeconds(30 - Instant.now().getEpochSecond() % 30 + 1));
			}
			Matcher link = CLIENT_LINK.matcher(get("/clients").body() + get("/").body());
			assertThat(link.find()).as("the worker sees his client").isTrue();
			clientId = link.group(1);
			Document form = Jsoup.parse(get("/clients/" + clientId + "/contacts/new").body());
			workerId = form.select("input[name=participants]").first().val();
			csrf = form.select("form input[name=_csrf]").val();
		}

		void logInIfNeeded() throws Exception {
			HttpResponse<String> form = get("/clients/" + clientId + "/contacts/new");
			if (form.statusCode() == 302) {
				logIn();
			}
			else if (form.statusCode() == 200) {
				csrf = Jsoup.parse(form.body()).select("form input[name=_csrf]").val();
			}
		}

		/** True when Kwartier confirmed the save: the redirect to the timeline after the POST. */
		boolean saveContact(String note) throws Exception {
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("type", "HOME_VISIT");
			fields.put("date", LocalDate.now().toString());
			fields.put("duration", "30");
			fields.put("participants", workerId);
			fields.put("note", note);
			fields.put("_csrf", csrf);
			HttpResponse<String> response = post("/clients/" + clientId + "/contacts", fields);
			if (response.statusCode() == 403 || (response.statusCode() == 302
					&& response.headers().firstValue("Location").orElse("").contains("/login"))) {
				logInIfNeeded();
				return false;
			}
			return response.statusCode() == 302
					&& response.headers().firstValue("Location").orElse("").endsWith("/clients/" + clientId + "/contacts");
		}

		HttpResponse<String> get(String path) throws Exception {
			return send(request(path).GET());
		}

		private HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
			String body = CookieJar.formEncoded(List.copyOf(fields.entrySet()));
			return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		private HttpRequest.Builder request(String path) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.timeout(Duration.ofSeconds(15))
				.header("Accept", "text/html");
			return cookies.addTo(request);
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
			return cookies.keep(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
		}

		private String currentCode() throws Exception {
			return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(TOTP_SECRET,
					Instant.now().getEpochSecond() / 30);
		}
	}
}
