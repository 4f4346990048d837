package nl.kwartier.clients.recoveryplan;

import nl.kwartier.clients.DossierSection;
import nl.kwartier.identity.Permission;
import nl.kwartier.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RecoveryPlanNavigation {

	/** The client's own way to his plan. */
	@Bean
	NavigationItem ownPlanNavigationItem() {
		return new NavigationItem(5, "plan.nav.own", RecoveryPlanController.OWN_PLAN, Permission.VIEW_OWN_FILE.authority());
	}

	@Bean
	DossierSection recoveryPlanSection() {
		return new DossierSection(20, "plan.section", "plan");
	}
}
