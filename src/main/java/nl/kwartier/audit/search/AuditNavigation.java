package nl.kwartier.audit.search;

import nl.kwartier.identity.Permission;
import nl.kwartier.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

	@Bean
	NavigationItem auditNavigationItem() {
		return new NavigationItem(85, "nav.audit", "/audit", Permission.READ_AUDIT_LOG.authority());
	}
}
