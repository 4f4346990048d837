package nl.kwartier.clients.contact;

/** How the worker and the client met; message key {@code contact.type.<NAME>}. */
public enum ContactType {
	HOME_VISIT, PHONE_CALL, WALK_IN, ACCOMPANIMENT, GROUP_MEETING, MESSAGE
}
