package nl.kwartier.identity;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something security-relevant that happened in identity. The audit log records every one of
 * them; identity itself does not know the log.
 */
public sealed interface SecurityEvent {

	Instant occurredAt();

	/** The user who acted, if known. */
	@Nullable
	UUID actorId();

	@Nullable
	String actorUsername();

	@Nullable
	String address();

	/** A password (and, where required, a second factor) was accepted. */
	record LoginSucceeded(Instant occurredAt, UUID actorId, String actorUsername, String address)
			implements SecurityEvent {
	}

	/**
	 * A login was refused. The account is named only when it exists, so the log holds no typed
	 * passwords or guesses.
	 */
	record LoginFailed(Instant occurredAt, @Nullable UUID actorId, @Nullable String actorUsername, String address,
			LoginFailure reason) implements SecurityEvent {
	}

	record LoggedOut(Instant occurredAt, UUID actorId, String actorUsername, String address) implements SecurityEvent {
	}

	/** A signed-in user tried something his permissions do not allow. */
	record AccessRefused(Instant occurredAt, @Nullable UUID actorId, @Nullable String actorUsername, String address,
			String resource) implements SecurityEvent {
	}

	/** A user changed something of his own account (second factor, password, language). */
	record AccountChanged(Instant occurredAt, UUID actorId, String actorUsername, String address,
			AccountChange change) implements SecurityEvent {
	}

	/** An administrator looked at or changed a user's account. */
	record UserAdministered(Instant occurredAt, UUID actorId, String actorUsername, String address, UUID subjectId,
			String subjectUsername, Administration what) implements SecurityEvent {
	}

	enum LoginFailure {
		BAD_CREDENTIALS, BAD_SECOND_FACTOR, THROTTLED, DEACTIVATED
	}

	enum AccountChange {
		SECOND_FACTOR_ENROLLED, RECOVERY_CODE_USED, PASSWORD_CHANGED
	}

	enum Administration {
		VIEWED, CREATED, CHANGED, DEACTIVATED, REACTIVATED, SECOND_FACTOR_RESET, PASSWORD_RESET
	}
}
