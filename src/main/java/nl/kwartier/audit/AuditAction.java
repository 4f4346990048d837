package nl.kwartier.audit;

/** The kinds of event NEN 7513 asks to record. */
public enum AuditAction {
	LOGIN, FAILED_LOGIN, LOGOUT, READ, CREATE, CHANGE, VOID, EXPORT, SEARCH, TRANSFER, EMERGENCY_ACCESS,
	ADMINISTRATION, ACCESS_REFUSED
}
