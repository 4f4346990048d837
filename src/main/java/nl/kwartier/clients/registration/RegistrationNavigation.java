package nl.kwartier.clients.registration;

import nl.kwartier.identity.Permission;
import nl.kwartier.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RegistrationNavigation {

	@Bean
	NavigationItem registerNavigationItem() {
		return new NavigationItem(20, "nav.clients.register", "/clients/registrations/new",
				Permission.REGISTER_CLIENTS.authority());
	}
}
