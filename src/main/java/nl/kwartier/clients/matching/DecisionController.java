package nl.kwartier.clients.matching;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.kwartier.audit.AuditAction;
import nl.kwartier.audit.AuditLog;
import nl.kwartier.audit.AuditRecord;
import nl.kwartier.clients.assignment.Assignments;
import nl.kwartier.clients.assignment.Assignments.Part;
import nl.kwartier.identity.CurrentUser;
import nl.kwartier.identity.Permission;
import nl.kwartier.identity.RequiresPermission;
import nl.kwartier.identity.SignedInUser;
import nl.kwartier.workforce.Worker;
import nl.kwartier.workforce.Workforce;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's side of a registration: the list of registrations waiting for a decision,
 * and per registration Kwartier's suggestion (with its reasons) and the team's decision, which
 * may differ from it.
 */
@Controller
@RequiresPermission(Permission.COORDINATE_TEAM)
class DecisionController {

	static final int SHOWN_PER_ROLE = 8;

	private final Decisions decisions;

	private final Workforce workforce;

	private final Assignments assignments;

	private final CurrentUser currentUser;

	private final AuditLog log;

	private final Clock clock;

	private final int clientsPerFte;

	DecisionController(Decisions decisions, Workforce workforce, Assignments assignments, CurrentUser currentUser,
			AuditLog log, Clock clock, @Value("${kwartier.caseload.clients-per-fte:20}") int clientsPerFte) {
		this.decisions = decisions;
		this.workforce = workforce;
		this.assignments = assignments;
		this.currentUser = currentUser;
		this.log = log;
		this.clock = clock;
		this.clientsPerFte = clientsPerFte;
	}

	@GetMapping("/clients/registrations")
	public String waiting(Model model) {
		SignedInUser me = me();
		List<Decisions.Waiting> waiting = decisions.waiting(me.organisationId(), me.teamId(), 200);
		List<Decisions.Waiting> possibleMatches = decisions.possibleMatches(me.organisationId(), me.teamId(), 200);
		waiting.forEach(w -> log.record(AuditRecord.read(w.clientId(), "Registration", w.registrationId())));
		possibleMatches.forEach(w -> log.record(AuditRecord.read(w.clientId(), "Registration", w.registrationId())));
		model.addAttribute("waiting", waiting);
		model.addAttribute("possibleMatches", possibleMatches);
		return "clients/matching/waiting";
	}

	@GetMapping("/clients/registrations/{id}/decision")
	public String decision(@PathVariable UUID id, Model model) {
		Decisions.Waiting registration = find(id);
		if (registration.possibleMatch()) {
			return "redirect:/clients/registrations/" + id + "/possible-match";
		}
		log.record(AuditRecord.read(registration.clientId(), "Registration", id));
		FirstTalkRule.Suggestion suggestion = FirstTalkRule.suggest(registration.struggles(), registration.practicalQuestion());
		model.addAttribute("chosenFirstTalk", suggestion.firstTalk().name());
		model.addAttribute("chosenWorkers", List.of());
		model.addAttribute("note", "");
		return page(registration, suggestion, model);
	}

	@PostMapping("/clients/registrations/{id}/decision")
	@Transactional
	public String decide(@PathVariable UUID id, @RequestParam(defaultValue = "") String firstTalk,
			@RequestParam(defaultValue = "") List<String> workers, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "-1") String version, Model model, RedirectAttributes redirect) {
		Decisions.Waiting registration = find(id);
		FirstTalkRule.Suggestion suggestion = FirstTalkRule.suggest(registration.struggles(), registration.practicalQuestion());
		Map<UUID, Worker> candidates = new java.util.HashMap<>();
		workforce.caseloadWorkers(me().organisationId()).forEach(w -> candidates.put(w.userId(), w));
		List<Worker> chosen = new ArrayList<>();
		for (String worker : workers) {
			Worker known = candidates.get(parse(worker));
			if (known != null) {
				chosen.add(known);
			}
		}
		FirstTalk talk = java.util.Arrays.stream(FirstTalk.values()).filter(t -> t.name().equals(firstTalk)).findFirst()
			.orElse(null);
		String error = null;
		if (talk == null) {
			error = "decision.error.first-talk";
		}
		else if (chosen.isEmpty() || chosen.size() != workers.stream().filter(w -> !w.isBlank()).count()) {
			error = "decision.error.workers";
		}
		else if ((talk != FirstTalk.PEER_EXPERT && chosen.stream().noneMatch(Worker::isKwartiermaker))
				|| (talk != FirstTalk.KWARTIERMAKER && chosen.stream().noneMatch(Worker::isPeerExpert))) {
			error = switch (talk) {
				case KWARTIERMAKER -> "decision.error.workers-kwartiermaker";
				case PEER_EXPERT -> "decision.error.workers-peer-expert";
				case BOTH -> "decision.error.workers-both";
			};
		}
		else if (note.length() > 2000) {
			error = "decision.error.note";
		}
		if (error == null && (registration.decided() || !decisions.decide(id, parseVersion(version), talk,
				note.isBlank() ? null : note.trim(), me().id(), clock.instant()))) {
			error = "decision.error.changed-meanwhile";
		}
		if (error != null) {
			model.addAttribute("decisionError", error);
			model.addAttribute("chosenFirstTalk", firstTalk);
			model.addAttribute("chosenWorkers", workers);
			model.addAttribute("note", note.length() > 2000 ? note.substring(0, 2000) : note);
			return page(decisions.find(id).orElse(registration), suggestion, model);
		}
		for (Worker worker : chosen) {
			Part part = worker.isPeerExpert() && (talk != FirstTalk.KWARTIERMAKER || !worker.isKwartiermaker())
					? Part.PEER_EXPERT : Part.KWARTIERMAKER;
			assignments.assign(registration.clientId(), id, worker.userId(), part, Assignments.Reason.FIRST_TALK,
					clock.instant(), me().id());
		}
		log.record(AuditRecord.change(AuditAction.CHANGE, registration.clientId(), "Registration", id));
		redirect.addFlashAttribute("notice", "decision.saved");
		return "redirect:/clients/registrations";
	}

	private String page(Decisions.Waiting registration, FirstTalkRule.Suggestion suggestion, Model model) {
		List<Worker> workers = workforce.caseloadWorkers(me().organisationId());
		Map<UUID, Integer> caseloads = assignments.caseloads(workers.stream().map(Worker::userId).toList());
		WorkerSuggestion.ClientNeeds needs = new WorkerSuggestion.ClientNeeds(registration.neighbourhoodId(),
				registration.languages(), registration.problemAreas());
		List<WorkerSuggestion.Ranked> ranked = WorkerSuggestion.rank(workers, caseloads, needs, clientsPerFte);
		model.addAttribute("registration", registration);
		model.addAttribute("suggestion", suggestion);
		model.addAttribute("kwartiermakers",
				ranked.stream().filter(r -> r.worker().isKwartiermaker()).limit(SHOWN_PER_ROLE).toList());
		model.addAttribute("peerExperts",
				ranked.stream().filter(r -> r.worker().isPeerExpert()).limit(SHOWN_PER_ROLE).toList());
		model.addAttribute("firstTalks", FirstTalk.values());
		return "clients/matching/decision";
	}

	private Decisions.Waiting find(UUID id) {
		SignedInUser me = me();
		return decisions.find(id)
			.filter(r -> r.organisationId().equals(me.organisationId())
					&& (me.teamId() == null || Objects.equals(me.teamId(), r.teamId())))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private SignedInUser me() {
		return currentUser.get().orElseThrow();
	}

	private static UUID parse(String id) {
		try {
			return UUID.fromString(id.trim());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static int parseVersion(String version) {
		try {
			return Integer.parseInt(version.trim());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}
}
