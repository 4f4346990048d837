package nl.kwartier.workforce.profile;

import nl.kwartier.identity.Permission;
import nl.kwartier.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProfileNavigation {

	@Bean
	NavigationItem profileNavigationItem() {
		return new NavigationItem(70, "nav.workforce.profile", "/workforce/profile", Permission.HOLD_CASELOAD.authority());
	}
}
