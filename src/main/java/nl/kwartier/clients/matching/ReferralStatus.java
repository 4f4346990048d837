package nl.kwartier.clients.matching;

/** Where a registration stands; stored by name in {@code referral.status}. */
public enum ReferralStatus {
	/** Waiting for the team's decision on who holds the first conversation. */
	WAITING,
	/**
	 * May be about a client whom the worker who registered it may not open: a coordinator who may
	 * open that client first decides whether it is the same person.
	 */
	POSSIBLE_MATCH,
	/** The team decided who holds the first conversation. */
	DECIDED
}
