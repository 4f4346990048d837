package nl.kwartier.platform.database;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * SIGTERM stops Kwartier within 30 seconds, whatever still waits: a graceful shutdown first (requests in progress
 * may finish, see server.shutdown), and if that is not done after 25 seconds, for example because a component
 * waits for a database that is gone, the process stops anyway. The embedded server's watchdog then stops the
 * database; every confirmed save is already on disk.
 */
@Component
class ShutdownDeadline {

	static final Duration DEADLINE = Duration.ofSeconds(25);

	private static final Logger log = LoggerFactory.getLogger(ShutdownDeadline.class);

	private static final AtomicBoolean registered = new AtomicBoolean();

	ShutdownDeadline() {
		if (registered.compareAndSet(false, true)) {
			Runtime.getRuntime().addShutdownHook(new Thread(ShutdownDeadline::arm, "shutdown-deadline-arm"));
		}
	}

	private static void arm() {
		Thread deadline = new Thread(() -> {
			try {
				Thread.sleep(DEADLINE);
			}
			catch (InterruptedException e) {
				return;
			}
			log.error("Kwartier did not stop within {} seconds; stopping now", DEADLINE.toSeconds());
			Runtime.getRuntime().halt(1);
		}, "shutdown-deadline");
		deadline.setDaemon(true);
		deadline.start();
	}
}
