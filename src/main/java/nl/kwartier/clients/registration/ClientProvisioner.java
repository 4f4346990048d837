package nl.kwartier.clients.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.kwartier.clients.ClientProvisioning;
import nl.kwartier.clients.assignment.Assignments;
import nl.kwartier.clients.matching.FirstTalk;
import nl.kwartier.clients.matching.FirstTalkRule.Struggles;
import nl.kwartier.geography.Regions;
import nl.kwartier.workforce.ProblemArea;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class ClientProvisioner implements ClientProvisioning {

	private final Registrations registrations;

	private final RegistrationRepository repository;

	private final Assignments assignments;

	private final Regions regions;

	private final JdbcClient jdbc;

	private final Clock clock;

	ClientProvisioner(Registrations registrations, RegistrationRepository repository, Assignments assignments,
			Regions regions, JdbcClient jdbc, Clock clock) {
		this.registrations = registrations;
		this.repository = repository;
		this.assignments = assignments;
		this.regions = regions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public UUID provideClient(UUID organisationId, UUID teamId, String givenName, String familyName,
			LocalDate dateOfBirth, String postcode, UUID accountId, UUID peerExpertId) {
		Registrations.Valid registration = new Registrations.Valid(RegistrationSource.SELF, LocalDate.now(clock).minusWeeks(6),
				null, null, givenName, null, familyName, dateOfBirth, null, null, postcode,
				regions.placeOf(postcode).orElseThrow(), null, null, List.of("nl"), null,
				"Ik wil weer mensen om me heen hebben.", EnumSet.of(ProblemArea.LONELINESS), null, null, null,
				Struggles.YES, false);
		UUID client = registrations.createClient(organisationId, teamId, registration, peerExpertId);
		UUID registrationId = registrations.create(organisationId, teamId, client, registration, List.of(),
				"PEER_EXPERT", peerExpertId);
		Registration decided = repository.find(registrationId).orElseThrow();
		decided.decide(FirstTalk.PEER_EXPERT, null, peerExpertId, clock.instant());
		repository.save(decided);
		jdbc.sql("UPDATE client SET account_id = ? WHERE id = ?").params(accountId, client).update();
		assignments.assign(client, registrationId, peerExpertId, Assignments.Part.PEER_EXPERT,
				Assignments.Reason.FIRST_TALK, clock.instant(), peerExpertId);
		return client;
	}
}
