package nl.kwartier.clients.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.kwartier.workforce.ProblemArea;
import nl.kwartier.workforce.Worker;
import org.jspecify.annotations.Nullable;

/**
 * Ranks workers for a new client, with the reasons per worker: free caseload capacity against
 * his FTE, the client's neighbourhood, a language in common and, for peer experts, lived
 * experience in the client's problem areas. Pure: the caller supplies workers and caseloads, so
 * ranking thousands of workers takes milliseconds.
 */
public final class WorkerSuggestion {

	/**
	 * One reason, as a message key with its arguments and, where it names things (languages,
	 * areas), their message keys; positive ones count for the worker.
	 */
	public record Reason(String key, boolean positive, List<Object> arguments, List<String> items) {

		static Reason good(String key, Object... arguments) {
			return new Reason(key, true, List.of(arguments), List.of());
		}

		static Reason bad(String key, Object... arguments) {
			return new Reason(key, false, List.of(arguments), List.of());
		}

		static Reason naming(String key, List<String> items) {
			return new Reason(key, true, List.of(), items);
		}
	}

	public record Ranked(Worker worker, int score, int caseload, @Nullable BigDecimal capacity, List<Reason> reasons) {
	}

	/** What the ranking looks at in the client. */
	public record ClientNeeds(@Nullable UUID neighbourhoodId, Set<String> languages, Set<ProblemArea> problemAreas) {
	}

	private WorkerSuggestion() {
	}

	/**
	 * @param clientsPerFte how many clients one full-time worker can support (the caseload norm)
	 */
	public static List<Ranked> rank(Collection<Worker> workers, Map<UUID, Integer> caseloads, ClientNeeds needs,
			int clientsPerFte) {
		List<Ranked> ranked = new ArrayList<>();
		for (Worker worker : workers) {
			ranked.add(score(worker, caseloads.getOrDefault(worker.userId(), 0), needs, clientsPerFte));
		}
		ranked.sort(Comparator.comparingInt(Ranked::score).reversed().thenComparing(r -> r.worker().displayName()));
		return ranked;
	}

	static Ranked score(Worker worker, int caseload, ClientNeeds needs, int clientsPerFte) {
		List<Reason> reasons = new ArrayList<>();
		int score = 0;
		BigDecimal capacity = null;
		if (!worker.hasProfile()) {
			reasons.add(Reason.bad("suggestion.reason.no-profile"));
		}
		else {
			capacity = worker.fte().multiply(BigDecimal.valueOf(clientsPerFte)).setScale(0, RoundingMode.HALF_UP);
			int free = capacity.intValue() - caseload;
			if (free > 0) {
				score += Math.round(40f * free / Math.max(1, capacity.intValue()));
				reasons.add(Reason.good("suggestion.reason.capacity", caseload, capacity.intValue()));
			}
			else {
				score -= 30;
				reasons.add(Reason.bad("suggestion.reason.full", caseload, capacity.intValue()));
			}
		}
		if (needs.neighbourhoodId() != null && worker.neighbourhoodIds().contains(needs.neighbourhoodId())) {
			score += 25;
			reasons.add(Reason.good("suggestion.reason.neighbourhood"));
		}
		Set<String> common = new HashSet<>(needs.languages());
		common.retainAll(worker.languages());
		common.remove("nl");
		if (!common.isEmpty()) {
			score += 20;
			reasons.add(Reason.naming("suggestion.reason.language", common.stream().sorted().map(c -> "language." + c).toList()));
		}
		else if (!needs.languages().isEmpty() && !needs.languages().contains("nl")) {
			score -= 10;
			reasons.add(Reason.bad("suggestion.reason.no-common-language"));
		}
		if (worker.isPeerExpert()) {
			List<ProblemArea> shared = needs.problemAreas().stream().filter(worker.livedExperience()::contains).sorted().toList();
			if (!shared.isEmpty()) {
				score += Math.min(30, 15 * shared.size());
				reasons.add(Reason.naming("suggestion.reason.experience", shared.stream().map(ProblemArea::messageKey).toList()));
			}
			if (worker.trainee()) {
				reasons.add(Reason.bad("suggestion.reason.trainee"));
			}
		}
		return new Ranked(worker, score, caseload, capacity, List.copyOf(reasons));
	}
}
