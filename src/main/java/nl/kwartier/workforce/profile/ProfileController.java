package nl.kwartier.workforce.profile;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.kwartier.audit.AuditAction;
import nl.kwartier.audit.AuditLog;
import nl.kwartier.audit.AuditRecord;
import nl.kwartier.geography.Regions;
import nl.kwartier.identity.CurrentUser;
import nl.kwartier.identity.Permission;
import nl.kwartier.identity.SignedInUser;
import nl.kwartier.identity.Teams;
import nl.kwartier.platform.language.SpokenLanguages;
import nl.kwartier.platform.web.FormValues;
import nl.kwartier.workforce.ProblemArea;
import nl.kwartier.workforce.Worker;
import nl.kwartier.workforce.Workforce;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A kwartiermaker's or peer expert's profile: his capacity, neighbourhoods, languages and, for a
 * peer expert, the areas of lived experience he is willing to draw on. Kept by the worker and
 * by the coordinator of his team. Lived experience is sensitive: every read and change is logged.
 */
@Controller
class ProfileController {

	private final Workforce workforce;

	private final Profiles profiles;

	private final Teams teams;

	private final Regions regions;

	private final CurrentUser currentUser;

	private final AuditLog log;

	ProfileController(Workforce workforce, Profiles profiles, Teams teams, Regions regions, CurrentUser currentUser,
			AuditLog log) {
		this.workforce = workforce;
		this.profiles = profiles;
		this.teams = teams;
		this.regions = regions;
		this.currentUser = currentUser;
		this.log = log;
	}

	@GetMapping("/workforce/profile")
	String own() {
		return "redirect:/workforce/profiles/" + me().id();
	}

	@GetMapping("/workforce/profiles/{userId}")
	String show(@PathVariable UUID userId, Model model) {
		Worker worker = mayKeep(userId);
		log.record(AuditRecord.read(null, "WorkerProfile", userId));
		model.addAttribute("profileForm", new ProfileForm(worker.fte() == null ? "" : worker.fte().stripTrailingZeros().toPlainString().replace('.', ','),
				worker.trainee() ? "true" : null, worker.neighbourhoodIds().stream().map(UUID::toString).toList(),
				List.copyOf(worker.languages()), worker.livedExperience().stream().map(Enum::name).toList(),
				profiles.version(userId).map(String::valueOf).orElse(null)));
		return page(worker, model);
	}

	@PostMapping("/workforce/profiles/{userId}")
	@Transactional
	String save(@PathVariable UUID userId, @Valid @ModelAttribute("profileForm") ProfileForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Worker worker = mayKeep(userId);
		Set<UUID> allowedNeighbourhoods = new LinkedHashSet<>();
		neighbourhoodChoices().forEach(n -> allowedNeighbourhoods.add(n.id()));
		List<UUID> chosenNeighbourhoods = new ArrayList<>();
		for (String id : form.neighbourhoodList()) {
			UUID parsed = FormValues.id(id);
			if (parsed == null || !allowedNeighbourhoods.contains(parsed)) {
				errors.rejectValue("neighbourhoods", "profile.error.choice");
				break;
			}
			chosenNeighbourhoods.add(parsed);
		}
		if (!errors.hasFieldErrors("fte") && form.fteValue() == null) {
			errors.rejectValue("fte", "profile.error.fte.number");
		}
		if (!form.languageList().stream().allMatch(SpokenLanguages::known)) {
			errors.rejectValue("languages", "profile.error.choice");
		}
		Set<ProblemArea> areas = EnumSet.noneOf(ProblemArea.class);
		for (String area : form.experienceAreaList()) {
			ProblemArea chosen = FormValues.choice(ProblemArea.class, area);
			if (chosen == null) {
				errors.rejectValue("experienceAreas", "profile.error.choice");
				break;
			}
			areas.add(chosen);
		}
		if (errors.hasErrors()) {
			return page(worker, model);
		}
		boolean saved = profiles.save(userId, me().organisationId(), form.versionNumber(), form.fteValue(),
				worker.isPeerExpert() && form.isTrainee(), chosenNeighbourhoods, form.languageList(),
				worker.isPeerExpert() ? areas : Set.of(), me().id());
		if (!saved) {
			errors.reject("profile.error.changed-meanwhile");
			model.addAttribute("currentVersion", profiles.version(userId).orElse(null));
			return page(worker, model);
		}
		log.record(AuditRecord.change(AuditAction.CHANGE, null, "WorkerProfile", userId));
		redirect.addFlashAttribute("notice", "profile.saved");
		return "redirect:/workforce/profiles/" + userId;
	}

	/** The worker himself, or the coordinator of his team (any team of the organisation when he has none). */
	private Worker mayKeep(UUID userId) {
		SignedInUser me = me();
		Worker worker = workforce.worker(userId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean self = me.id().equals(userId);
		boolean coordinator = me.may(Permission.COORDINATE_TEAM) && worker.organisationId().equals(me.organisationId())
				&& (me.teamId() == null || Objects.equals(me.teamId(), worker.teamId()));
		if (!self && !coordinator) {
			throw new AccessDeniedException("not this worker's coordinator");
		}
		return worker;
	}

	private String page(Worker worker, Model model) {
		model.addAttribute("worker", worker);
		model.addAttribute("self", worker.userId().equals(me().id()));
		model.addAttribute("neighbourhoods", neighbourhoodChoices());
		model.addAttribute("languages", SpokenLanguages.CODES);
		model.addAttribute("areas", ProblemArea.values());
		return "workforce/profile/profile";
	}

	private List<Regions.Neighbourhood> neighbourhoodChoices() {
		Set<UUID> regionIds = new LinkedHashSet<>();
		teams.teamsOf(me().organisationId()).forEach(team -> {
			if (team.regionId() != null) {
				regionIds.add(team.regionId());
			}
		});
		return regions.neighbourhoodsIn(regionIds);
	}

	private SignedInUser me() {
		return currentUser.get().orElseThrow();
	}
}
