package nl.kwartier.identity.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import nl.kwartier.identity.CurrentUser;
import nl.kwartier.identity.Permission;
import nl.kwartier.identity.RequiresPermission;
import nl.kwartier.identity.SignedInUser;
import nl.kwartier.identity.organisation.Organisations;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The teams of the administrator's organisation: users are placed in them, and caseloads follow them. */
@Controller
@RequestMapping("/admin/teams")
class TeamsController {

	record TeamForm(@NotBlank(message = "{admin.team.error.name.required}")
	@Size(max = 100, message = "{admin.team.error.name.size}") String name) {
	}

	private final Organisations organisations;

	private final CurrentUser currentUser;

	TeamsController(Organisations organisations, CurrentUser currentUser) {
		this.organisations = organisations;
		this.currentUser = currentUser;
	}

	@GetMapping
	@RequiresPermission(Permission.MANAGE_USERS)
	String teams(Model model) {
		model.addAttribute("teamForm", new TeamForm(""));
		return page(model);
	}

	@PostMapping
	@RequiresPermission(Permission.MANAGE_USERS)
	String create(@Valid @ModelAttribute("teamForm") TeamForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		UUID organisation = admin().organisationId();
		if (!errors.hasErrors() && organisations.teamNameTaken(organisation, form.name())) {
			errors.rejectValue("name", "admin.team.error.name.taken");
		}
		if (errors.hasErrors()) {
			return page(model);
		}
		try {
			organisations.createTeam(organisation, form.name().trim(), null);
		}
		catch (DuplicateKeyException raced) {
			errors.rejectValue("name", "admin.team.error.name.taken");
			return page(model);
		}
		redirect.addFlashAttribute("notice", "admin.team.created");
		return "redirect:/admin/teams";
	}

	private String page(Model model) {
		model.addAttribute("teams", organisations.teamSizesOf(admin().organisationId()));
		return "identity/admin/teams";
	}

	private SignedInUser admin() {
		return currentUser.get().orElseThrow();
	}
}
