package nl.kwartier.audit;

public enum AuditOutcome {
	SUCCESS, REFUSED, FAILED
}
