package nl.kwartier.clients.recoveryplan;

/** Where the client stands with a goal. */
public enum GoalStatus {
	NOT_STARTED, WORKING_ON_IT, REACHED, STOPPED;

	public String messageKey() {
		return "plan.status." + name();
	}
}
