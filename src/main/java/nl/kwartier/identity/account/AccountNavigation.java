package nl.kwartier.identity.account;

import nl.kwartier.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountNavigation {

	@Bean
	NavigationItem accountNavigationItem() {
		return new NavigationItem(90, "nav.account.password", "/account/password", "FULL_LOGIN");
	}
}
