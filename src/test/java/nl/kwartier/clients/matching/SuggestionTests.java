package nl.kwartier.clients.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.kwartier.clients.matching.FirstTalkRule.Struggles;
import nl.kwartier.clients.matching.WorkerSuggestion.ClientNeeds;
import nl.kwartier.clients.matching.WorkerSuggestion.Ranked;
import nl.kwartier.clients.matching.WorkerSuggestion.Reason;
import nl.kwartier.identity.Role;
import nl.kwartier.workforce.ProblemArea;
import nl.kwartier.workforce.Worker;
import org.junit.jupiter.api.Test;

class SuggestionTests {

	private static final UUID WOENSEL = UUID.randomUUID();

	@Test
	void aClientWhoStrugglesWithHisLimitationsGetsAPeerExpert() {
		assertThat(FirstTalkRule.suggest(Struggles.YES, false).firstTalk()).isEqualTo(FirstTalk.PEER_EXPERT);
	}

	@Test
	void practicalMattersCanGoToAPeerExpert() {
		assertThat(FirstTalkRule.suggest(Struggles.NO, true).firstTalk()).isEqualTo(FirstTalk.PEER_EXPERT);
	}

	@Test
	void whenInDoubtBothHoldTheFirstTalk() {
		assertThat(FirstTalkRule.suggest(Struggles.UNKNOWN, true).firstTalk()).isEqualTo(FirstTalk.BOTH);
	}

	@Test
	void otherwiseTheKwartiermakerConnectsTheClient() {
		assertThat(FirstTalkRule.suggest(Struggles.NO, false)).extracting(FirstTalkRule.Suggestion::firstTalk)
			.isEqualTo(FirstTalk.KWARTIERMAKER);
	}

	@Test
	void ranksAPeerExpertWithTimeTheNeighbourhoodTheLanguageAndMatchingExperienceFirst() {
		Worker match = peerExpert("Fatma", "0.8", Set.of(WOENSEL), Set.of("nl", "tr"), EnumSet.of(ProblemArea.LONELINESS));
		Worker busy = peerExpert("Ruud", "0.5", Set.of(WOENSEL), Set.of("nl", "tr"), EnumSet.of(ProblemArea.LONELINESS));
		Worker elsewhere = peerExpert("Anouk", "1.0", Set.of(), Set.of("nl"), EnumSet.noneOf(ProblemArea.class));
		List<Ranked> ranked = WorkerSuggestion.rank(List.of(elsewhere, busy, match),
				Map.of(busy.userId(), 10, match.userId(), 4), needs(), 20);
		assertThat(ranked).extracting(r -> r.worker().displayName()).containsExactly("Fatma", "Anouk", "Ruud");
		assertThat(ranked.get(0).reasons()).extracting(Reason::key)
			.containsExactly("suggestion.reason.capacity", "suggestion.reason.neighbourhood",
					"suggestion.reason.language", "suggestion.reason.experience");
		assertThat(ranked.get(0).reasons().get(2).items()).containsExactly("language.tr");
		assertThat(ranked.get(2).reasons()).extracting(Reason::key).contains("suggestion.reason.full");
	}

	@Test
	void saysSoWhenAWorkerHasNoProfileOrIsInTraining() {
		Worker noProfile = new Worker(UUID.randomUUID(), UUID.randomUUID(), "Zonder", null, Set.of(Role.KWARTIERMAKER), null,
				false, Set.of(), Set.of(), Set.of());
		Worker trainee = new Worker(UUID.randomUUID(), UUID.randomUUID(), "Leerling", null, Set.of(Role.PEER_EXPERT),
				new BigDecimal("0.5"), true, Set.of(), Set.of("nl"), Set.of());
		List<Ranked> ranked = WorkerSuggestion.rank(List.of(noProfile, trainee), Map.of(), needs(), 20);
		assertThat(ranked).filteredOn(r -> r.worker() == noProfile).first()
			.satisfies(r -> assertThat(r.reasons()).extracting(Reason::key).contains("suggestion.reason.no-profile"));
		assertThat(ranked).filteredOn(r -> r.worker() == trainee).first()
			.satisfies(r -> assertThat(r.reasons()).extracting(Reason::key).contains("suggestion.reason.trainee"));
	}

	@Test
	void ranksThousandsOfWorkersAtOnce() {
		List<Worker> many = new java.util.ArrayList<>();
		for (int i = 0; i < 5000; i++) {
			many.add(peerExpert("W" + i, "0." + (i % 9 + 1), Set.of(WOENSEL), Set.of("nl"), EnumSet.of(ProblemArea.POVERTY)));
		}
		assertThat(WorkerSuggestion.rank(many, Map.of(), needs(), 20)).hasSize(5000);
	}

	private static ClientNeeds needs() {
		return new ClientNeeds(WOENSEL, Set.of("tr", "nl"), EnumSet.of(ProblemArea.LONELINESS, ProblemArea.POVERTY));
	}

	private static Worker peerExpert(String name, String fte, Set<UUID> neighbourhoods, Set<String> languages,
			Set<ProblemArea> experience) {
		return new Worker(UUID.randomUUID(), UUID.randomUUID(), name, null, Set.of(Role.PEER_EXPERT), new BigDecimal(fte), false,
				neighbourhoods, languages, experience);
	}
}
