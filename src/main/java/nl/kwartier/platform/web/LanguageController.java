package nl.kwartier.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Switches the language: kept in a cookie, and for a signed-in user also in his account (by
 * whoever listens to {@link LanguageChosen}). Sends the user back to the page he was on.
 */
@Controller
class LanguageController {

	private final ApplicationEventPublisher events;

	LanguageController(ApplicationEventPublisher events) {
		this.events = events;
	}

	@PostMapping("/language")
	String switchLanguage(@RequestParam(defaultValue = "nl") String language,
			@RequestParam(defaultValue = "/") String returnTo, HttpServletRequest request,
			HttpServletResponse response) {
		String chosen = LanguageCookie.supported(language) ? language : "nl";
		response.addCookie(LanguageCookie.of(chosen, request.isSecure()));
		events.publishEvent(new LanguageChosen(chosen));
		return "redirect:" + safeLocalPath(returnTo);
	}

	/** Only paths on this site, so the switch cannot be used to send people elsewhere. */
	static String safeLocalPath(String path) {
		if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")
				|| path.contains("\r") || path.contains("\n") || path.length() > 500) {
			return "/";
		}
		return path;
	}
}
