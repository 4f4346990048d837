package nl.kwartier.audit.log;

import java.time.Clock;
import nl.kwartier.audit.AuditLog;
import nl.kwartier.audit.AuditRecord;
import nl.kwartier.identity.CurrentUser;
import nl.kwartier.identity.SignedInUser;
import org.springframework.stereotype.Component;

/** Fills in who, when and from where from the current request. */
@Component
class RequestAuditLog implements AuditLog {

	private final AuditEntries entries;

	private final CurrentUser currentUser;

	private final Clock clock;

	RequestAuditLog(AuditEntries entries, CurrentUser currentUser, Clock clock) {
		this.entries = entries;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@Override
	public void record(AuditRecord record) {
		SignedInUser user = currentUser.get().orElse(null);
		entries.append(clock.instant(), user == null ? null : user.id(), user == null ? null : user.username(), null,
				record.clientId(), record.action(), record.objectType(), record.objectId(), record.outcome(),
				currentUser.address().orElse(null), record.detail());
	}
}
