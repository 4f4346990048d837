package nl.kwartier.clients.conversation;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kwartier.audit.AuditAction;
import nl.kwartier.audit.AuditLog;
import nl.kwartier.audit.AuditRecord;
import nl.kwartier.clients.OpenedClient;
import nl.kwartier.clients.assignment.Assignments;
import nl.kwartier.clients.registration.RegistrationRepository;
import nl.kwartier.clients.assignment.Assignments.Assignment;
import nl.kwartier.platform.web.FormValues;
import nl.kwartier.identity.Permission;
import nl.kwartier.identity.RequiresPermission;
import nl.kwartier.identity.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * The first conversation after the team's decision: when, who was there, that the way
 * kwartiermakers and peer experts work was explained, and who continues. When two held it,
 * the one with more "click" continues; the other's assignment ends, and the history keeps both.
 */
@Controller
@RequiresPermission(Permission.WORK_WITH_CLIENTS)
class FirstConversationController {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final Assignments assignments;

	private final JdbcClient jdbc;

	private final RegistrationRepository registrations;

	private final AuditLog log;

	private final Clock clock;

	FirstConversationController(Assignments assignments, JdbcClient jdbc, RegistrationRepository registrations, AuditLog log,
			Clock clock) {
		this.assignments = assignments;
		this.jdbc = jdbc;
		this.registrations = registrations;
		this.log = log;
		this.clock = clock;
	}

	@GetMapping("/clients/{id}/first-conversation")
	public String form(OpenedClient opened, Model model) {
		UUID id = opened.id();
		SignedInUser me = opened.user();
		UUID registration = openRegistration(id);
		List<Assignment> current = current(id);
		log.record(AuditRecord.read(id, "FirstConversation", registration));
		model.addAttribute("conversationForm", new ConversationForm(today().toString(),
				current.stream().map(a -> a.workerId().toString()).toList(), "", null,
				current.stream().anyMatch(a -> a.workerId().equals(me.id())) ? me.id().toString() : null, ""));
		return page(id, registration, current, model);
	}

	@PostMapping("/clients/{id}/first-conversation")
	@Transactional
	public String save(OpenedClient opened, @ModelAttribute("conversationForm") ConversationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		UUID id = opened.id();
		SignedInUser me = opened.user();
		UUID registration = openRegistration(id);
		List<Assignment> current = current(id);
		Map<String, Assignment> byWorker = current.stream()
			.collect(Collectors.toMap(a -> a.workerId().toString(), a -> a, (a, b) -> a));
		LocalDate heldOn = FormValues.date(form.heldOn());
		if (heldOn == null) {
			errors.rejectValue("heldOn", "conversation.error.date");
		}
		else if (heldOn.isAfter(today())) {
			errors.rejectValue("heldOn", "conversation.error.date-future");
		}
		if (form.participantList().isEmpty() || !byWorker.keySet().containsAll(form.participantList())) {
			errors.rejectValue("participants", "conversation.error.participants");
		}
		if (!form.isExplained()) {
			errors.rejectValue("explained", "conversation.error.explained");
		}
		if (form.continuing() == null || !form.participantList().contains(form.continuing())) {
			errors.rejectValue("continuing", "conversation.error.continuing");
		}
		if (form.othersPresent() != null && form.othersPresent().length() > 500) {
			errors.rejectValue("othersPresent", "conversation.error.too-long");
		}
		if (form.note() != null && form.note().length() > 4000) {
			errors.rejectValue("note", "conversation.error.too-long");
		}
		if (errors.hasErrors()) {
			return page(id, registration, current, model);
		}
		UUID conversation = UUID.randomUUID();
		UUID continuing = UUID.fromString(form.continuing());
		jdbc.sql("""
				INSERT INTO first_conversation (id, client_id, registration_id, held_on, participants, others_present,
				                                way_of_working_explained, continuing_worker, note, created_by)
				VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?)
				""")
			.params(conversation, id, registration, Date.valueOf(heldOn),
					form.participantList().stream().map(UUID::fromString).toArray(UUID[]::new),
					FormValues.blankToNull(form.othersPresent()), continuing, FormValues.blankToNull(form.note()), me.id())
			.update();
		for (Assignment assignment : current) {
			if (!assignment.workerId().equals(continuing) && form.participantList().contains(assignment.workerId().toString())) {
				assignments.end(id, assignment.workerId(), clock.instant());
			}
		}
		if (form.participantList().size() > 1) {
			Assignment kept = byWorker.get(form.continuing());
			assignments.end(id, continuing, clock.instant());
			assignments.assign(id, registration, continuing, kept.part(), Assignments.Reason.CLICK, clock.instant(), me.id());
		}
		log.record(AuditRecord.change(AuditAction.CREATE, id, "FirstConversation", conversation));
		redirect.addFlashAttribute("notice", "conversation.saved");
		// Whoever handed the client over may no longer open the file: back to his own clients.
		return continuing.equals(me.id()) ? "redirect:/clients/" + id : "redirect:/clients";
	}

	private String page(UUID clientId, UUID registration, List<Assignment> current, Model model) {
		model.addAttribute("clientId", clientId);
		model.addAttribute("clientName", jdbc.sql("""
				SELECT display_name FROM client WHERE id = ?
				""").param(clientId).query(String.class).single());
		model.addAttribute("workers", current);
		return "clients/conversation/first-conversation";
	}

	/** The decided registration that has no first conversation yet; otherwise there is nothing to record. */
	private UUID openRegistration(UUID clientId) {
		return registrations.awaitingFirstConversation(clientId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private List<Assignment> current(UUID clientId) {
		return assignments.of(clientId).stream().filter(Assignment::current).toList();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}
}
