package nl.kwartier.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The password of the embedded server's {@code postgres} account: 256 random bits, made at the first start and
 * kept in a file that only the owner may read, so an operator can connect with psql and nobody else on the
 * machine can.
 */
final class PostgresPassword {

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private PostgresPassword() {
	}

	static String generate() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String read(Path file) {
		try {
			String password = Files.readString(file, StandardCharsets.UTF_8).strip();
			if (password.isEmpty()) {
				throw new IllegalStateException("The password file " + file + " is empty");
			}
			ownerOnly(file);
			return password;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read the database password from " + file, e);
		}
	}

	/** Writes a new file readable only by its owner; the file is never readable by others, not even briefly. */
	static void write(Path file, String password) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			try {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
			}
			catch (FileAlreadyExistsException e) {
				ownerOnly(file);
			}
			Files.writeString(file, password + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not write the database password to " + file, e);
		}
	}

	private static void ownerOnly(Path file) throws IOException {
		if (!OWNER_ONLY.equals(Files.getPosixFilePermissions(file))) {
			Files.setPosixFilePermissions(file, OWNER_ONLY);
		}
	}
}
