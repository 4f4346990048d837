package nl.kwartier.audit;

/** Records accesses to personal data. Every read and change of a client's data goes here. */
public interface AuditLog {

	/** Adds an entry for the current user, at the current time, from the current address. */
	void record(AuditRecord record);
}
