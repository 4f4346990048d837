package nl.kwartier.identity.admin;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kwartier.identity.CurrentUser;
import nl.kwartier.identity.Role;
import nl.kwartier.identity.Team;
import nl.kwartier.identity.admin.UserAdministration.Refused;
import nl.kwartier.identity.admin.UserAdministration.Refusal;
import nl.kwartier.identity.organisation.Organisations;
import nl.kwartier.identity.user.User;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's pages for the accounts of his organisation. */
@Controller
@RequestMapping("/admin/users")
class UsersController {

	/** Actions that change someone's access; each is confirmed on a page of its own first. */
	private static final Set<String> CONFIRMED_ACTIONS = Set.of("deactivate", "reset-second-factor", "reset-password");

	private static final int MAX_REASON = 500;

	private final UserAdministration administration;

	private final UserListing listing;

	private final Organisations organisations;

	private final CurrentUser currentUser;

	UsersController(UserAdministration administration, UserListing listing, Organisations organisations,
			CurrentUser currentUser) {
		this.administration = administration;
		this.listing = listing;
		this.organisations = organisations;
		this.currentUser = currentUser;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") String page, Model model) {
		String search = q.length() > 100 ? q.substring(0, 100) : q;
		model.addAttribute("q", search);
		model.addAttribute("users", listing.find(organisationId(), search, pageNumber(page)));
		return "identity/admin/users";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("userForm", UserForm.empty());
		return newPage(model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("userForm") UserForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		checkChoices(form, errors);
		if (errors.hasErrors()) {
			return newPage(model);
		}
		try {
			UserAdministration.Created created = administration.create(form);
			redirect.addFlashAttribute("notice", "admin.user.created");
			redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
			return "redirect:/admin/users/" + created.id();
		}
		catch (Refused refused) {
			reject(errors, refused.refusal);
			return newPage(model);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		User user = view(id);
		model.addAttribute("userForm", UserForm.of(user));
		return detailPage(user, model);
	}

	@PostMapping("/{id}")
	String change(@PathVariable UUID id, @Valid @ModelAttribute("userForm") UserForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		User user = find(id);
		checkChoices(form, errors);
		if (errors.hasErrors()) {
			return detailPage(user, model);
		}
		try {
			administration.change(user, form);
			redirect.addFlashAttribute("notice", "admin.user.saved");
			return "redirect:/admin/users/" + id;
		}
		catch (Refused refused) {
			reject(errors, refused.refusal);
			if (refused.refusal == Refusal.CHANGED_MEANWHILE) {
				// What is saved now, beside what this administrator typed; saving again overwrites on purpose.
				model.addAttribute("saved", UserForm.of(user));
				model.addAttribute("currentVersion", user.version());
			}
			return detailPage(user, model);
		}
		catch (OptimisticLockingFailureException raced) {
			errors.reject(Refusal.CHANGED_MEANWHILE.messageKey);
			User now = find(id);
			model.addAttribute("saved", UserForm.of(now));
			model.addAttribute("currentVersion", now.version());
			return detailPage(now, model);
		}
	}

	@GetMapping("/{id}/{action}")
	String confirm(@PathVariable UUID id, @PathVariable String action, Model model) {
		if (!CONFIRMED_ACTIONS.contains(action)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("subject", view(id));
		model.addAttribute("action", action);
		model.addAttribute("reason", "");
		return "identity/admin/confirm";
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Model model,
			RedirectAttributes redirect) {
		User user = find(id);
		if (reason.isBlank() || reason.length() > MAX_REASON) {
			model.addAttribute("subject", user);
			model.addAttribute("action", "deactivate");
			model.addAttribute("reason", reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason);
			model.addAttribute("reasonError",
					reason.isBlank() ? "admin.user.error.reason.required" : "admin.user.error.reason.size");
			return "identity/admin/confirm";
		}
		return act(id, redirect, "admin.user.deactivated", () -> administration.deactivate(user, reason));
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable UUID id, RedirectAttributes redirect) {
		User user = find(id);
		return act(id, redirect, "admin.user.reactivated", () -> administration.reactivate(user));
	}

	@PostMapping("/{id}/reset-second-factor")
	String resetSecondFactor(@PathVariable UUID id, RedirectAttributes redirect) {
		User user = find(id);
		return act(id, redirect, "admin.user.second-factor-reset", () -> administration.resetSecondFactor(user));
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable UUID id, RedirectAttributes redirect) {
		User user = find(id);
		return act(id, redirect, "admin.user.password-reset",
				() -> redirect.addFlashAttribute("temporaryPassword", administration.resetPassword(user)));
	}

	private String act(UUID id, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("refusal", refused.refusal.messageKey);
		}
		catch (OptimisticLockingFailureException raced) {
			// The account changed at the same moment (the user logged in, another administrator): nothing was done.
			redirect.addFlashAttribute("refusal", "admin.user.error.action-changed-meanwhile");
		}
		return "redirect:/admin/users/" + id;
	}

	private User view(UUID id) {
		return administration.view(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private User find(UUID id) {
		return administration.load(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** What Bean Validation cannot see: values that are not a team or role, and rights that go together. */
	private static void checkChoices(UserForm form, BindingResult errors) {
		if (form.teamUnreadable()) {
			errors.rejectValue("teamId", "admin.user.error.team.unknown");
		}
		if (form.rolesUnreadable()) {
			errors.rejectValue("roles", "admin.user.error.roles.unknown");
		}
		if (form.isLogManager() && !form.chosenRoles().contains(Role.ADMINISTRATOR)) {
			errors.rejectValue("logManager", "admin.user.error.log-manager");
		}
	}

	private static void reject(BindingResult errors, Refusal refusal) {
		switch (refusal) {
			case USERNAME_TAKEN -> errors.rejectValue("username", refusal.messageKey);
			case UNKNOWN_TEAM -> errors.rejectValue("teamId", refusal.messageKey);
			case OWN_ADMINISTRATOR_ROLE -> errors.rejectValue("roles", refusal.messageKey);
			default -> errors.reject(refusal.messageKey);
		}
	}

	private String newPage(Model model) {
		addChoices(model);
		return "identity/admin/new";
	}

	private String detailPage(User user, Model model) {
		addChoices(model);
		model.addAttribute("subject", user);
		model.addAttribute("self", user.id().equals(currentUser.get().orElseThrow().id()));
		model.addAttribute("teamName", user.teamId() == null ? null
				: organisations.findTeam(user.teamId()).map(Team::name).orElse(null));
		return "identity/admin/user";
	}

	private void addChoices(Model model) {
		model.addAttribute("teams", organisations.teamsOf(organisationId()));
		model.addAttribute("allRoles", List.of(Role.values()));
	}

	private UUID organisationId() {
		return currentUser.get().orElseThrow().organisationId();
	}

	private static int pageNumber(String page) {
		try {
			return Math.max(0, Math.min(Integer.parseInt(page.trim()), 100_000));
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}
}
