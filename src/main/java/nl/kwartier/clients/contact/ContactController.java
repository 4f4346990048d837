package nl.kwartier.clients.contact;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.kwartier.audit.AuditAction;
import nl.kwartier.audit.AuditLog;
import nl.kwartier.audit.AuditOutcome;
import nl.kwartier.audit.AuditRecord;
import nl.kwartier.clients.OpenedClient;
import nl.kwartier.clients.assignment.Assignments;
import nl.kwartier.identity.Permission;
import nl.kwartier.identity.RequiresPermission;
import nl.kwartier.identity.SignedInUser;
import nl.kwartier.platform.web.FormValues;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Contacts with a client: the timeline of his dossier, newest first and paged, and one short page
 * to log a contact, made for a phone on the doorstep after a home visit. A contact is voided with a
 * reason, never deleted. Every page opens the client through {@link OpenedClient}, and every read
 * and change is logged.
 */
@Controller
@RequestMapping("/clients/{clientId}/contacts")
@RequiresPermission(Permission.WORK_WITH_CLIENTS)
class ContactController {

	static final int PAGE_SIZE = 20;

	static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	/** The earliest date a contact can have: older contacts are typing errors. */
	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	private final ContactRepository contacts;

	private final Assignments assignments;

	private final AuditLog log;

	private final Clock clock;

	ContactController(ContactRepository contacts, Assignments assignments, AuditLog log,
			Clock clock) {
		this.contacts = contacts;
		this.assignments = assignments;
		this.log = log;
		this.clock = clock;
	}

	/** A worker who may take part in a contact: assigned to the client now, or the current user. */
	public record Worker(String id, String name) {
	}

	@GetMapping
	String timeline(OpenedClient opened, @RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String after, Model model) {
		UUID clientId = opened.id();
		String name = clientName(clientId);
		ContactType only = FormValues.choice(ContactType.class, type);
		ContactRepository.Cursor cursor = ContactRepository.Cursor.parse(after).orElse(null);
		ContactRepository.Page page = contacts.timeline(clientId, only, cursor, PAGE_SIZE);
		log.record(new AuditRecord(AuditAction.READ, clientId, "Contact", null, AuditOutcome.SUCCESS,
				"timeline: " + page.contacts().size() + " contacts"));
		model.addAttribute("clientId", clientId);
		model.addAttribute("clientName", name);
		model.addAttribute("types", ContactType.values());
		model.addAttribute("type", only == null ? "" : only.name());
		model.addAttribute("contacts", page.contacts());
		model.addAttribute("next", page.next() == null ? null : page.next().toString());
		model.addAttribute("continued", cursor != null);
		return "clients/contact/timeline";
	}

	@GetMapping("/new")
	String newContact(OpenedClient opened, Model model) {
		UUID clientId = opened.id();
		SignedInUser me = opened.user();
		model.addAttribute("contact", ContactForm.defaults(today().toString(), me.id().toString()));
		return formPage(clientId, me, null, model);
	}

	@PostMapping
	@Transactional
	String add(OpenedClient opened, @Valid @ModelAttribute("contact") ContactForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		UUID clientId = opened.id();
		SignedInUser me = opened.user();
		List<Worker> workers = workers(clientId, me);
		ContactRepository.Valid valid = validate(form, workers, errors);
		if (valid == null) {
			return formPage(clientId, me, null, model);
		}
		UUID id = contacts.add(clientId, valid, me.id());
		log.record(AuditRecord.change(AuditAction.CREATE, clientId, "Contact", id));
		redirect.addFlashAttribute("notice", "contact.saved");
		return "redirect:/clients/" + clientId + "/contacts";
	}

	@GetMapping("/{contactId}/edit")
	String edit(OpenedClient opened, @PathVariable UUID contactId, Model model) {
		UUID clientId = opened.id();
		SignedInUser me = opened.user();
		Contact contact = existing(clientId, contactId);
		log.record(AuditRecord.read(clientId, "Contact", contactId));
		if (contact.voided()) {
			return "redirect:/clients/" + clientId + "/contacts";
		}
		model.addAttribute("contact", contact.toForm());
		return formPage(clientId, me, contact, model);
	}

	/**
	 * Saves a change if nobody else saved one since the worker opened the contact. If someone did,
	 * he sees what is saved now next to what he typed, and saves again to keep his version.
	 */
	@PostMapping("/{contactId}")
	@Transactional
	String change(OpenedClient opened, @PathVariable UUID contactId,
			@Valid @ModelAttribute("contact") ContactForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		UUID clientId = opened.id();
		SignedInUser me = opened.user();
		Contact current = existing(clientId, contactId);
		if (current.voided()) {
			return "redirect:/clients/" + clientId + "/contacts";
		}
		ContactRepository.Valid valid = validate(form, workers(clientId, me, current.participants()), errors);
		Integer version = parseInt(form.version());
		if (valid != null && version != null && contacts.change(clientId, contactId, version, valid, me.id())) {
			log.record(AuditRecord.change(AuditAction.CHANGE, clientId, "Contact", contactId));
			redirect.addFlashAttribute("notice", "contact.changed");
			return "redirect:/clients/" + clientId + "/contacts";
		}
		Contact now = existing(clientId, contactId);
		if (now.voided()) {
			return "redirect:/clients/" + clientId + "/contacts";
		}
		if (version == null || version != now.version()) {
			log.record(AuditRecord.read(clientId, "Contact", contactId));
			model.addAttribute("conflict", differences(now, form));
			errors.reject("contact.error.conflict");
			model.addAttribute("contact", form.withVersion(now.version()));
		}
		return formPage(clientId, me, now, model);
	}

	@GetMapping("/{contactId}/void")
	String confirmVoid(OpenedClient opened, @PathVariable UUID contactId, Model model) {
		UUID clientId = opened.id();
		Contact contact = existing(clientId, contactId);
		log.record(AuditRecord.read(clientId, "Contact", contactId));
		if (contact.voided()) {
			return "redirect:/clients/" + clientId + "/contacts";
		}
		return voidPage(clientId, contact, "", null, model);
	}

	@PostMapping("/{contactId}/void")
	@Transactional
	String voidContact(OpenedClient opened, @PathVariable UUID contactId,
			@RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
		UUID clientId = opened.id();
		SignedInUser me = opened.user();
		Contact contact = existing(clientId, contactId);
		String error = null;
		if (reason.isBlank()) {
			error = "contact.error.void-reason.required";
		}
		else if (reason.length() > 500) {
			error = "contact.error.void-reason.too-long";
		}
		else if (!reason.matches(ContactForm.PLAIN_TEXT)) {
			error = "contact.error.characters";
		}
		if (error != null) {
			return voidPage(clientId, contact, reason, error, model);
		}
		if (contacts.voidContact(clientId, contactId, reason.trim(), me.id())) {
			log.record(new AuditRecord(AuditAction.VOID, clientId, "Contact", contactId.toString(),
					AuditOutcome.SUCCESS, null));
			redirect.addFlashAttribute("notice", "contact.voided");
		}
		return "redirect:/clients/" + clientId + "/contacts";
	}

	private String voidPage(UUID clientId, Contact contact, String reason, @Nullable String error, Model model) {
		model.addAttribute("clientId", clientId);
		model.addAttribute("clientName", clientName(clientId));
		model.addAttribute("c", contact);
		model.addAttribute("reason", reason);
		model.addAttribute("error", error);
		return "clients/contact/void";
	}

	private String formPage(UUID clientId, SignedInUser me, @Nullable Contact editing, Model model) {
		model.addAttribute("clientId", clientId);
		model.addAttribute("clientName", clientName(clientId));
		model.addAttribute("types", ContactType.values());
		model.addAttribute("supports", PracticalSupport.values());
		model.addAttribute("workers", editing == null ? workers(clientId, me)
				: workers(clientId, me, editing.participants()));
		model.addAttribute("editing", editing);
		model.addAttribute("today", today().toString());
		return "clients/contact/form";
	}

	/** Checks what the bean constraints cannot; null if anything is wrong. */
	private ContactRepository.@Nullable Valid validate(ContactForm form, List<Worker> workers, BindingResult errors) {
		ContactType type = FormValues.choice(ContactType.class, form.type());
		if (type == null) {
			errors.rejectValue("type", "contact.error.type.required");
		}
		LocalDate date = null;
		if (!errors.hasFieldErrors("date")) {
			date = FormValues.date(form.date());
			if (date == null || date.isBefore(EARLIEST)) {
				errors.rejectValue("date", "contact.error.date");
			}
			else if (date.isAfter(today())) {
				errors.rejectValue("date", "contact.error.date.future");
			}
		}
		Integer minutes = null;
		if (!errors.hasFieldErrors("duration")) {
			minutes = parseInt(form.duration());
			if (minutes == null) {
				errors.rejectValue("duration", "contact.error.duration.number");
			}
			else if (minutes < 1 || minutes > 1440) {
				errors.rejectValue("duration", "contact.error.duration.range");
			}
		}
		Set<String> known = Set.copyOf(workers.stream().map(Worker::id).toList());
		List<UUID> participants = new ArrayList<>();
		if (form.participantList().isEmpty()) {
			errors.rejectValue("participants", "contact.error.participants.required");
		}
		else if (!known.containsAll(form.participantList())) {
			errors.rejectValue("participants", "contact.error.choice");
		}
		else {
			form.participantList().stream().distinct().map(UUID::fromString).forEach(participants::add);
		}
		Set<PracticalSupport> support = EnumSet.noneOf(PracticalSupport.class);
		for (String value : form.supportList()) {
			PracticalSupport one = FormValues.choice(PracticalSupport.class, value);
			if (one == null) {
				errors.rejectValue("practicalSupport", "contact.error.choice");
				break;
			}
			support.add(one);
		}
		if (errors.hasErrors() || type == null || date == null || minutes == null) {
			return null;
		}
		return new ContactRepository.Valid(type, date, minutes, List.copyOf(participants),
				FormValues.blankToNull(form.othersPresent()), List.copyOf(support), FormValues.blankToNull(form.note()));
	}

	/**
	 * A field that someone else saved differently from what the worker typed.
	 *
	 * @param labelKey the field's label
	 * @param text what is saved now, as text; or null, and then {@code keys} are the message keys of the saved choices
	 */
	public record Difference(String labelKey, @Nullable String text, List<String> keys) {
	}

	/** What is saved now, for each field where it differs from what the worker typed. */
	private static List<Difference> differences(Contact now, ContactForm typed) {
		ContactForm saved = now.toForm();
		List<Difference> differences = new ArrayList<>();
		if (!Objects.equals(saved.type(), typed.type())) {
			differences.add(new Difference("contact.type", null, List.of("contact.type." + saved.type())));
		}
		if (!Objects.equals(saved.date(), typed.date())) {
			differences.add(new Difference("contact.date",
					DateTimeFormatter.ofPattern("d MMMM yyyy", LocaleContextHolder.getLocale()).format(now.date()),
					List.of()));
		}
		if (!Objects.equals(saved.duration(), typed.duration())) {
			differences.add(new Difference("contact.duration", saved.duration(), List.of()));
		}
		if (!Set.copyOf(saved.participantList()).equals(Set.copyOf(typed.participantList()))) {
			differences.add(new Difference("contact.participants", String.join(", ", now.participantNames()), List.of()));
		}
		if (!Objects.equals(saved.othersPresent(), Objects.requireNonNullElse(typed.othersPresent(), "").trim())) {
			differences.add(new Difference("contact.others-present", saved.othersPresent(), List.of()));
		}
		if (!Set.copyOf(saved.supportList()).equals(Set.copyOf(typed.supportList()))) {
			differences.add(new Difference("contact.practical-support", saved.supportList().isEmpty() ? "-" : null,
					saved.supportList().stream().map(key -> "contact.support." + key).toList()));
		}
		if (!Objects.equals(saved.note(), Objects.requireNonNullElse(typed.note(), "").trim())) {
			differences.add(new Difference("contact.note", saved.note(), List.of()));
		}
		return differences;
	}

	private List<Worker> workers(UUID clientId, SignedInUser me) {
		return workers(clientId, me, List.of());
	}

	/** The workers assigned now, the current user, and whoever took part before (when changing a contact). */
	private List<Worker> workers(UUID clientId, SignedInUser me, List<UUID> tookPart) {
		Map<String, String> workers = new LinkedHashMap<>();
		workers.put(me.id().toString(), me.displayName());
		assignments.of(clientId)
			.stream()
			.filter(a -> a.current() || tookPart.contains(a.workerId()))
			.forEach(a -> workers.putIfAbsent(a.workerId().toString(), a.workerName()));
		return workers.entrySet().stream().map(e -> new Worker(e.getKey(), e.getValue())).toList();
	}

	private Contact existing(UUID clientId, UUID contactId) {
		return contacts.find(clientId, contactId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String clientName(UUID clientId) {
		return contacts.clientName(clientId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	private static @Nullable Integer parseInt(@Nullable String text) {
		if (text == null || !text.trim().matches("-?\\d{1,9}")) {
			return null;
		}
		return Integer.valueOf(text.trim());
	}
}
