package nl.kwartier.clients.registration;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.kwartier.clients.matching.FirstTalk;
import org.jspecify.annotations.Nullable;

/**
 * A registration (aanmelding) of a client, from the moment it is typed until the team decided who
 * holds the first conversation. Its status only moves the ways {@link RegistrationStatus} allows;
 * every other move is refused with {@link IllegalTransition}, so no caller can skip the possible-match
 * check or decide twice. Saved by {@link RegistrationRepository}, which also refuses a change made on
 * a version someone else changed meanwhile.
 */
public final class Registration {

	private final UUID id;
	private final int version;
	private UUID clientId;
	private @Nullable UUID teamId;
	private RegistrationStatus status;
	private List<UUID> confirmedDistinct;
	private @Nullable FirstTalk firstTalk;
	private @Nullable String decisionNote;
	private @Nullable UUID decidedBy;
	private @Nullable Instant decidedAt;
	private @Nullable UUID changedBy;

	Registration(UUID id, int version, UUID clientId, @Nullable UUID teamId, RegistrationStatus status,
			List<UUID> confirmedDistinct, @Nullable FirstTalk firstTalk, @Nullable String decisionNote,
			@Nullable UUID decidedBy, @Nullable Instant decidedAt) {
		this.id = id;
		this.version = version;
		this.clientId = clientId;
		this.teamId = teamId;
		this.status = status;
		this.confirmedDistinct = List.copyOf(confirmedDistinct);
		this.firstTalk = firstTalk;
		this.decisionNote = decisionNote;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
	}

	/** The team decided who holds the first conversation. Only a waiting registration can be decided. */
	public void decide(FirstTalk talk, @Nullable String note, UUID by, Instant at) {
		move(RegistrationStatus.DECIDED);
		this.firstTalk = talk;
		this.decisionNote = note;
		this.decidedBy = by;
		this.decidedAt = at;
		this.changedBy = by;
	}

	/**
	 * A coordinator who may open the existing client says the registration is about him: it joins
	 * that client and waits in his team.
	 */
	public void isAbout(UUID existingClient, @Nullable UUID existingClientsTeam, UUID by) {
		move(RegistrationStatus.WAITING);
		this.clientId = existingClient;
		this.teamId = existingClientsTeam;
		this.changedBy = by;
	}

	/**
	 * A coordinator says the registration is about someone else than the clients shown: it waits in
	 * the registering worker's team, and is not asked about those clients again.
	 */
	public void isAboutSomeoneElse(@Nullable UUID registeringTeam, Collection<UUID> distinctFrom, UUID by) {
		move(RegistrationStatus.WAITING);
		this.teamId = registeringTeam;
		this.confirmedDistinct = List.copyOf(distinctFrom);
		this.changedBy = by;
	}

	private void move(RegistrationStatus target) {
		if (!status.mayBecome(target)) {
			throw new IllegalTransition(id, status, target);
		}
		this.status = target;
	}

	public UUID id() {
		return id;
	}

	public int version() {
		return version;
	}

	public UUID clientId() {
		return clientId;
	}

	public @Nullable UUID teamId() {
		return teamId;
	}

	public RegistrationStatus status() {
		return status;
	}

	public List<UUID> confirmedDistinct() {
		return confirmedDistinct;
	}

	public @Nullable FirstTalk firstTalk() {
		return firstTalk;
	}

	@Nullable String decisionNote() {
		return decisionNote;
	}

	@Nullable UUID decidedBy() {
		return decidedBy;
	}

	@Nullable Instant decidedAt() {
		return decidedAt;
	}

	@Nullable UUID changedBy() {
		return changedBy;
	}

	/** A move the registration's status does not allow, such as deciding twice. */
	public static final class IllegalTransition extends IllegalStateException {

		private final RegistrationStatus from;
		private final RegistrationStatus to;

		IllegalTransition(UUID registration, RegistrationStatus from, RegistrationStatus to) {
			super("registration " + registration + " cannot go from " + from + " to " + to);
			this.from = from;
			this.to = to;
		}

		public RegistrationStatus from() {
			return from;
		}

		public RegistrationStatus to() {
			return to;
		}
	}
}
