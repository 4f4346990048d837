package nl.kwartier.clients.caseload;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.kwartier.clients.assignment.Assignments;
import nl.kwartier.clients.registration.RegistrationRepository;
import nl.kwartier.identity.CurrentUser;
import nl.kwartier.identity.Permission;
import nl.kwartier.identity.RequiresPermission;
import nl.kwartier.identity.SignedInUser;
import nl.kwartier.platform.web.NavigationItem;
import nl.kwartier.workforce.Worker;
import nl.kwartier.workforce.Workforce;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The coordinator's view of his team: each kwartiermaker's and peer expert's caseload against
 * what his FTE allows, and how many registrations wait for a decision. Counts only, no client data.
 */
@Controller
@RequiresPermission(Permission.COORDINATE_TEAM)
class TeamCaseloadController {

	public record Row(Worker worker, int caseload, @Nullable Integer capacity, @Nullable Integer percentage) {

		public boolean over() {
			return capacity != null && caseload > capacity;
		}
	}

	private final Workforce workforce;

	private final Assignments assignments;

	private final CurrentUser currentUser;

	private final RegistrationRepository registrations;

	private final int clientsPerFte;

	TeamCaseloadController(Workforce workforce, Assignments assignments, CurrentUser currentUser,
			RegistrationRepository registrations,
			@Value("${kwartier.caseload.clients-per-fte:20}") int clientsPerFte) {
		this.workforce = workforce;
		this.assignments = assignments;
		this.currentUser = currentUser;
		this.registrations = registrations;
		this.clientsPerFte = clientsPerFte;
	}

	@GetMapping("/clients/team")
	public String team(Model model) {
		SignedInUser me = currentUser.get().orElseThrow();
		List<Worker> workers = workforce.caseloadWorkers(me.organisationId())
			.stream()
			.filter(w -> me.teamId() == null || Objects.equals(me.teamId(), w.teamId()))
			.toList();
		Map<java.util.UUID, Integer> caseloads = assignments.caseloads(workers.stream().map(Worker::userId).toList());
		List<Row> rows = workers.stream().map(w -> {
			int caseload = caseloads.getOrDefault(w.userId(), 0);
			Integer capacity = w.fte() == null ? null
					: w.fte().multiply(BigDecimal.valueOf(clientsPerFte)).setScale(0, RoundingMode.HALF_UP).intValue();
			Integer percentage = capacity == null || capacity == 0 ? null : Math.round(100f * caseload / capacity);
			return new Row(w, caseload, capacity, percentage);
		}).toList();
		model.addAttribute("rows", rows);
		model.addAttribute("clientsPerFte", clientsPerFte);
		model.addAttribute("waiting", registrations.waitingCount(me.organisationId(), me.teamId()));
		return "clients/caseload/team";
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem teamCaseloadNavigationItem() {
			return new NavigationItem(26, "nav.clients.team", "/clients/team", Permission.COORDINATE_TEAM.authority());
		}
	}
}
