package nl.kwartier.clients.registration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.kwartier.audit.AuditAction;
import nl.kwartier.audit.AuditLog;
import nl.kwartier.audit.AuditOutcome;
import nl.kwartier.audit.AuditRecord;
import nl.kwartier.clients.ClientAccess;
import nl.kwartier.clients.matching.FirstTalkRule;
import nl.kwartier.clients.registration.RegistrationStatus;
import nl.kwartier.identity.CurrentUser;
import nl.kwartier.identity.Permission;
import nl.kwartier.identity.RequiresPermission;
import nl.kwartier.identity.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers clients: no silent duplicates (possible matches are shown and the worker decides) and
 * no silent merges (a registration joins an existing client only when the worker says so).
 */
@Service
@RequiresPermission(Permission.REGISTER_CLIENTS)
public class RegistrationService {

	/** How a saved registration goes on. */
	public enum Outcome {
		/** A new client; the team decides who holds the first conversation. */
		NEW_CLIENT,
		/** Joined a client the worker recognised. */
		LINKED,
		/** May be a client the worker may not open: a coordinator who may open him checks first. */
		TO_BE_CHECKED
	}

	public record Saved(UUID clientId, UUID registrationId, Outcome outcome) {
	}

	/**
	 * The duplicate check as the worker may see it.
	 * @param recognisable possible matches the worker may open: shown with name, date of birth and place
	 * @param elsewhere possible matches he may not open: never shown, only that there are some
	 */
	public record DuplicateCheck(List<PossibleMatch> recognisable, List<PossibleMatch> elsewhere) {

		public boolean anyElsewhere() {
			return !elsewhere.isEmpty();
		}
	}

	private final Registrations registrations;

	private final CurrentUser currentUser;

	private final AuditLog log;

	private final ClientAccess access;

	RegistrationService(Registrations registrations, CurrentUser currentUser, AuditLog log, ClientAccess access) {
		this.access = access;
		this.registrations = registrations;
		this.currentUser = currentUser;
		this.log = log;
	}

	/**
	 * Clients who may be this person, split by whether the worker may open them: only those he may
	 * open are shown (and logged as shown); of the others he learns only that there are some (each
	 * hit is logged too, as not shown), so the duplicate check discloses nobody outside his reach.
	 */
	public DuplicateCheck possibleMatches(Registrations.Valid registration) {
		SignedInUser me = me();
		List<PossibleMatch> recognisable = new ArrayList<>();
		List<PossibleMatch> elsewhere = new ArrayList<>();
		for (PossibleMatch match : registrations.possibleMatches(me.organisationId(), registration.givenName(),
				registration.namePrefix(), registration.familyName(), registration.dateOfBirth(),
				registration.place().pc4())) {
			boolean mayOpen = access.mayWorkWith(me, match.clientId());
			(mayOpen ? recognisable : elsewhere).add(match);
			log.record(new AuditRecord(AuditAction.SEARCH, match.clientId(), "Client", match.clientId().toString(),
					AuditOutcome.SUCCESS, mayOpen ? "possible duplicate shown at registration"
							: "possible duplicate found at registration, not shown (outside the worker's reach)"));
		}
		elsewhere.sort(Comparator.comparingInt(PossibleMatch::strength).reversed());
		return new DuplicateCheck(List.copyOf(recognisable), List.copyOf(elsewhere));
	}

	/**
	 * @param existingClient the client this registration is about, when the worker recognised him
	 *     among the possible matches he may open
	 * @param check the duplicate check the worker saw: the recognisable matches he did not choose are
	 *     someone else; matches elsewhere send the registration to a coordinator who may open them
	 */
	@Transactional
	public Saved save(Registrations.Valid registration, @Nullable UUID existingClient, DuplicateCheck check) {
		SignedInUser me = me();
		List<UUID> confirmedDistinct = existingClient != null ? List.of()
				: check.recognisable().stream().map(PossibleMatch::clientId).toList();
		FirstTalkRule.Suggestion suggestion = FirstTalkRule.suggest(registration.struggles(),
				registration.practicalQuestion());
		if (existingClient != null) {
			if (!access.mayWorkWith(me, existingClient)) {
				throw new AccessDeniedException("only a client the worker may open is linked by him");
			}
			UUID registrationId = registrations.create(me.organisationId(), me.teamId(), existingClient,
					registration, confirmedDistinct, suggestion.firstTalk().name(), me.id());
			log.record(AuditRecord.change(AuditAction.CREATE, existingClient, "Registration", registrationId));
			return new Saved(existingClient, registrationId, Outcome.LINKED);
		}
		List<PossibleMatch> elsewhere = check.elsewhere();
		UUID clientId = registrations.createClient(me.organisationId(), me.teamId(), registration, me.id());
		log.record(AuditRecord.change(AuditAction.CREATE, clientId, "Client", clientId));
		UUID registrationId;
		Outcome outcome;
		if (elsewhere.isEmpty()) {
			registrationId = registrations.create(me.organisationId(), me.teamId(), clientId, registration,
					confirmedDistinct, suggestion.firstTalk().name(), me.id());
			outcome = Outcome.NEW_CLIENT;
		}
		else {
			// To the team of the likeliest match, whose coordinator may open him.
			registrationId = registrations.create(me.organisationId(), elsewhere.getFirst().teamId(), clientId,
					registration, confirmedDistinct, suggestion.firstTalk().name(), RegistrationStatus.POSSIBLE_MATCH,
					me.id());
			outcome = Outcome.TO_BE_CHECKED;
		}
		log.record(AuditRecord.change(AuditAction.CREATE, clientId, "Registration", registrationId));
		return new Saved(clientId, registrationId, outcome);
	}

	private SignedInUser me() {
		return currentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
	}
}
