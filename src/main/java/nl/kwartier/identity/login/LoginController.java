package nl.kwartier.identity.login;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	@GetMapping("/login")
	String loginPage() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.getAuthorities().stream().anyMatch(a -> KwartierUser.FULL_LOGIN.equals(a.getAuthority()))) {
			return "redirect:/";
		}
		return "identity/login/login";
	}
}
