package nl.kwartier.clients.trajectory;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.kwartier.identity.Permission;
import nl.kwartier.identity.SignedInUser;
import nl.kwartier.workforce.Worker;
import org.jspecify.annotations.Nullable;

/**
 * Who may bring whom in. A worker who is stuck brings in a colleague of the client's own team: the
 * team knows the client and decides about him together. Bringing in someone of another team gives
 * that team's worker the whole file, so only a coordinator does it. The list of candidates and the
 * saving of the choice both ask this rule, so they cannot disagree.
 */
final class BringInRule {

	enum Verdict {
		ALLOWED,
		/** Already works with the client. */
		ALREADY_WORKS_WITH_CLIENT,
		/** Of another team than the client's, and the one bringing in is no coordinator. */
		OTHER_TEAM_ONLY_BY_COORDINATOR
	}

	private BringInRule() {
	}

	static Verdict judge(SignedInUser bringer, @Nullable UUID clientTeam, Set<UUID> workingWithClient,
			Worker candidate) {
		if (workingWithClient.contains(candidate.userId())) {
			return Verdict.ALREADY_WORKS_WITH_CLIENT;
		}
		if (!Objects.equals(candidate.teamId(), clientTeam) && !bringer.may(Permission.COORDINATE_TEAM)) {
			return Verdict.OTHER_TEAM_ONLY_BY_COORDINATOR;
		}
		return Verdict.ALLOWED;
	}
}
