package nl.kwartier.home;

import nl.kwartier.identity.CurrentUser;
import nl.kwartier.identity.Role;
import nl.kwartier.identity.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: a greeting and the work the user's roles open up. */
@Controller
class HomeController {

	private final CurrentUser currentUser;

	HomeController(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	@GetMapping("/")
	String home(Model model) {
		SignedInUser user = currentUser.get().orElseThrow();
		model.addAttribute("user", user);
		model.addAttribute("may", user.permissions().stream().map(Enum::name).toList());
		model.addAttribute("roles", user.roles().stream().sorted().map(Role::messageKey).toList());
		return "home/home";
	}
}
