package nl.kwartier.clients.matching;

/** Who holds the first conversation with a new client; message key {@code first-talk.<NAME>}. */
public enum FirstTalk {
	KWARTIERMAKER, PEER_EXPERT, BOTH
}
