package nl.kwartier.clients.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.kwartier.clients.matching.FirstTalk;
import org.junit.jupiter.api.Test;

/** The registration moves only from possible match to waiting, and from waiting to decided. */
class RegistrationTransitionTests {

	static final UUID COORDINATOR = UUID.randomUUID();
	static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

	static Registration in(RegistrationStatus status) {
		return new Registration(UUID.randomUUID(), 3, UUID.randomUUID(), UUID.randomUUID(), status, List.of(),
				null, null, null, null);
	}

	@Test
	void aWaitingRegistrationIsDecidedWithWhoHoldsTheFirstConversation() {
		Registration registration = in(RegistrationStatus.WAITING);

		registration.decide(FirstTalk.BOTH, "samen", COORDINATOR, NOW);

		assertThat(registration.status()).isEqualTo(RegistrationStatus.DECIDED);
		assertThat(registration.firstTalk()).isEqualTo(FirstTalk.BOTH);
		assertThat(registration.decidedBy()).isEqualTo(COORDINATOR);
		assertThat(registration.decidedAt()).isEqualTo(NOW);
	}

	@Test
	void aDecidedRegistrationCannotBeDecidedAgain() {
		Registration registration = in(RegistrationStatus.WAITING);
		registration.decide(FirstTalk.PEER_EXPERT, null, COORDINATOR, NOW);

		assertThatThrownBy(() -> registration.decide(FirstTalk.KWARTIERMAKER, null, COORDINATOR, NOW))
			.isInstanceOf(Registration.IllegalTransition.class)
			.hasMessageContaining("DECIDED to DECIDED");
		assertThat(registration.firstTalk()).isEqualTo(FirstTalk.PEER_EXPERT);
	}

	@Test
	void aPossibleMatchCannotBeDecidedBeforeACoordinatorSaidWhoItIsAbout() {
		Registration registration = in(RegistrationStatus.POSSIBLE_MATCH);

		assertThatThrownBy(() -> registration.decide(FirstTalk.BOTH, null, COORDINATOR, NOW))
			.isInstanceOfSatisfying(Registration.IllegalTransition.class,
					e -> assertThat(e.from()).isEqualTo(RegistrationStatus.POSSIBLE_MATCH));
		assertThat(registration.status()).isEqualTo(RegistrationStatus.POSSIBLE_MATCH);
		assertThat(registration.firstTalk()).isNull();
	}

	@Test
	void aPossibleMatchJoinsTheExistingClientAndHisTeam() {
		Registration registration = in(RegistrationStatus.POSSIBLE_MATCH);
		UUID existing = UUID.randomUUID();
		UUID team = UUID.randomUUID();

		registration.isAbout(existing, team, COORDINATOR);

		assertThat(registration.status()).isEqualTo(RegistrationStatus.WAITING);
		assertThat(registration.clientId()).isEqualTo(existing);
		assertThat(registration.teamId()).isEqualTo(team);
	}

	@Test
	void aPossibleMatchAboutSomeoneElseRemembersWhomItIsNot() {
		Registration registration = in(RegistrationStatus.POSSIBLE_MATCH);
		UUID notHim = UUID.randomUUID();

		registration.isAboutSomeoneElse(null, List.of(notHim), COORDINATOR);

		assertThat(registration.status()).isEqualTo(RegistrationStatus.WAITING);
		assertThat(registration.confirmedDistinct()).containsExactly(notHim);
	}

	@Test
	void onlyAPossibleMatchCanBeSaidToBeAboutAnExistingClient() {
		for (RegistrationStatus status : List.of(RegistrationStatus.WAITING, RegistrationStatus.DECIDED)) {
			Registration registration = in(status);
			UUID before = registration.clientId();

			assertThatThrownBy(() -> registration.isAbout(UUID.randomUUID(), null, COORDINATOR))
				.isInstanceOf(Registration.IllegalTransition.class);
			assertThatThrownBy(() -> registration.isAboutSomeoneElse(null, List.of(), COORDINATOR))
				.isInstanceOf(Registration.IllegalTransition.class);
			assertThat(registration.clientId()).isEqualTo(before);
			assertThat(registration.status()).isEqualTo(status);
		}
	}

	@Test
	void everyStatusNamesTheOnlyStatusesItMayBecome() {
		assertThat(RegistrationStatus.POSSIBLE_MATCH.mayBecome(RegistrationStatus.WAITING)).isTrue();
		assertThat(RegistrationStatus.WAITING.mayBecome(RegistrationStatus.DECIDED)).isTrue();
		assertThat(RegistrationStatus.POSSIBLE_MATCH.mayBecome(RegistrationStatus.DECIDED)).isFalse();
		assertThat(RegistrationStatus.WAITING.mayBecome(RegistrationStatus.POSSIBLE_MATCH)).isFalse();
		for (RegistrationStatus target : RegistrationStatus.values()) {
			assertThat(RegistrationStatus.DECIDED.mayBecome(target)).isFalse();
		}
	}
}
