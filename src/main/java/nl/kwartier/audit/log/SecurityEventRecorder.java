package nl.kwartier.audit.log;

import nl.kwartier.audit.AuditAction;
import nl.kwartier.audit.AuditOutcome;
import nl.kwartier.identity.SecurityEvent;
import nl.kwartier.identity.SecurityEvent.AccessRefused;
import nl.kwartier.identity.SecurityEvent.AccountChanged;
import nl.kwartier.identity.SecurityEvent.LoggedOut;
import nl.kwartier.identity.SecurityEvent.LoginFailed;
import nl.kwartier.identity.SecurityEvent.LoginSucceeded;
import nl.kwartier.identity.SecurityEvent.UserAdministered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes identity's security events to the log, in the same transaction as the change they
 * describe where there is one, so no change goes unlogged.
 */
@Component
class SecurityEventRecorder {

	private final AuditEntries entries;

	SecurityEventRecorder(AuditEntries entries) {
		this.entries = entries;
	}

	@EventListener
	void on(SecurityEvent event) {
		switch (event) {
			case LoginSucceeded e -> append(e, AuditAction.LOGIN, AuditOutcome.SUCCESS, "User", id(e), null);
			case LoginFailed e -> append(e, AuditAction.FAILED_LOGIN, AuditOutcome.REFUSED, "User", id(e),
					e.reason().name());
			case LoggedOut e -> append(e, AuditAction.LOGOUT, AuditOutcome.SUCCESS, "User", id(e), null);
			case AccessRefused e -> append(e, AuditAction.ACCESS_REFUSED, AuditOutcome.REFUSED, "Page", e.resource(),
					null);
			case AccountChanged e -> append(e, AuditAction.CHANGE, AuditOutcome.SUCCESS, "User", id(e),
					e.change().name());
			case UserAdministered e -> append(e,
					e.what() == SecurityEvent.Administration.VIEWED ? AuditAction.READ : AuditAction.ADMINISTRATION,
					AuditOutcome.SUCCESS, "User", e.subjectId().toString(), e.what().name() + " " + e.subjectUsername());
		}
	}

	private static String id(SecurityEvent event) {
		return event.actorId() == null ? null : event.actorId().toString();
	}

	private void append(SecurityEvent event, AuditAction action, AuditOutcome outcome, String objectType,
			String objectId, String detail) {
		entries.append(event.occurredAt(), event.actorId(), event.actorUsername(), null, null, action, objectType,
				objectId, outcome, event.address(), detail);
	}
}
