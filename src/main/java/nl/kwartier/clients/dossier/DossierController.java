package nl.kwartier.clients.dossier;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.kwartier.clients.DossierSection;
import nl.kwartier.clients.OpenedClient;
import nl.kwartier.clients.assignment.Assignments;
import nl.kwartier.clients.trajectory.Trajectories;
import nl.kwartier.identity.Permission;
import nl.kwartier.identity.RequiresPermission;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * A client's dossier: who he is, his registrations, who works with him (and who did before), and
 * links to the other parts of his file. Only workers with a reason see it (the client himself has
 * his own pages, in plain words); every view is logged.
 */
@Controller
@RequiresPermission(Permission.WORK_WITH_CLIENTS)
class DossierController {

	private final Dossiers dossiers;

	private final Assignments assignments;

	private final List<DossierSection> sections;

	private final Trajectories trajectories;

	DossierController(Dossiers dossiers, Assignments assignments, List<DossierSection> sections,
			Trajectories trajectories) {
		this.trajectories = trajectories;
		this.dossiers = dossiers;
		this.assignments = assignments;
		this.sections = sections.stream().sorted(Comparator.comparingInt(DossierSection::order)).toList();
	}

	@GetMapping("/clients/{id}")
	String dossier(OpenedClient opened, Model model) {
		UUID id = opened.id();
		ClientSummary client = dossiers.client(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("client", client);
		model.addAttribute("registrations", dossiers.registrations(id));
		model.addAttribute("assignments", assignments.of(id));
		model.addAttribute("sections", sections);
		model.addAttribute("conversations", dossiers.conversations(id));
		model.addAttribute("firstConversationDue", dossiers.firstConversationDue(id));
		model.addAttribute("levels", trajectories.levels(id));
		model.addAttribute("events", trajectories.events(id));
		model.addAttribute("closed", trajectories.closed(id));
		model.addAttribute("coordinator", opened.user().may(Permission.COORDINATE_TEAM));
		return "clients/dossier/dossier";
	}
}
