package nl.kwartier.clients.contact;

/**
 * Practical help given during a contact, with what the client finds most urgent; message key
 * {@code contact.support.<NAME>}.
 */
public enum PracticalSupport {
	PAPERWORK, MONEY_AND_DEBTS, HOUSING, BENEFITS, HEALTH_APPOINTMENTS, DAILY_LIVING, ORGANISATION_CONTACT, OTHER
}
