package nl.kwartier.identity;

/**
 * What a user may do. Roles grant permissions; module APIs check permissions, never roles, so
 * a role can change what it grants in one place.
 */
public enum Permission {

	/** See and work with the clients one is assigned to. */
	WORK_WITH_CLIENTS,
	/** Hold first conversations and a caseload of clients (kwartiermakers and peer experts). */
	HOLD_CASELOAD,
	/** Register new clients. */
	REGISTER_CLIENTS,
	/** Decide who works with a client, and see the team's caseloads. */
	COORDINATE_TEAM,
	/** Receive referrals for one's partner organisation. */
	RECEIVE_REFERRALS,
	/** See one's own plan and file as a client. */
	VIEW_OWN_FILE,
	/** Create users, assign roles, deactivate users and reset their second factor. */
	MANAGE_USERS,
	/** Search and read the audit log (log manager, NEN 7513). */
	READ_AUDIT_LOG,
	/** Read the application's operational metrics. */
	VIEW_METRICS;

	/** The Spring Security authority that carries this permission. */
	public String authority() {
		return "PERM_" + name();
	}
}
