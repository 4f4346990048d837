package nl.kwartier.clients.conversation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The first conversation as typed: all text, so nothing is lost on a mistake. */
public record ConversationForm(@Nullable String heldOn, @Nullable List<String> participants,
		@Nullable String othersPresent, @Nullable String explained, @Nullable String continuing,
		@Nullable String note) {

	public List<String> participantList() {
		return participants == null ? List.of() : participants;
	}

	public boolean isExplained() {
		return "true".equals(explained);
	}
}
