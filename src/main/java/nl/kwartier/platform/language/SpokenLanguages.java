package nl.kwartier.platform.language;

import java.util.List;

/**
 * The languages people in Dutch neighbourhoods commonly speak, as codes (ISO 639); each has a
 * message key {@code language.<code>}. Clients and workers pick theirs from this list, so that
 * a client can be matched with a worker who speaks his language.
 */
public final class SpokenLanguages {

	public static final List<String> CODES = List.of("nl", "en", "ar", "tzm", "tr", "pap", "srn", "pl", "ro", "bg",
			"so", "ti", "fa", "prs", "ku", "uk", "ru", "es", "pt", "fr", "de", "zh", "fy");

	private SpokenLanguages() {
	}

	public static boolean known(String code) {
		return code != null && CODES.contains(code);
	}
}
