package nl.kwartier.clients.dossier;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.kwartier.audit.AuditLog;
import nl.kwartier.audit.AuditRecord;
import nl.kwartier.clients.ClientAccess;
import nl.kwartier.clients.DossierSection;
import nl.kwartier.clients.assignment.Assignments;
import nl.kwartier.clients.trajectory.Trajectories;
import nl.kwartier.identity.Permission;
import nl.kwartier.identity.RequiresPermission;
import nl.kwartier.identity.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A client's dossier: who he is, his registrations, who works with him (and who did before), and
 * links to the other parts of his file. Only workers with a reason see it (the client himself has
 * his own pages, in plain words); every view is logged.
 */
@Controller
@RequiresPermission(Permission.WORK_WITH_CLIENTS)
class DossierController {

	private final ClientAccess access;

	private final Dossiers dossiers;

	private final Assignments assignments;

	private final AuditLog log;

	private final List<DossierSection> sections;

	private final Trajectories trajectories;

	DossierController(ClientAccess access, Dossiers dossiers, Assignments assignments, AuditLog log,
			List<DossierSection> sections, Trajectories trajectories) {
		this.trajectories = trajectories;
		this.access = access;
		this.dossiers = dossiers;
		this.assignments = assignments;
		this.log = log;
		this.sections = sections.stream().sorted(Comparator.comparingInt(DossierSection::order)).toList();
	}

	@GetMapping("/clients/{id}")
	String dossier(@PathVariable UUID id, Model model) {
		SignedInUser me = access.check(id);
		ClientSummary client = dossiers.client(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		log.record(AuditRecord.read(id, "Client", id));
		model.addAttribute("client", client);
		model.addAttribute("referrals", dossiers.referrals(id));
		model.addAttribute("assignments", assignments.of(id));
		model.addAttribute("sections", sections);
		model.addAttribute("conversations", dossiers.conversations(id));
		model.addAttribute("firstConversationDue", dossiers.firstConversationDue(id));
		model.addAttribute("levels", trajectories.levels(id));
		model.addAttribute("events", trajectories.events(id));
		model.addAttribute("closed", trajectories.closed(id));
		model.addAttribute("coordinator", me.may(Permission.COORDINATE_TEAM));
		return "clients/dossier/dossier";
	}
}
