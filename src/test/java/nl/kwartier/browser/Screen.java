package nl.kwartier.browser;

/** A viewport and the language the user chose with the page's language button. */
enum Screen {

	PHONE_DUTCH(Viewport.PHONE, Language.DUTCH),
	PHONE_ENGLISH(Viewport.PHONE, Language.ENGLISH),
	DESKTOP_DUTCH(Viewport.DESKTOP, Language.DUTCH),
	DESKTOP_ENGLISH(Viewport.DESKTOP, Language.ENGLISH);

	final Viewport viewport;

	final Language language;

	Screen(Viewport viewport, Language language) {
		this.viewport = viewport;
		this.language = language;
	}

	/** The text in this screen's language. */
	String says(String dutch, String english) {
		return language == Language.DUTCH ? dutch : english;
	}
}
