package nl.kwartier.clients.trajectory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kwartier.audit.AuditAction;
import nl.kwartier.audit.AuditLog;
import nl.kwartier.audit.AuditRecord;
import nl.kwartier.clients.OpenedClient;
import nl.kwartier.clients.assignment.Assignments;
import nl.kwartier.clients.assignment.Assignments.Assignment;
import nl.kwartier.clients.trajectory.Trajectories.ClosingReason;
import nl.kwartier.clients.trajectory.Trajectories.Level;
import nl.kwartier.identity.Permission;
import nl.kwartier.identity.RequiresPermission;
import nl.kwartier.identity.SignedInUser;
import nl.kwartier.identity.Team;
import nl.kwartier.identity.Teams;
import nl.kwartier.platform.web.FormValues;
import nl.kwartier.workforce.Worker;
import nl.kwartier.workforce.Workforce;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The course of a client's trajectory: the support level the team sets (dated, with a reason),
 * bringing in another worker (a kwartiermaker who is stuck brings in a peer expert; both stay),
 * and closing with a reason and note, or reopening, with the whole history kept.
 */
@Controller
@RequiresPermission(Permission.WORK_WITH_CLIENTS)
class TrajectoryController {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final Trajectories trajectories;

	private final Assignments assignments;

	private final Workforce workforce;

	private final AuditLog log;

	private final Teams teams;

	private final Clock clock;

	TrajectoryController(Trajectories trajectories, Assignments assignments, Workforce workforce, Teams teams,
			AuditLog log, Clock clock) {
		this.teams = teams;
		this.trajectories = trajectories;
		this.assignments = assignments;
		this.workforce = workforce;
		this.log = log;
		this.clock = clock;
	}

	@GetMapping("/clients/{id}/support-level")
	public String levelForm(OpenedClient opened, Model model) {
		UUID id = opened.id();
		return levelPage(id, trajectories.currentLevel(id).map(Enum::name).orElse(""), today().toString(), "", Map.of(),
				String.valueOf(trajectories.levelVersion(id)), model);
	}

	@PostMapping("/clients/{id}/support-level")
	@Transactional
	public String setLevel(OpenedClient opened, @RequestParam(defaultValue = "") String level,
			@RequestParam(defaultValue = "") String since, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String version, Model model, RedirectAttributes redirect) {
		UUID id = opened.id();
		SignedInUser me = opened.user();
		Map<String, String> errors = new LinkedHashMap<>();
		Level chosen = FormValues.choice(Level.class, level);
		LocalDate date = FormValues.date(since);
		if (chosen == null) {
			errors.put("level", "trajectory.error.level");
		}
		if (date == null) {
			errors.put("since", "trajectory.error.date");
		}
		else if (date.isAfter(today().plusYears(1)) || date.isBefore(today().minusYears(10))) {
			errors.put("since", "trajectory.error.date-range");
		}
		if (reason.isBlank()) {
			errors.put("reason", "trajectory.error.reason");
		}
		else if (reason.length() > 500) {
			errors.put("reason", "trajectory.error.too-long");
		}
		if (!errors.isEmpty()) {
			return levelPage(id, level, since, clip(reason), errors, version, model);
		}
		if (!trajectories.setLevel(id, chosen, date, reason.trim(), me.id(), basedOn(version))) {
			// Someone else set a level since this form was opened: show it, keep what was typed.
			log.record(AuditRecord.read(id, "SupportLevel", id));
			model.addAttribute("conflict", true);
			return levelPage(id, level, since, clip(reason), Map.of(), String.valueOf(trajectories.levelVersion(id)),
					model);
		}
		log.record(AuditRecord.change(AuditAction.CHANGE, id, "SupportLevel", id));
		redirect.addFlashAttribute("notice", "trajectory.level.saved");
		return "redirect:/clients/" + id;
	}

	@GetMapping("/clients/{id}/bring-in")
	public String bringInForm(OpenedClient opened, Model model) {
		UUID id = opened.id();
		SignedInUser me = opened.user();
		return bringInPage(id, me, "", Map.of(), model);
	}

	@PostMapping("/clients/{id}/bring-in")
	@Transactional
	public String bringIn(OpenedClient opened, @RequestParam(defaultValue = "") String worker, Model model,
			RedirectAttributes redirect) {
		UUID id = opened.id();
		SignedInUser me = opened.user();
		Worker chosen = workforce.caseloadWorkers(me.organisationId()).stream()
			.filter(w -> w.userId().toString().equals(worker))
			.findFirst()
			.orElse(null);
		BringInRule.Verdict verdict = chosen == null ? null
				: BringInRule.judge(me, trajectories.teamOf(id).orElse(null), workingWithClient(id), chosen);
		if (verdict != BringInRule.Verdict.ALLOWED) {
			return bringInPage(id, me, worker, Map.of("worker",
					verdict == BringInRule.Verdict.OTHER_TEAM_ONLY_BY_COORDINATOR ? "trajectory.error.worker-other-team"
							: "trajectory.error.worker"),
					model);
		}
		assignments.assign(id, null, chosen.userId(),
				chosen.isPeerExpert() ? Assignments.Part.PEER_EXPERT : Assignments.Part.KWARTIERMAKER,
				Assignments.Reason.BROUGHT_IN, clock.instant(), me.id());
		log.record(AuditRecord.change(AuditAction.CHANGE, id, "Assignment", chosen.userId()));
		redirect.addFlashAttribute("notice", "trajectory.brought-in");
		return "redirect:/clients/" + id;
	}

	@GetMapping("/clients/{id}/close")
	public String closeForm(OpenedClient opened, Model model) {
		UUID id = opened.id();
		return closePage(id, "", today().toString(), "", Map.of(), model);
	}

	@PostMapping("/clients/{id}/close")
	@Transactional
	public String close(OpenedClient opened, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String closedOn, @RequestParam(defaultValue = "") String note, Model model,
			RedirectAttributes redirect) {
		UUID id = opened.id();
		SignedInUser me = opened.user();
		Map<String, String> errors = new LinkedHashMap<>();
		ClosingReason chosen = FormValues.choice(ClosingReason.class, reason);
		LocalDate date = FormValues.date(closedOn);
		if (chosen == null) {
			errors.put("reason", "trajectory.error.closing-reason");
		}
		if (date == null) {
			errors.put("closedOn", "trajectory.error.date");
		}
		else if (date.isAfter(today())) {
			errors.put("closedOn", "trajectory.error.date-future");
		}
		if (note.isBlank()) {
			errors.put("note", "trajectory.error.note");
		}
		else if (note.length() > 4000) {
			errors.put("note", "trajectory.error.too-long");
		}
		if (errors.isEmpty() && !trajectories.close(id, date, chosen, note.trim(), me.id())) {
			errors.put("reason", "trajectory.error.already-closed");
		}
		if (!errors.isEmpty()) {
			return closePage(id, reason, closedOn, note.length() > 4000 ? note.substring(0, 4000) : note, errors, model);
		}
		for (Assignment assignment : assignments.of(id)) {
			if (assignment.current()) {
				assignments.end(id, assignment.workerId(), clock.instant());
			}
		}
		log.record(AuditRecord.change(AuditAction.CHANGE, id, "Trajectory", id));
		redirect.addFlashAttribute("notice", "trajectory.closed");
		return me.may(Permission.COORDINATE_TEAM) ? "redirect:/clients/" + id : "redirect:/clients";
	}

	@PostMapping("/clients/{id}/reopen")
	@Transactional
	public String reopen(OpenedClient opened, RedirectAttributes redirect) {
		UUID id = opened.id();
		SignedInUser me = opened.user();
		if (!me.may(Permission.COORDINATE_TEAM)) {
			throw new AccessDeniedException("only the team coordinator reopens a trajectory");
		}
		if (trajectories.reopen(id, today(), null, me.id())) {
			log.record(AuditRecord.change(AuditAction.CHANGE, id, "Trajectory", id));
			redirect.addFlashAttribute("notice", "trajectory.reopened");
		}
		return "redirect:/clients/" + id;
	}

	/** Kwartiermakers and peer experts whom this user may bring in ({@link BringInRule}). */
	private List<Worker> candidates(UUID clientId, SignedInUser me) {
		Set<UUID> current = workingWithClient(clientId);
		UUID clientTeam = trajectories.teamOf(clientId).orElse(null);
		return workforce.caseloadWorkers(me.organisationId()).stream()
			.filter(w -> BringInRule.judge(me, clientTeam, current, w) == BringInRule.Verdict.ALLOWED)
			.toList();
	}

	private Set<UUID> workingWithClient(UUID clientId) {
		return assignments.of(clientId).stream()
			.filter(Assignment::current)
			.map(Assignment::workerId)
			.collect(Collectors.toSet());
	}

	private String levelPage(UUID id, String level, String since, String reason, Map<String, String> errors,
			String version, Model model) {
		model.addAttribute("clientId", id);
		model.addAttribute("levels", Level.values());
		model.addAttribute("level", level);
		model.addAttribute("since", since);
		model.addAttribute("reason", reason);
		model.addAttribute("errors", errors);
		model.addAttribute("history", trajectories.levels(id));
		model.addAttribute("version", version);
		return "clients/trajectory/level";
	}

	/** The number of support levels the form was based on; -1 (never current) when it sent none. */
	private static int basedOn(String version) {
		try {
			return Integer.parseInt(version.trim());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	private String bringInPage(UUID id, SignedInUser me, String worker, Map<String, String> errors,
			Model model) {
		model.addAttribute("clientId", id);
		UUID clientTeam = trajectories.teamOf(id).orElse(null);
		Map<UUID, String> teamNames = teams.teamsOf(me.organisationId()).stream()
			.collect(Collectors.toMap(Team::id, Team::name));
		model.addAttribute("candidates", candidates(id, me));
		model.addAttribute("teamNames", teamNames);
		model.addAttribute("clientTeamName", clientTeam == null ? null : teamNames.get(clientTeam));
		model.addAttribute("acrossTeams", me.may(Permission.COORDINATE_TEAM));
		model.addAttribute("worker", worker);
		model.addAttribute("errors", errors);
		return "clients/trajectory/bring-in";
	}

	private String closePage(UUID id, String reason, String closedOn, String note, Map<String, String> errors,
			Model model) {
		model.addAttribute("clientId", id);
		model.addAttribute("reasons", ClosingReason.values());
		model.addAttribute("reason", reason);
		model.addAttribute("closedOn", closedOn);
		model.addAttribute("note", note);
		model.addAttribute("errors", errors);
		return "clients/trajectory/close";
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	private static String clip(String text) {
		return text.length() > 500 ? text.substring(0, 500) : text;
	}
}
