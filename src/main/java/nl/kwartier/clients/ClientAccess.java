package nl.kwartier.clients;

import java.util.List;
import java.util.Optional;
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
 * The one access policy for "may this user see this client". Two ways in, never mixed: a worker
 * (with the permission to work with clients) opens the file of a client he is assigned to now,
 * or of his team as its coordinator (of his organisation, for a coordinator without a team), or
 * whom another module grants him (consent, later); the client opens his own file only on his own
 * pages. Pages do not ask here by hand: they take an {@link OpenedClient}, which is resolved
 * through this policy once per request. A refusal is logged.
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

	/** Whether the user may open the client's file as a worker (on the workers' pages). */
	public boolean mayWorkWith(SignedInUser user, UUID clientId) {
		if (!user.may(Permission.WORK_WITH_CLIENTS)) {
			return false;
		}
		Boolean allowed = jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM assignment a WHERE a.client_id = c.id AND a.worker_id = :user AND a.until IS NULL)
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

	/**
	 * Lets the current user through to the client as a worker, or refuses (403) and logs the
	 * refusal. A client who asks for his own file this way is refused too: his own pages are his
	 * way in.
	 */
	OpenedClient openForWork(UUID clientId) {
		SignedInUser user = signedIn();
		if (!mayWorkWith(user, clientId)) {
			refuse(clientId);
		}
		return new OpenedClient(clientId, user, false);
	}

	/**
	 * The current user's own file, for the client's own pages; refused (403, logged) for someone
	 * who is no client, and {@link NoOwnFile} for a client whose account is not linked yet.
	 */
	OpenedClient openOwn() {
		SignedInUser user = signedIn();
		if (!user.may(Permission.VIEW_OWN_FILE)) {
			refuse(null);
		}
		return new OpenedClient(ownClient(user).orElseThrow(NoOwnFile::new), user, true);
	}

	/** The client record of a user who is himself a client (his own account), if he has one. */
	private Optional<UUID> ownClient(SignedInUser user) {
		return jdbc.sql("SELECT id FROM client WHERE account_id = ?").param(user.id()).query(UUID.class).optional();
	}

	private SignedInUser signedIn() {
		return currentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
	}

	private void refuse(UUID clientId) {
		log.record(new AuditRecord(AuditAction.ACCESS_REFUSED, clientId, "Client",
				clientId == null ? null : clientId.toString(), AuditOutcome.REFUSED, null));
		throw new AccessDeniedException("no reason to see this client");
	}
}
