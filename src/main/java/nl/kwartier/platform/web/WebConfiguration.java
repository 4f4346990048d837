package nl.kwartier.platform.web;

import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	/** Dutch unless the language cookie says English. */
	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(LanguageCookie.NAME);
		resolver.setDefaultLocale(Locale.forLanguageTag("nl"));
		resolver.setRejectInvalidCookies(true);
		return resolver;
	}
}
