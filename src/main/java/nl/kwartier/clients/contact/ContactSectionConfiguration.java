package nl.kwartier.clients.contact;

import nl.kwartier.clients.DossierSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ContactSectionConfiguration {

	/** The dossier links to the timeline first: it is what workers open most. */
	@Bean
	DossierSection contactsSection() {
		return new DossierSection(10, "contacts.section", "contacts");
	}
}
