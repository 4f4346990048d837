package nl.kwartier.identity.user;

import java.util.Set;
import java.util.UUID;
import nl.kwartier.identity.AccountProvisioning;
import nl.kwartier.identity.Role;
import nl.kwartier.platform.Deployment;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A new installation without demo data has nobody to log in. On the first start with an empty
 * database, one administrator is created with a one-time password, printed once to the
 * console; he must choose his own password and link an authenticator app at the first login.
 */
@Component
class FirstAdministrator {

	private final AccountProvisioning accounts;

	private final Deployment deployment;

	private final String organisationName;

	FirstAdministrator(AccountProvisioning accounts, Deployment deployment,
			@Value("${kwartier.first-administrator.organisation:Kwartier}") String organisationName) {
		this.accounts = accounts;
		this.deployment = deployment;
		this.organisationName = organisationName;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(100)
	void createIfNobodyCanLogIn() {
		if (deployment.demoData() || accounts.anyUserExists()) {
			return;
		}
		UUID organisation = accounts.findOrganisation(organisationName)
			.orElseGet(() -> accounts.createOrganisation(organisationName));
		String password = TemporaryPasswords.generate();
		accounts.createUser(organisation, null, "beheerder", "Beheerder", password, Set.of(Role.ADMINISTRATOR), true,
				null, true);
		System.out.println();
		System.out.println("Kwartier: first administrator created. Username: beheerder  One-time password: " + password);
		System.out.println("Log in, choose a new password and link an authenticator app. This is shown only once.");
		System.out.println();
	}
}
