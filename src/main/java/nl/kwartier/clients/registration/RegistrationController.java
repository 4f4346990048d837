package nl.kwartier.clients.registration;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kwartier.clients.matching.FirstTalkRule;
import nl.kwartier.geography.Regions;
import nl.kwartier.geography.Regions.Place;
import nl.kwartier.identity.Permission;
import nl.kwartier.identity.RequiresPermission;
import nl.kwartier.platform.language.SpokenLanguages;
import nl.kwartier.platform.web.FormValues;
import nl.kwartier.workforce.ProblemArea;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A new registration (aanmelding) in short steps: who registers, who the client is, his question;
 * then a page to check the answers, where possible duplicates are shown and the worker decides
 * whether it is the same person. Nothing is saved before that page; the draft stays in the session.
 */
@Controller
@RequestMapping("/clients/registrations")
@RequiresPermission(Permission.REGISTER_CLIENTS)
class RegistrationController {

	static final String DRAFT = "kwartier.registrationDraft";

	static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final RegistrationService registrations;

	private final Regions regions;

	private final Clock clock;

	RegistrationController(RegistrationService registrations, Regions regions, Clock clock) {
		this.registrations = registrations;
		this.regions = regions;
		this.clock = clock;
	}

	@GetMapping("/new")
	public String start(HttpSession session) {
		session.setAttribute(DRAFT, RegistrationDraft.empty(today().toString()));
		return "redirect:/clients/registrations/draft/registrant";
	}

	@GetMapping("/draft/registrant")
	public String registrant(HttpSession session, Model model) {
		model.addAttribute("registrant", draft(session).registrant());
		return registrantPage(model);
	}

	@PostMapping("/draft/registrant")
	public String saveRegistrant(@Valid @ModelAttribute("registrant") RegistrationDraft.Registrant registrant,
			BindingResult errors, @RequestParam(defaultValue = "") String next, HttpSession session, Model model) {
		if (!errors.hasFieldErrors("source") && FormValues.choice(RegistrationSource.class, registrant.source()) == null) {
			errors.rejectValue("source", "registration.error.source.required");
		}
		if (!errors.hasFieldErrors("registeredOn")) {
			LocalDate date = FormValues.date(registrant.registeredOn());
			if (date == null) {
				errors.rejectValue("registeredOn", "registration.error.date");
			}
			else if (date.isAfter(today())) {
				errors.rejectValue("registeredOn", "registration.error.registered-on.future");
			}
			else if (date.getYear() < 2000) {
				errors.rejectValue("registeredOn", "registration.error.date");
			}
		}
		session.setAttribute(DRAFT, draft(session).with(registrant));
		if (errors.hasErrors()) {
			return registrantPage(model);
		}
		return next(next, "person");
	}

	@GetMapping("/draft/person")
	public String person(HttpSession session, Model model) {
		model.addAttribute("person", draft(session).person());
		return personPage(model);
	}

	@PostMapping("/draft/person")
	public String savePerson(@Valid @ModelAttribute("person") RegistrationDraft.Person person, BindingResult errors,
			@RequestParam(defaultValue = "") String next, HttpSession session, Model model) {
		if (!errors.hasFieldErrors("dateOfBirth")) {
			LocalDate birth = FormValues.date(person.dateOfBirth());
			if (birth == null) {
				errors.rejectValue("dateOfBirth", "registration.error.date");
			}
			else if (!birth.isBefore(today())) {
				errors.rejectValue("dateOfBirth", "registration.error.date-of-birth.future");
			}
			else if (birth.isBefore(today().minusYears(120))) {
				errors.rejectValue("dateOfBirth", "registration.error.date-of-birth.too-old");
			}
		}
		if (!errors.hasFieldErrors("postcode")) {
			if (!person.postcode().trim().matches("[1-9][0-9]{3}\\s?[A-Za-z]{2}|[1-9][0-9]{3}")) {
				errors.rejectValue("postcode", "registration.error.postcode.format");
			}
			else if (regions.placeOf(person.postcode()).isEmpty()) {
				errors.rejectValue("postcode", "registration.error.postcode.unknown");
			}
		}
		if (!person.languageList().stream().allMatch(SpokenLanguages::known)) {
			errors.rejectValue("languages", "registration.error.choice");
		}
		session.setAttribute(DRAFT, draft(session).with(person));
		if (errors.hasErrors()) {
			return personPage(model);
		}
		return next(next, "question");
	}

	@GetMapping("/draft/question")
	public String question(HttpSession session, Model model) {
		model.addAttribute("question", draft(session).question());
		return questionPage(model);
	}

	@PostMapping("/draft/question")
	public String saveQuestion(@Valid @ModelAttribute("question") RegistrationDraft.Question question,
			BindingResult errors, HttpSession session, Model model) {
		if (question.problemAreaList().isEmpty()) {
			errors.rejectValue("problemAreas", "registration.error.problem-areas.required");
		}
		else if (question.problemAreaList().stream().anyMatch(a -> FormValues.choice(ProblemArea.class, a) == null)) {
			errors.rejectValue("problemAreas", "registration.error.choice");
		}
		if (!errors.hasFieldErrors("strugglesWithLimits")
				&& FormValues.choice(FirstTalkRule.Struggles.class, question.strugglesWithLimits()) == null) {
			errors.rejectValue("strugglesWithLimits", "registration.error.struggles.required");
		}
		if (!errors.hasFieldErrors("practicalQuestion") && !Set.of("YES", "NO").contains(question.practicalQuestion())) {
			errors.rejectValue("practicalQuestion", "registration.error.practical.required");
		}
		session.setAttribute(DRAFT, draft(session).with(question));
		if (errors.hasErrors()) {
			return questionPage(model);
		}
		return "redirect:/clients/registrations/draft/check";
	}

	@GetMapping("/draft/check")
	public String check(HttpSession session, Model model) {
		RegistrationDraft draft = draft(session);
		Registrations.Valid valid = validate(draft);
		if (valid == null) {
			model.addAttribute("incomplete", true);
		}
		else {
			RegistrationService.DuplicateCheck check = registrations.possibleMatches(valid);
			model.addAttribute("matches", check.recognisable());
			model.addAttribute("matchesElsewhere", check.anyElsewhere());
			model.addAttribute("place", valid.place());
		}
		model.addAttribute("draft", draft);
		return "clients/registration/check";
	}

	@PostMapping("/draft/save")
	public String save(@RequestParam(defaultValue = "") String match, HttpSession session, Model model,
			RedirectAttributes redirect) {
		if (!(session.getAttribute(DRAFT) instanceof RegistrationDraft)) {
			return "redirect:/clients/registrations/new";
		}
		RegistrationDraft draft = draft(session);
		Registrations.Valid valid = validate(draft);
		if (valid == null) {
			return "redirect:/clients/registrations/draft/check";
		}
		RegistrationService.DuplicateCheck check = registrations.possibleMatches(valid);
		List<PossibleMatch> matches = check.recognisable();
		UUID existing = null;
		if (!matches.isEmpty()) {
			existing = matches.stream().map(PossibleMatch::clientId).filter(id -> id.toString().equals(match)).findFirst()
				.orElse(null);
			if (existing == null && !"new".equals(match)) {
				model.addAttribute("matches", matches);
				model.addAttribute("matchesElsewhere", check.anyElsewhere());
				model.addAttribute("place", valid.place());
				model.addAttribute("draft", draft);
				model.addAttribute("matchError", "registration.error.match.required");
				return "clients/registration/check";
			}
		}
		RegistrationService.Saved saved = registrations.save(valid, existing, check);
		session.removeAttribute(DRAFT);
		redirect.addFlashAttribute("outcome", saved.outcome().name());
		return "redirect:/clients/registrations/saved";
	}

	/** The registration is in; the team decides who holds the first conversation. */
	@GetMapping("/saved")
	public String saved() {
		return "clients/registration/saved";
	}

	/** All steps filled in and right, or null. */
	private Registrations.@Nullable Valid validate(RegistrationDraft draft) {
		RegistrationDraft.Registrant r = draft.registrant();
		RegistrationDraft.Person p = draft.person();
		RegistrationDraft.Question q = draft.question();
		RegistrationSource source = FormValues.choice(RegistrationSource.class, r.source());
		LocalDate registeredOn = FormValues.date(r.registeredOn());
		LocalDate birth = FormValues.date(p.dateOfBirth());
		Place place = p.postcode() == null ? null : regions.placeOf(p.postcode()).orElse(null);
		FirstTalkRule.Struggles struggles = FormValues.choice(FirstTalkRule.Struggles.class, q.strugglesWithLimits());
		Set<ProblemArea> areas = EnumSet.noneOf(ProblemArea.class);
		for (String area : q.problemAreaList()) {
			ProblemArea known = FormValues.choice(ProblemArea.class, area);
			if (known == null) {
				return null;
			}
			areas.add(known);
		}
		if (source == null || registeredOn == null || registeredOn.isAfter(today()) || birth == null
				|| !birth.isBefore(today()) || place == null || isBlank(p.givenName()) || isBlank(p.familyName())
				|| isBlank(q.ownQuestion()) || areas.isEmpty() || struggles == null
				|| !Set.of("YES", "NO").contains(q.practicalQuestion())) {
			return null;
		}
		return new Registrations.Valid(source, registeredOn, FormValues.blankToNull(r.registrantName()),
				FormValues.blankToNull(r.registrantContact()), p.givenName().trim(), FormValues.blankToNull(p.namePrefix()),
				p.familyName().trim(), birth, FormValues.blankToNull(p.street()), FormValues.blankToNull(p.houseNumber()),
				p.postcode().trim().toUpperCase().replaceAll("\\s+", "").replaceFirst("^(\\d{4})([A-Z]{2})$", "$1 $2"),
				place, FormValues.blankToNull(p.phone()), FormValues.blankToNull(p.email()), p.languageList(),
				FormValues.blankToNull(p.culturalBackground()), q.ownQuestion().trim(), areas, FormValues.blankToNull(q.vulnerabilityPersonal()),
				FormValues.blankToNull(q.vulnerabilitySocial()), FormValues.blankToNull(q.vulnerabilitySocietal()), struggles,
				"YES".equals(q.practicalQuestion()));
	}

	private String registrantPage(Model model) {
		model.addAttribute("sources", RegistrationSource.values());
		return step(model, 1, "clients/registration/registrant");
	}

	private String personPage(Model model) {
		model.addAttribute("languages", SpokenLanguages.CODES);
		return step(model, 2, "clients/registration/person");
	}

	private String questionPage(Model model) {
		model.addAttribute("areas", ProblemArea.values());
		return step(model, 3, "clients/registration/question");
	}

	private static String step(Model model, int number, String view) {
		model.addAttribute("step", number);
		return view;
	}

	private static String next(String next, String step) {
		return "redirect:/clients/registrations/draft/" + ("check".equals(next) ? "check" : step);
	}

	private RegistrationDraft draft(HttpSession session) {
		Object draft = session.getAttribute(DRAFT);
		if (draft instanceof RegistrationDraft existing) {
			return existing;
		}
		RegistrationDraft fresh = RegistrationDraft.empty(today().toString());
		session.setAttribute(DRAFT, fresh);
		return fresh;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	private static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
