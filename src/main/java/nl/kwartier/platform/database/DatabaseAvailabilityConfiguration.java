package nl.kwartier.platform.database;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;

/** The "temporarily unavailable" answer, for the embedded database and for an external one alike. */
@Configuration(proxyBeanMethods = false)
class DatabaseAvailabilityConfiguration {

	/** Before Spring Session's filter (which needs the database for every request with a session). */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(
			ObjectProvider<EmbeddedDatabaseServer> embedded, @Qualifier("thymeleafViewResolver") ViewResolver views,
			LocaleResolver locales) {
		EmbeddedDatabaseServer server = embedded.getIfAvailable();
		DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(
				() -> server != null && !server.isAvailable(), views, locales);
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(ORDER);
		return registration;
	}
}
