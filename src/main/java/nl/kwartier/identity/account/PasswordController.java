package nl.kwartier.identity.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import nl.kwartier.identity.CurrentUser;
import nl.kwartier.identity.SecurityEvent;
import nl.kwartier.identity.SecurityEvent.AccountChange;
import nl.kwartier.identity.SignedInUser;
import nl.kwartier.identity.login.Credentials;
import nl.kwartier.identity.user.PasswordPolicy;
import nl.kwartier.identity.user.User;
import nl.kwartier.identity.user.UserRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user chooses his own password: at the first login after a temporary one, and whenever he
 * wants. The current password is asked again, so a session left open is not enough to take over
 * the account.
 */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	private final CurrentUser currentUser;

	private final UserRepository users;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final Credentials credentials;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PasswordController(CurrentUser currentUser, UserRepository users, PasswordEncoder encoder, PasswordPolicy policy,
			Credentials credentials, ApplicationEventPublisher events, Clock clock) {
		this.currentUser = currentUser;
		this.users = users;
		this.encoder = encoder;
		this.policy = policy;
		this.credentials = credentials;
		this.events = events;
		this.clock = clock;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("passwordForm", PasswordForm.empty());
		return page(model);
	}

	@PostMapping
	@Transactional
	String change(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		SignedInUser signedIn = currentUser.get().orElseThrow();
		User user = users.findById(signedIn.id()).orElseThrow();
		if (!errors.hasFieldErrors("currentPassword")) {
			switch (credentials.checkPassword(user, form.currentPassword(), request.getRemoteAddr())) {
				case WRONG -> errors.rejectValue("currentPassword", "password.error.current-wrong");
				case THROTTLED -> errors.rejectValue("currentPassword", "login.error.throttled",
						new Object[] { credentials.throttleMinutes() }, null);
				case RIGHT -> {
				}
			}
		}
		if (!errors.hasFieldErrors("newPassword")) {
			policy.check(form.newPassword(), user.username())
				.ifPresent(refusal -> errors.rejectValue("newPassword", refusal.messageKey(),
						new Object[] { PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH }, null));
		}
		if (!errors.hasFieldErrors("newPassword") && !errors.hasFieldErrors("repeatPassword")
				&& !form.newPassword().equals(form.repeatPassword())) {
			errors.rejectValue("repeatPassword", "password.error.repeat-different");
		}
		if (!errors.hasFieldErrors("newPassword") && encoder.matches(form.newPassword(), user.passwordHash())) {
			errors.rejectValue("newPassword", "password.error.same-as-current");
		}
		if (errors.hasErrors()) {
			return page(model);
		}
		user.changePassword(encoder.encode(form.newPassword()));
		users.save(user);
		events.publishEvent(new SecurityEvent.AccountChanged(clock.instant(), user.id(), user.username(),
				request.getRemoteAddr(), AccountChange.PASSWORD_CHANGED));
		credentials.refreshCurrentLogin(user.id(), request, response);
		redirect.addFlashAttribute("notice", "password.changed");
		return "redirect:/";
	}

	private String page(Model model) {
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		model.addAttribute("mustChange", users.findById(currentUser.get().orElseThrow().id())
			.map(User::passwordMustChange)
			.orElse(false));
		return "identity/account/password";
	}
}
