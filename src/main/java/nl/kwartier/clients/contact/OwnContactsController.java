package nl.kwartier.clients.contact;

import nl.kwartier.clients.OpenedClient;
import nl.kwartier.identity.Permission;
import nl.kwartier.identity.RequiresPermission;
import nl.kwartier.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The client's own, plain summary of what happened: when, what kind of contact, with whom and what
 * was helped with. The workers' notes are theirs and are not shown here; voided contacts are left out.
 */
@Controller
@RequiresPermission(Permission.VIEW_OWN_FILE)
class OwnContactsController {

	static final int PAGE_SIZE = 20;

	private final ContactRepository contacts;

	OwnContactsController(ContactRepository contacts) {
		this.contacts = contacts;
	}

	@GetMapping("/mijn/contacten")
	public String own(OpenedClient own, @RequestParam(required = false) String after, Model model) {
		ContactRepository.Page page = contacts.timeline(own.id(), null, ContactRepository.Cursor.parse(after).orElse(null),
				PAGE_SIZE);
		model.addAttribute("contacts", page.contacts().stream().filter(c -> !c.voided()).toList());
		model.addAttribute("next", page.next() == null ? null : page.next().toString());
		model.addAttribute("continued", after != null);
		return "clients/contact/own";
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem ownContactsNavigationItem() {
			return new NavigationItem(7, "nav.own.contacts", "/mijn/contacten", Permission.VIEW_OWN_FILE.authority());
		}
	}
}
