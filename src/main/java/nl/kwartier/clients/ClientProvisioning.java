package nl.kwartier.clients;

import java.time.LocalDate;
import java.util.UUID;

/** Sets up clients when Kwartier starts (the demo data); workers register clients on the pages. */
public interface ClientProvisioning {

	/**
	 * A client living at the postcode, with his own account, who already works with the worker as
	 * peer expert, after a registration that the team decided on.
	 */
	UUID provideClient(UUID organisationId, UUID teamId, String givenName, String familyName, LocalDate dateOfBirth,
			String postcode, UUID accountId, UUID peerExpertId);
}
