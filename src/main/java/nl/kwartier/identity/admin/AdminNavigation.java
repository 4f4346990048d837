package nl.kwartier.identity.admin;

import nl.kwartier.identity.Permission;
import nl.kwartier.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AdminNavigation {

	@Bean
	NavigationItem usersNavigationItem() {
		return new NavigationItem(80, "nav.admin.users", "/admin/users", Permission.MANAGE_USERS.authority());
	}

	@Bean
	NavigationItem teamsNavigationItem() {
		return new NavigationItem(81, "nav.admin.teams", "/admin/teams", Permission.MANAGE_USERS.authority());
	}
}
