package nl.kwartier.platform.database;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A tiny shell process beside the embedded server that stops the server (fast shutdown, as
 * {@code pg_ctl stop -m fast} does) within seconds of this Java process dying, for example by kill -9. The
 * server runs detached, so without it a killed Kwartier would leave it running. The watchdog notices that
 * Kwartier is gone because it gets a new parent; it stops only the server it was started for, so a new
 * Kwartier that has already started its own server on the same directory is left alone. It holds no pipe or
 * file of Kwartier open, so it keeps nothing else alive.
 */
final class PostmasterWatchdog implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(PostmasterWatchdog.class);

	private static final String SCRIPT = """
			kwartier=$PPID
			while [ "$(cut -d ' ' -f 4 /proc/$$/stat)" = "$kwartier" ]; do sleep 2; done
			if [ "$(head -n 1 "$2/postmaster.pid" 2>/dev/null)" = "$1" ]; then kill -INT "$1"; fi
			""";

	private final Process process;

	private PostmasterWatchdog(Process process) {
		this.process = process;
	}

	/** Starts a watchdog where the operating system allows it (Linux); elsewhere none. */
	static PostmasterWatchdog watch(long postmasterPid, Path dataDirectory) {
		if (!Files.isReadable(Path.of("/proc/self/stat"))) {
			return new PostmasterWatchdog(null);
		}
		try {
			Process process = new ProcessBuilder("sh", "-c", SCRIPT, "kwartier-postgres-watchdog",
					Long.toString(postmasterPid), dataDirectory.toString())
				.redirectInput(new File("/dev/null"))
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			return new PostmasterWatchdog(process);
		}
		catch (IOException e) {
			log.warn("Could not start the watchdog of the embedded PostgreSQL server: {}", e.getMessage());
			return new PostmasterWatchdog(null);
		}
	}

	@Override
	public void close() {
		if (process != null) {
			process.destroy();
		}
	}
}
