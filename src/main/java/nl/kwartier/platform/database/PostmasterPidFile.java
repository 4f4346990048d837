package nl.kwartier.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What PostgreSQL's {@code postmaster.pid} in a data directory says: the server's process id (line 1), its port
 * (line 4) and its shared memory segment (line 7). The file stays behind when the server is killed.
 */
record PostmasterPidFile(long pid, int port, OptionalLong sharedMemoryId) {

	static Optional<PostmasterPidFile> in(Path dataDirectory) {
		try {
			List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
			if (lines.size() < 4 || lines.get(0).isBlank()) {
				return Optional.empty();
			}
			long pid = Long.parseLong(lines.get(0).strip());
			int port = Integer.parseInt(lines.get(3).strip());
			OptionalLong shm = OptionalLong.empty();
			if (lines.size() >= 7) {
				String[] parts = lines.get(6).strip().split("\\s+");
				if (parts.length == 2) {
					shm = OptionalLong.of(Long.parseLong(parts[1]));
				}
			}
			return Optional.of(new PostmasterPidFile(pid, port, shm));
		}
		catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	Optional<ProcessHandle> liveProcess() {
		return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
	}

	/**
	 * Whether processes of an earlier server (its connection processes outlive a killed postmaster for a moment)
	 * still hold its shared memory; a new server refuses to start until they are gone.
	 */
	boolean sharedMemoryInUse() {
		if (sharedMemoryId.isEmpty()) {
			return false;
		}
		try {
			// key shmid perms size cpid lpid nattch ...
			for (String line : Files.readAllLines(Path.of("/proc/sysvipc/shm"))) {
				String[] fields = line.strip().split("\\s+");
				if (fields.length > 6 && fields[1].equals(Long.toString(sharedMemoryId.getAsLong()))) {
					return !fields[6].equals("0");
				}
			}
			return false;
		}
		catch (IOException | RuntimeException e) {
			return false;
		}
	}
}
