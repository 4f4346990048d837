package nl.kwartier.clients.registration;

/** Who registered the client; each has a message key {@code registration.source.<NAME>}. */
public enum RegistrationSource {
	SELF, GP, PARTNER, FAMILY, NEIGHBOURS, SIGNAL, OTHER
}
