package nl.kwartier.audit.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import nl.kwartier.audit.AuditAction;
import nl.kwartier.audit.AuditOutcome;
import nl.kwartier.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A change and its audit entry commit together, or neither does: a crash never leaves one without the other. */
@WebTest
class AuditTransactionTests {

	@Autowired
	AuditEntries entries;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyKindOfChangeRecordedOutsideATransactionIsRefusedAndLeavesNoEntry() {
		for (AuditAction change : AuditEntries.CHANGES) {
			String object = UUID.randomUUID().toString();

			assertThatThrownBy(() -> append(change, AuditOutcome.SUCCESS, object))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("outside a transaction");
			assertThat(entriesFor(object)).isZero();
		}
	}

	@Test
	void aChangeAndItsEntryAreRolledBackTogether() {
		String object = UUID.randomUUID().toString();

		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			append(AuditAction.CREATE, AuditOutcome.SUCCESS, object);
			throw new IllegalStateException("the change fails after its entry was written");
		})).hasMessageContaining("the change fails");

		assertThat(entriesFor(object)).isZero();
	}

	@Test
	void aChangeInsideATransactionIsRecorded() {
		String object = UUID.randomUUID().toString();

		transactions.executeWithoutResult(status -> append(AuditAction.CHANGE, AuditOutcome.SUCCESS, object));

		assertThat(entriesFor(object)).isOne();
	}

	@Test
	void aRefusalIsKeptWhenTheTransactionItHappenedInIsRolledBack() {
		String object = UUID.randomUUID().toString();

		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			append(AuditAction.ACCESS_REFUSED, AuditOutcome.REFUSED, object);
			throw new IllegalStateException("the refusal ends the request");
		})).hasMessageContaining("the refusal");

		assertThat(entriesFor(object)).isOne();
	}

	@Test
	void readsSearchesAndRefusalsNeedNoTransaction() {
		String object = UUID.randomUUID().toString();

		append(AuditAction.READ, AuditOutcome.SUCCESS, object);
		append(AuditAction.SEARCH, AuditOutcome.SUCCESS, object);
		append(AuditAction.CHANGE, AuditOutcome.REFUSED, object);
		append(AuditAction.ACCESS_REFUSED, AuditOutcome.REFUSED, object);

		assertThat(entriesFor(object)).isEqualTo(4);
	}

	private void append(AuditAction action, AuditOutcome outcome, String objectId) {
		entries.append(Instant.now(), null, "test", null, null, action, "Test", objectId, outcome, "127.0.0.1", null);
	}

	private long entriesFor(String objectId) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_id = ?").param(objectId).query(Long.class).single();
	}
}
