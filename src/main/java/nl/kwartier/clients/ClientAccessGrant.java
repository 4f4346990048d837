package nl.kwartier.clients;

import java.util.UUID;
import nl.kwartier.identity.SignedInUser;

/**
 * A reason, known to another module, why a user may open a client (for example a partner
 * worker's valid consent). Modules publish beans of this type; the access policy asks them all,
 * so it needs no dependency on those modules.
 */
public interface ClientAccessGrant {

	boolean grants(SignedInUser user, UUID clientId);
}
