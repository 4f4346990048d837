package nl.kwartier.clients.registration;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.kwartier.audit.AuditAction;
import nl.kwartier.audit.AuditLog;
import nl.kwartier.audit.AuditOutcome;
import nl.kwartier.audit.AuditRecord;
import nl.kwartier.clients.matching.FirstTalkRule;
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

	public record Saved(UUID clientId, UUID referralId) {
	}

	private final Registrations registrations;

	private final CurrentUser currentUser;

	private final AuditLog log;

	RegistrationService(Registrations registrations, CurrentUser currentUser, AuditLog log) {
		this.registrations = registrations;
		this.currentUser = currentUser;
		this.log = log;
	}

	/** Clients who may be this person; showing them to the worker is logged per client. */
	public List<PossibleMatch> possibleMatches(Registrations.Valid registration) {
		List<PossibleMatch> matches = registrations.possibleMatches(me().organisationId(), registration.givenName(),
				registration.namePrefix(), registration.familyName(), registration.dateOfBirth(),
				registration.place().pc4());
		matches.forEach(match -> log.record(new AuditRecord(AuditAction.SEARCH, match.clientId(), "Client",
				match.clientId().toString(), AuditOutcome.SUCCESS, "possible duplicate shown at registration")));
		return matches;
	}

	/**
	 * @param existingClient the client this registration is about, when the worker recognised him
	 * @param confirmedDistinct possible matches the worker said are someone else
	 */
	@Transactional
	public Saved save(Registrations.Valid registration, @Nullable UUID existingClient,
			Collection<UUID> confirmedDistinct) {
		SignedInUser me = me();
		UUID clientId = existingClient;
		if (clientId == null) {
			clientId = registrations.createClient(me.organisationId(), me.teamId(), registration, me.id());
			log.record(AuditRecord.change(AuditAction.CREATE, clientId, "Client", clientId));
		}
		FirstTalkRule.Suggestion suggestion = FirstTalkRule.suggest(registration.struggles(),
				registration.practicalQuestion());
		UUID referralId = registrations.createReferral(me.organisationId(), me.teamId(), clientId, registration,
				confirmedDistinct, suggestion.firstTalk().name(), me.id());
		log.record(AuditRecord.change(AuditAction.CREATE, clientId, "Referral", referralId));
		return new Saved(clientId, referralId);
	}

	private SignedInUser me() {
		return currentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
	}
}
