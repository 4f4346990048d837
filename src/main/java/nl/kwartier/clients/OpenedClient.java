package nl.kwartier.clients;

import java.util.UUID;
import nl.kwartier.identity.SignedInUser;

/**
 * A client whom the signed-in user may open for this request, already checked by
 * {@link ClientAccess} and with the read logged. A handler of a client's page takes this as an
 * argument instead of the client id from the address: it is resolved once per request, from the
 * path variable on worker routes ({@code /clients/{id}/**}) and from the user's own account on the
 * client's own pages ({@code /mijn-plan}, {@code /mijn/**}), so a handler cannot forget the check.
 *
 * @param id the client
 * @param user who opened him
 * @param own whether the client opened his own file, on his own pages
 */
public record OpenedClient(UUID id, SignedInUser user, boolean own) {
}
