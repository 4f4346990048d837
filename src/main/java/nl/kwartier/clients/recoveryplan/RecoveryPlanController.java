package nl.kwartier.clients.recoveryplan;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kwartier.audit.AuditLog;
import nl.kwartier.audit.AuditRecord;
import nl.kwartier.clients.OpenedClient;
import nl.kwartier.clients.recoveryplan.RecoveryPlanRepository.ClientOfPlan;
import nl.kwartier.identity.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The recovery plan of a client: his goals per life domain, the steps and who helps, moments of
 * recovery and the history of every change. Workers open it from the dossier; the client opens
 * his own at {@value #OWN_PLAN} (the same pages, under his own address) and reads it in plain words.
 */
@Controller
class RecoveryPlanController {

	static final String OWN_PLAN = "/mijn-plan";

	/** A review further away than this is more likely a typing error than a plan. */
	private static final int MAX_YEARS_AHEAD = 5;

	private static final int MAX_REASON = 500;

	private static final LocalDate EARLIEST_MOMENT = LocalDate.of(1900, 1, 1);

	private final RecoveryPlanRepository repository;

	private final RecoveryPlans plans;

	private final LifeDomains domains;

	private final AuditLog log;

	private final Clock clock;

	RecoveryPlanController(RecoveryPlanRepository repository, RecoveryPlans plans,
			LifeDomains domains, AuditLog log, Clock clock) {
		this.repository = repository;
		this.plans = plans;
		this.domains = domains;
		this.log = log;
		this.clock = clock;
	}

	@GetMapping({ "/clients/{id}/plan", OWN_PLAN })
	String plan(OpenedClient opened, Model model, Locale locale) {
		UUID id = opened.id();
		ClientOfPlan client = client(id);
		Map<String, String> names = domains.names(client.organisationId(), locale);
		List<Goal> goals = repository.goals(id);
		Map<String, List<Goal>> byDomain = goals.stream().collect(Collectors.groupingBy(Goal::domainCode));
		List<DomainGoals> withGoals = new ArrayList<>();
		List<String> withoutGoals = new ArrayList<>();
		for (LifeDomain domain : domains.of(client.organisationId())) {
			List<Goal> onDomain = byDomain.remove(domain.code());
			if (onDomain != null) {
				withGoals.add(new DomainGoals(domain.code(), names.get(domain.code()), onDomain));
			}
			else if (!domain.hidden()) {
				withoutGoals.add(names.get(domain.code()));
			}
		}
		// Goals on a domain the organisation no longer has are still the client's: show them too.
		byDomain.forEach((code, rest) -> withGoals.add(new DomainGoals(code, code, rest)));
		addClient(model, client, opened);
		model.addAttribute("domainGoals", withGoals);
		model.addAttribute("domainsWithoutGoals", withoutGoals);
		model.addAttribute("moments", repository.moments(id));
		model.addAttribute("history", repository.history(id, 50));
		model.addAttribute("domainNames", names);
		return "clients/recoveryplan/plan";
	}

	@GetMapping({ "/clients/{id}/plan/goals/new", OWN_PLAN + "/goals/new" })
	String newGoal(OpenedClient opened, Model model, Locale locale) {
		UUID id = opened.id();
		ClientOfPlan client = client(id);
		model.addAttribute("goalForm", GoalForm.empty());
		return goalPage(model, client, opened, null, locale);
	}

	@PostMapping({ "/clients/{id}/plan/goals", OWN_PLAN + "/goals" })
	String addGoal(OpenedClient opened, @Valid @ModelAttribute("goalForm") GoalForm form, BindingResult errors,
			Model model, Locale locale, RedirectAttributes redirect) {
		UUID id = opened.id();
		SignedInUser user = opened.user();
		ClientOfPlan client = client(id);
		GoalDraft draft = read(form, errors, client, null);
		if (draft == null) {
			return goalPage(model, client, opened, null, locale);
		}
		plans.addGoal(id, draft, user.id());
		redirect.addFlashAttribute("notice", opened.own() ? "plan.own.goal.added" : "plan.goal.added");
		return "redirect:" + planPath(opened);
	}

	@GetMapping({ "/clients/{id}/plan/goals/{goalId}", OWN_PLAN + "/goals/{goalId}" })
	String goal(OpenedClient opened, @PathVariable UUID goalId, Model model, Locale locale) {
		UUID id = opened.id();
		ClientOfPlan client = client(id);
		Goal goal = goalOf(id, goalId);
		log.record(AuditRecord.read(id, "Goal", goalId));
		model.addAttribute("goalForm", GoalForm.of(goal));
		return goalPage(model, client, opened, goal, locale);
	}

	@PostMapping({ "/clients/{id}/plan/goals/{goalId}", OWN_PLAN + "/goals/{goalId}" })
	String changeGoal(OpenedClient opened, @PathVariable UUID goalId, @Valid @ModelAttribute("goalForm") GoalForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		UUID id = opened.id();
		SignedInUser user = opened.user();
		ClientOfPlan client = client(id);
		Goal goal = goalOf(id, goalId);
		GoalDraft draft = read(form, errors, client, goal);
		if (draft == null) {
			return goalPage(model, client, opened, goal, locale);
		}
		try {
			plans.changeGoal(goal, form.versionSeen(), draft, user.id());
		}
		catch (RecoveryPlans.ChangedMeanwhile changed) {
			// Show what is saved now and what others changed, beside what this user typed; saving
			// again, with the version saved now, keeps what he typed on purpose.
			Goal now = goalOf(id, goalId);
			errors.reject("plan.error.changed-meanwhile");
			model.addAttribute("saved", now);
			model.addAttribute("meanwhile", repository.changesSince(goalId, form.versionSeen()));
			model.addAttribute("currentVersion", now.version());
			return goalPage(model, client, opened, now, locale);
		}
		redirect.addFlashAttribute("notice", opened.own() ? "plan.own.goal.saved" : "plan.goal.saved");
		return "redirect:" + planPath(opened);
	}

	@GetMapping({ "/clients/{id}/plan/goals/{goalId}/void", OWN_PLAN + "/goals/{goalId}/void" })
	String confirmVoid(OpenedClient opened, @PathVariable UUID goalId, Model model) {
		UUID id = opened.id();
		ClientOfPlan client = client(id);
		Goal goal = goalOf(id, goalId);
		log.record(AuditRecord.read(id, "Goal", goalId));
		return voidPage(model, client, opened, goal, "", String.valueOf(goal.version()), null);
	}

	@PostMapping({ "/clients/{id}/plan/goals/{goalId}/void", OWN_PLAN + "/goals/{goalId}/void" })
	String voidGoal(OpenedClient opened, @PathVariable UUID goalId,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String version, Model model,
			Locale locale, RedirectAttributes redirect) {
		UUID id = opened.id();
		SignedInUser user = opened.user();
		ClientOfPlan client = client(id);
		Goal goal = goalOf(id, goalId);
		String cleaned = Texts.clean(reason);
		if (cleaned == null || cleaned.length() > MAX_REASON) {
			String kept = reason.length() > MAX_REASON * 2 ? reason.substring(0, MAX_REASON * 2) : reason;
			return voidPage(model, client, opened, goal, kept, version,
					cleaned == null ? "plan.error.void-reason.required" : "plan.error.void-reason.too-long");
		}
		int versionSeen;
		try {
			versionSeen = Integer.parseInt(version.trim());
		}
		catch (NumberFormatException e) {
			versionSeen = -1;
		}
		try {
			plans.voidGoal(goal, versionSeen, cleaned, user.id());
		}
		catch (RecoveryPlans.ChangedMeanwhile changed) {
			model.addAttribute("meanwhile", repository.changesSince(goalId, versionSeen));
			model.addAttribute("domainNames", domains.names(client.organisationId(), locale));
			return voidPage(model, client, opened, goal, reason, String.valueOf(goal.version()),
					"plan.error.changed-meanwhile");
		}
		redirect.addFlashAttribute("notice", "plan.goal.voided");
		return "redirect:" + planPath(opened);
	}

	@GetMapping({ "/clients/{id}/plan/moments/new", OWN_PLAN + "/moments/new" })
	String newMoment(OpenedClient opened, Model model, Locale locale) {
		UUID id = opened.id();
		ClientOfPlan client = client(id);
		model.addAttribute("momentForm", MomentForm.empty(today().toString()));
		return momentPage(model, client, opened, locale);
	}

	@PostMapping({ "/clients/{id}/plan/moments", OWN_PLAN + "/moments" })
	String addMoment(OpenedClient opened, @Valid @ModelAttribute("momentForm") MomentForm form, BindingResult errors,
			Model model, Locale locale, RedirectAttributes redirect) {
		UUID id = opened.id();
		SignedInUser user = opened.user();
		ClientOfPlan client = client(id);
		String description = Texts.clean(form.description());
		if (description == null && !errors.hasFieldErrors("description")) {
			errors.rejectValue("description", "plan.error.moment.required");
		}
		LocalDate happenedOn = Texts.date(form.happenedOn());
		if (form.happenedOn() == null || form.happenedOn().isBlank()) {
			errors.rejectValue("happenedOn", "plan.error.happened-on.required");
		}
		else if (happenedOn == null || happenedOn.isBefore(EARLIEST_MOMENT)) {
			errors.rejectValue("happenedOn", "plan.error.date.invalid");
		}
		else if (happenedOn.isAfter(today())) {
			errors.rejectValue("happenedOn", "plan.error.happened-on.future");
		}
		String domain = Texts.clean(form.domain());
		if (domain != null && !codes(domains.choosable(client.organisationId())).contains(domain)) {
			errors.rejectValue("domain", "plan.error.domain.unknown");
		}
		if (errors.hasErrors() || happenedOn == null || description == null) {
			return momentPage(model, client, opened, locale);
		}
		plans.addMoment(id, happenedOn, description, domain, user.id());
		redirect.addFlashAttribute("notice", "plan.moment.added");
		return "redirect:" + planPath(opened);
	}

	/** The goal as the form describes it, or null (with the reasons in errors) if it cannot be saved. */
	private @Nullable GoalDraft read(GoalForm form, BindingResult errors, ClientOfPlan client, @Nullable Goal stored) {
		String description = Texts.clean(form.description());
		if (description == null && !errors.hasFieldErrors("description")) {
			errors.rejectValue("description", "plan.error.description.required");
		}
		Set<String> allowed = codes(domains.choosable(client.organisationId()));
		String domain = Texts.clean(form.domain());
		if (domain == null) {
			errors.rejectValue("domain", "plan.error.domain.required");
		}
		else if (!allowed.contains(domain) && !(stored != null && stored.domainCode().equals(domain))) {
			errors.rejectValue("domain", "plan.error.domain.unknown");
		}
		GoalStatus status = enumValue(GoalStatus.class, form.status());
		if (status == null) {
			errors.rejectValue("status", "plan.error.status.required");
		}
		LocalDate reviewOn = Texts.date(form.reviewOn());
		if (form.reviewOn() != null && !form.reviewOn().isBlank()) {
			if (reviewOn == null) {
				errors.rejectValue("reviewOn", "plan.error.date.invalid");
			}
			else if (reviewOn.isBefore(today()) && !(stored != null && reviewOn.equals(stored.reviewOn()))) {
				errors.rejectValue("reviewOn", "plan.error.review-on.past");
			}
			else if (reviewOn.isAfter(today().plusYears(MAX_YEARS_AHEAD))) {
				errors.rejectValue("reviewOn", "plan.error.review-on.far", new Object[] { MAX_YEARS_AHEAD }, null);
			}
		}
		List<Step> steps = steps(form, errors);
		if (errors.hasErrors() || domain == null || description == null || status == null) {
			return null;
		}
		return new GoalDraft(domain, description, status, reviewOn, steps);
	}

	private static List<Step> steps(GoalForm form, BindingResult errors) {
		List<Step> steps = new ArrayList<>();
		for (GoalForm.StepRow row : form.rows()) {
			if (row.blank()) {
				continue;
			}
			Object[] number = { row.number() };
			String text = Texts.clean(row.text());
			String helper = Texts.clean(row.helperName());
			HelperKind kind = enumValue(HelperKind.class, row.helperKind());
			if (text == null) {
				errors.rejectValue("stepText", "plan.error.step.required", number, null);
			}
			else if (text.length() > GoalForm.MAX_STEP) {
				errors.rejectValue("stepText", "plan.error.step.too-long", new Object[] { row.number(), GoalForm.MAX_STEP },
						null);
			}
			if (helper != null && helper.length() > GoalForm.MAX_HELPER) {
				errors.rejectValue("stepText", "plan.error.helper.too-long",
						new Object[] { row.number(), GoalForm.MAX_HELPER }, null);
			}
			if (kind == null && !row.helperKind().isBlank()) {
				errors.rejectValue("stepText", "plan.error.helper.unknown", number, null);
			}
			if (text != null) {
				steps.add(new Step(text, kind, helper));
			}
		}
		if (steps.size() > GoalForm.MAX_STEPS) {
			errors.rejectValue("stepText", "plan.error.steps.too-many", new Object[] { GoalForm.MAX_STEPS }, null);
		}
		return steps;
	}

	private String goalPage(Model model, ClientOfPlan client, OpenedClient opened, @Nullable Goal goal, Locale locale) {
		addClient(model, client, opened);
		List<LifeDomain> choices = new ArrayList<>(domains.choosable(client.organisationId()));
		if (goal != null && choices.stream().noneMatch(d -> d.code().equals(goal.domainCode()))) {
			domains.of(client.organisationId())
				.stream()
				.filter(d -> d.code().equals(goal.domainCode()))
				.findFirst()
				.ifPresent(choices::add);
		}
		model.addAttribute("domains", choices);
		model.addAttribute("domainNames", domains.names(client.organisationId(), locale));
		model.addAttribute("statuses", List.of(GoalStatus.values()));
		model.addAttribute("helperKinds", List.of(HelperKind.values()));
		model.addAttribute("goal", goal);
		return "clients/recoveryplan/goal";
	}

	private String voidPage(Model model, ClientOfPlan client, OpenedClient opened, Goal goal, String reason,
			String version, @Nullable String error) {
		addClient(model, client, opened);
		model.addAttribute("goal", goal);
		model.addAttribute("reason", reason);
		model.addAttribute("version", version);
		model.addAttribute("reasonError", error);
		return "clients/recoveryplan/void";
	}

	private String momentPage(Model model, ClientOfPlan client, OpenedClient opened, Locale locale) {
		addClient(model, client, opened);
		model.addAttribute("domains", domains.choosable(client.organisationId()));
		model.addAttribute("domainNames", domains.names(client.organisationId(), locale));
		return "clients/recoveryplan/moment";
	}

	private void addClient(Model model, ClientOfPlan client, OpenedClient opened) {
		model.addAttribute("clientId", client.id());
		model.addAttribute("clientName", client.name());
		model.addAttribute("own", opened.own());
		model.addAttribute("planPath", planPath(opened));
		model.addAttribute("today", today());
	}

	/** Where the plan lives for this user: the client's own page, or the page of his file for workers. */
	private static String planPath(OpenedClient opened) {
		return opened.own() ? OWN_PLAN : "/clients/" + opened.id() + "/plan";
	}

	private ClientOfPlan client(UUID id) {
		return repository.client(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Goal goalOf(UUID clientId, UUID goalId) {
		return repository.goal(goalId)
			.filter(goal -> goal.clientId().equals(clientId))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Amsterdam")));
	}

	private static Set<String> codes(List<LifeDomain> domains) {
		return domains.stream().map(LifeDomain::code).collect(Collectors.toSet());
	}

	private static <E extends Enum<E>> @Nullable E enumValue(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
