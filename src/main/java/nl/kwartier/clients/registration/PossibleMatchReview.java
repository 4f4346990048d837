package nl.kwartier.clients.registration;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kwartier.audit.AuditAction;
import nl.kwartier.audit.AuditLog;
import nl.kwartier.audit.AuditOutcome;
import nl.kwartier.audit.AuditRecord;
import nl.kwartier.clients.ClientAccess;
import nl.kwartier.identity.CurrentUser;
import nl.kwartier.identity.Permission;
import nl.kwartier.identity.RequiresPermission;
import nl.kwartier.identity.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator decides whether a registration marked as a possible match is about a client he
 * may open. Only a coordinator who may open one of the possible matches sees the registration's
 * question at all: the worker who registered it could not, and her own coordinator may not either.
 */
@Service
@RequiresPermission(Permission.COORDINATE_TEAM)
public class PossibleMatchReview {

	/** The registration and the existing clients this coordinator may open that may be the same person. */
	public record Review(Registrations.UnderReview registration, List<PossibleMatch> candidates) {
	}

	private final Registrations registrations;
	private final RegistrationRepository repository;

	private final ClientAccess access;

	private final CurrentUser currentUser;

	private final AuditLog log;

	PossibleMatchReview(Registrations registrations, RegistrationRepository repository, ClientAccess access,
			CurrentUser currentUser, AuditLog log) {
		this.registrations = registrations;
		this.repository = repository;
		this.access = access;
		this.currentUser = currentUser;
		this.log = log;
	}

	/**
	 * The review, if the registration waits for it in this coordinator's organisation and team;
	 * refused (and logged) when he may open none of the possible matches.
	 */
	public Optional<Review> review(UUID registrationId) {
		SignedInUser me = me();
		Optional<Registrations.UnderReview> found = registrations.underReview(registrationId)
			.filter(r -> r.organisationId().equals(me.organisationId())
					&& (me.teamId() == null || Objects.equals(me.teamId(), r.teamId())));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Registrations.UnderReview registration = found.get();
		List<PossibleMatch> candidates = candidates(registration, me);
		if (candidates.isEmpty()) {
			log.record(new AuditRecord(AuditAction.ACCESS_REFUSED, registration.provisionalClientId(), "Registration",
					registrationId.toString(), AuditOutcome.REFUSED, "may open none of the possible matches"));
			throw new AccessDeniedException("may open none of the possible matches");
		}
		log.record(AuditRecord.read(registration.provisionalClientId(), "Registration", registrationId));
		candidates.forEach(match -> log.record(new AuditRecord(AuditAction.SEARCH, match.clientId(), "Client",
				match.clientId().toString(), AuditOutcome.SUCCESS, "possible duplicate shown to the coordinator")));
		return Optional.of(new Review(registration, candidates));
	}

	/** Same person: the registration joins the existing client and waits in his team for the first-talk decision. */
	@Transactional
	public boolean samePerson(Review review, PossibleMatch existing) {
		SignedInUser me = me();
		Registrations.UnderReview registration = review.registration();
		if (!access.mayWorkWith(me, existing.clientId())) {
			throw new AccessDeniedException("no reason to see this client");
		}
		Registration changed = loadedAsReviewed(registration);
		if (changed == null) {
			return false;
		}
		changed.isAbout(existing.clientId(), existing.teamId(), me.id());
		if (!repository.save(changed)) {
			return false;
		}
		registrations.removeProvisionalClient(registration.provisionalClientId());
		log.record(new AuditRecord(AuditAction.VOID, registration.provisionalClientId(), "Client",
				registration.provisionalClientId().toString(), AuditOutcome.SUCCESS,
				"registration was about a known client: joined " + existing.clientId()));
		log.record(AuditRecord.change(AuditAction.CHANGE, existing.clientId(), "Registration", registration.registrationId()));
		return true;
	}

	/** Someone else: the registration waits in the registering worker's team, and is not asked about again. */
	@Transactional
	public boolean someoneElse(Review review) {
		Registrations.UnderReview registration = review.registration();
		Set<UUID> distinct = new LinkedHashSet<>(registration.confirmedDistinct());
		review.candidates().forEach(c -> distinct.add(c.clientId()));
		Registration changed = loadedAsReviewed(registration);
		if (changed == null) {
			return false;
		}
		changed.isAboutSomeoneElse(registration.registeringTeamId(), distinct, me().id());
		if (!repository.save(changed)) {
			return false;
		}
		log.record(AuditRecord.change(AuditAction.CHANGE, registration.provisionalClientId(), "Registration",
				registration.registrationId()));
		return true;
	}

	/** The registration as the coordinator reviewed it; null when it was changed or decided since. */
	private @Nullable Registration loadedAsReviewed(Registrations.UnderReview reviewed) {
		return repository.find(reviewed.registrationId())
			.filter(r -> r.version() == reviewed.version() && r.status() == RegistrationStatus.POSSIBLE_MATCH)
			.orElse(null);
	}

	private List<PossibleMatch> candidates(Registrations.UnderReview registration, SignedInUser me) {
		List<PossibleMatch> candidates = new ArrayList<>();
		for (PossibleMatch match : registrations.possibleMatches(registration.organisationId(), registration.givenName(),
				registration.namePrefix(), registration.familyName(), registration.dateOfBirth(),
				registration.pc4() == null ? "" : registration.pc4())) {
			if (!match.clientId().equals(registration.provisionalClientId())
					&& !registration.confirmedDistinct().contains(match.clientId()) && access.mayWorkWith(me, match.clientId())) {
				candidates.add(match);
			}
		}
		return candidates;
	}

	private SignedInUser me() {
		return currentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
	}
}
