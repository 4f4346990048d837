package nl.kwartier.browser;

/** The languages Kwartier speaks, with the label of the header button that switches to each. */
enum Language {

	DUTCH("nl", "Nederlands"), ENGLISH("en", "English");

	final String code;

	final String buttonLabel;

	Language(String code, String buttonLabel) {
		this.code = code;
		this.buttonLabel = buttonLabel;
	}

	Language other() {
		return this == DUTCH ? ENGLISH : DUTCH;
	}
}
