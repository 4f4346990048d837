package nl.kwartier.platform.web;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/** The language choice, kept in a cookie so it holds before login too. */
public final class LanguageCookie {

	public static final String NAME = "KWARTIER_LANGUAGE";

	/** The languages Kwartier speaks; Dutch first. */
	public static final Set<String> LANGUAGES = Set.of("nl", "en");

	private LanguageCookie() {
	}

	public static boolean supported(String language) {
		return language != null && LANGUAGES.contains(language);
	}

	public static Cookie of(String language, boolean secure) {
		Cookie cookie = new Cookie(NAME, supported(language) ? language : "nl");
		cookie.setPath("/");
		cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
		cookie.setHttpOnly(true);
		cookie.setSecure(secure);
		cookie.setAttribute("SameSite", "Lax");
		return cookie;
	}

	static Locale locale(String language) {
		return Locale.forLanguageTag(supported(language) ? language : "nl");
	}
}
