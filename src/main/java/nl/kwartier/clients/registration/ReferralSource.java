package nl.kwartier.clients.registration;

/** Who registered the client; each has a message key {@code referral.source.<NAME>}. */
public enum ReferralSource {
	SELF, GP, PARTNER, FAMILY, NEIGHBOURS, SIGNAL, OTHER
}
