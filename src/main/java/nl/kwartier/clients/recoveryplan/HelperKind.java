package nl.kwartier.clients.recoveryplan;

/** Who helps with a step: a worker, someone from the client's own network, or an organisation. */
public enum HelperKind {
	WORKER, NETWORK, ORGANISATION;

	public String messageKey() {
		return "plan.helper." + name();
	}
}
