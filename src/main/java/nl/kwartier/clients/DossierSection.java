package nl.kwartier.clients;

/**
 * A part of a client's dossier with a page of its own (contacts, recovery plan, measurements, and
 * later the network and groups), contributed as a bean; the dossier links to each in order.
 *
 * @param order where it stands: lower first
 * @param labelKey the message key of the link
 * @param path the page, relative to the dossier ({@code contacts} for {@code /clients/<id>/contacts})
 */
public record DossierSection(int order, String labelKey, String path) {
}
