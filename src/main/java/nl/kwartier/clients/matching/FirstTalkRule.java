package nl.kwartier.clients.matching;

/**
 * The rules of practice for who holds the first conversation (domain.md, step 2): a client who
 * struggles with his limitations, or does not know how to cope with them, gets a peer expert;
 * practical matters can go to a peer expert too, because the contact is different; when in
 * doubt, both hold the first talk together. Otherwise the kwartiermaker, who bridges the client
 * and the organisations and makes room for him in the neighbourhood.
 */
public final class FirstTalkRule {

	/** The answer to "does the client struggle with his limitations?". */
	public enum Struggles {
		YES, NO, UNKNOWN
	}

	/** A suggestion with the message key of its reason. */
	public record Suggestion(FirstTalk firstTalk, String reasonKey) {
	}

	private FirstTalkRule() {
	}

	public static Suggestion suggest(Struggles struggles, boolean practicalQuestion) {
		return switch (struggles) {
			case YES -> new Suggestion(FirstTalk.PEER_EXPERT, "first-talk.reason.struggles");
			case UNKNOWN -> new Suggestion(FirstTalk.BOTH, "first-talk.reason.in-doubt");
			case NO -> practicalQuestion ? new Suggestion(FirstTalk.PEER_EXPERT, "first-talk.reason.practical")
					: new Suggestion(FirstTalk.KWARTIERMAKER, "first-talk.reason.connecting");
		};
	}
}
