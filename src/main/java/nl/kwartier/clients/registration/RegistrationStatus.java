package nl.kwartier.clients.registration;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a registration stands; stored by name in {@code registration.status}. The only moves are
 * possible match to waiting (a coordinator said who it is about) and waiting to decided (the team
 * chose who holds the first conversation).
 */
public enum RegistrationStatus {
	/** Waiting for the team's decision on who holds the first conversation. */
	WAITING,
	/**
	 * May be about a client whom the worker who registered it may not open: a coordinator who may
	 * open that client first decides whether it is the same person.
	 */
	POSSIBLE_MATCH,
	/** The team decided who holds the first conversation. */
	DECIDED;

	private Set<RegistrationStatus> next() {
		return switch (this) {
			case POSSIBLE_MATCH -> EnumSet.of(WAITING);
			case WAITING -> EnumSet.of(DECIDED);
			case DECIDED -> EnumSet.noneOf(RegistrationStatus.class);
		};
	}

	/** Whether a registration in this status may move to {@code target}. */
	public boolean mayBecome(RegistrationStatus target) {
		return next().contains(target);
	}
}
