package nl.kwartier.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie of the database-backed sessions: our own name (so logout can remove it),
 * unreadable to scripts, not sent along from other sites, and secure whenever the request is.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfiguration {

	static final String COOKIE = "KWARTIER_SESSION";

	@Bean
	CookieSerializer cookieSerializer() {
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		serializer.setCookieName(COOKIE);
		serializer.setUseHttpOnlyCookie(true);
		serializer.setSameSite("Lax");
		serializer.setCookiePath("/");
		return serializer;
	}
}
