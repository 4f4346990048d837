package nl.kwartier.home;

import nl.kwartier.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HomeNavigation {

	@Bean
	NavigationItem homeNavigationItem() {
		return new NavigationItem(0, "nav.home", "/", "FULL_LOGIN");
	}
}
