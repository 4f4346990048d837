package nl.kwartier.clients;

/**
 * A user with a client account opened one of his own pages, but no client record is linked to his
 * account yet. Not an error of his: he gets a page that says so, not "page not found".
 */
public final class NoOwnFile extends RuntimeException {

	public NoOwnFile() {
		super("no client record linked to this account", null, false, false);
	}
}
