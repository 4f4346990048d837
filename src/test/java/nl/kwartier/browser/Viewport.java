package nl.kwartier.browser;

/** The screen sizes the journeys run on: a small phone and an ordinary laptop. */
enum Viewport {

	PHONE(375, 740, true), DESKTOP(1280, 900, false);

	final int width;

	final int height;

	final boolean mobile;

	Viewport(int width, int height, boolean mobile) {
		this.width = width;
		this.height = height;
		this.mobile = mobile;
	}

	String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
