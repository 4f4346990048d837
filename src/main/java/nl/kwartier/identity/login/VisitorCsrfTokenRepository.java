package nl.kwartier.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where the CSRF token is kept: in the session once there is one (someone logging in or signed
 * in), and in a cookie for a visitor without a session. So the public pages (the login form, the
 * language switch on every page, the error pages) can carry a token without creating a session,
 * and an anonymous request never adds a row to the session table. The cookie is only readable by
 * the server (HttpOnly), Secure over HTTPS and SameSite=Lax; the forms send the token masked per
 * page (Spring Security's default BREACH protection), and the cookie is dropped at login.
 */
final class VisitorCsrfTokenRepository implements CsrfTokenRepository {

	static final String COOKIE = "KWARTIER_CSRF";

	private static final String HEADER = "X-CSRF-TOKEN";

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

	VisitorCsrfTokenRepository() {
		sessions.setHeaderName(HEADER);
		cookies.setHeaderName(HEADER);
		cookies.setCookieName(COOKIE);
		cookies.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return sessions.generateToken(request);
	}

	@Override
	public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			sessions.saveToken(token, request, response);
			if (token == null || cookies.loadToken(request) != null) {
				cookies.saveToken(null, request, response);
			}
		}
		else {
			cookies.saveToken(token, request, response);
		}
	}

	@Override
	public @Nullable CsrfToken loadToken(HttpServletRequest request) {
		return request.getSession(false) != null ? sessions.loadToken(request) : cookies.loadToken(request);
	}
}
