package nl.kwartier.clients;

import java.util.List;
import java.util.UUID;
import nl.kwartier.audit.AuditAction;
import nl.kwartier.audit.AuditLog;
import nl.kwartier.audit.AuditOutcome;
import nl.kwartier.audit.AuditRecord;
import nl.kwartier.identity.CurrentUser;
import nl.kwartier.identity.Permission;
import nl.kwartier.identity.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The one access policy for "may this user see this client": the workers assigned to him now,
 * the coordinators of his team (of his organisation, for a coordinator without a team), the
 * client himself, and whatever other modules grant (consent, later). Everything that shows a
 * client asks here; a refusal is logged.
 */
@Service
public class ClientAccess {

	private final JdbcClient jdbc;

	private final CurrentUser currentUser;

	private final AuditLog log;

	private final List<ClientAccessGrant> grants;

	ClientAccess(JdbcClient jdbc, CurrentUser currentUser, AuditLog log, List<ClientAccessGrant> grants) {
		this.jdbc = jdbc;
		this.currentUser = currentUser;
		this.log = log;
		this.grants = grants;
	}

	public boolean mayOpen(SignedInUser user, UUID clientId) {
		Boolean allowed = jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM assignment a WHERE a.client_id = c.id AND a.worker_id = :user AND a.until IS NULL)
				    OR c.account_id = :user
				    OR (:coordinator AND c.organisation_id = :organisation
				        AND (CAST(:team AS uuid) IS NULL OR c.team_id = :team))
				FROM client c WHERE c.id = :client
				""")
			.param("user", user.id())
			.param("coordinator", user.may(Permission.COORDINATE_TEAM))
			.param("organisation", user.organisationId())
			.param("team", user.teamId())
			.param("client", clientId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
		return allowed || grants.stream().anyMatch(grant -> grant.grants(user, clientId));
	}

	/** Lets the current user through to the client, or refuses (403) and logs the refusal. */
	public SignedInUser check(UUID clientId) {
		SignedInUser user = currentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
		if (!mayOpen(user, clientId)) {
			log.record(new AuditRecord(AuditAction.ACCESS_REFUSED, clientId, "Client", clientId.toString(),
					AuditOutcome.REFUSED, null));
			throw new AccessDeniedException("no reason to see this client");
		}
		return user;
	}

	/** The client record of a user who is himself a client (his own account), if he has one. */
	public java.util.Optional<UUID> ownClient(SignedInUser user) {
		return jdbc.sql("SELECT id FROM client WHERE account_id = ?").param(user.id()).query(UUID.class).optional();
	}
}
