package nl.kwartier.clients.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.kwartier.audit.AuditAction;
import nl.kwartier.audit.AuditLog;
import nl.kwartier.audit.AuditRecord;
import nl.kwartier.clients.DossierSection;
import nl.kwartier.clients.OpenedClient;
import nl.kwartier.identity.Permission;
import nl.kwartier.identity.SignedInUser;
import nl.kwartier.platform.web.NavigationItem;
import nl.kwartier.platform.web.FormValues;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Outcome measurements on the dossier: taking one (by or with the client, a score per domain and
 * an optional note), the trend per domain as a chart with a table of the same numbers, and the
 * comparison of the last two.
 */
@Controller
class MeasurementController {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	/** One domain on the overview: its chart, its scores by date, and the last change. */
	public record DomainTrend(Instrument.Domain domain, String name, String chart, List<@Nullable Integer> scores,
			@Nullable Integer previous, @Nullable Integer latest) {

		public @Nullable Integer change() {
			return previous == null || latest == null ? null : latest - previous;
		}
	}

	private final Measurements measurements;

	private final JdbcClient jdbc;

	private final AuditLog log;

	private final Clock clock;

	MeasurementController(Measurements measurements, JdbcClient jdbc, AuditLog log, Clock clock) {
		this.measurements = measurements;
		this.jdbc = jdbc;
		this.log = log;
		this.clock = clock;
	}

	@GetMapping("/clients/{id}/measurements")
	public String overview(OpenedClient opened, @RequestParam(defaultValue = "") String instrument, Model model) {
		return overview(opened.id(), opened.user(), false, instrument, model);
	}

	/** The client's own measurements, from his own account. */
	@GetMapping("/mijn/metingen")
	public String ownOverview(OpenedClient own, @RequestParam(defaultValue = "") String instrument, Model model) {
		return overview(own.id(), own.user(), true, instrument, model);
	}

	@GetMapping("/mijn/metingen/nieuw")
	public String ownForm(OpenedClient own, @RequestParam(defaultValue = "") String instrument, Model model) {
		model.addAttribute("own", true);
		return form(own.id(), own.user(), instrument, "BY_CLIENT", model);
	}

	@PostMapping("/mijn/metingen")
	@Transactional
	public String ownTake(OpenedClient own, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("own", true);
		form.put("taken", "BY_CLIENT");
		return take(own.id(), own.user(), form, model, redirect, "/mijn/metingen");
	}

	private String overview(UUID id, SignedInUser me, boolean own, String instrument, Model model) {
		model.addAttribute("own", own);
		Instrument chosen = choose(me, instrument);
		List<Measurements.Measurement> taken = measurements.of(id, chosen.id());
		log.record(AuditRecord.read(id, "Measurement", chosen.id()));
		Locale locale = LocaleContextHolder.getLocale();
		List<DomainTrend> trends = new ArrayList<>();
		for (Instrument.Domain domain : chosen.domains()) {
			List<TrendChart.Point> points = new ArrayList<>();
			List<Integer> scores = new ArrayList<>();
			for (Measurements.Measurement m : taken) {
				Integer score = m.score(domain.id());
				scores.add(score);
				if (score != null) {
					points.add(new TrendChart.Point(m.measuredOn(), score));
				}
			}
			Integer latest = taken.isEmpty() ? null : taken.get(taken.size() - 1).score(domain.id());
			Integer previous = taken.size() < 2 ? null : taken.get(taken.size() - 2).score(domain.id());
			trends.add(new DomainTrend(domain, domain.name(locale),
					TrendChart.svg(domain.name(locale), points, chosen.scaleMin(), chosen.scaleMax(), locale), scores,
					previous, latest));
		}
		model.addAttribute("clientId", id);
		model.addAttribute("clientName", clientName(id));
		model.addAttribute("instrument", chosen);
		model.addAttribute("instruments", measurements.instruments(me.organisationId()));
		model.addAttribute("measurements", taken);
		model.addAttribute("trends", trends);
		return "clients/outcome/overview";
	}

	@GetMapping("/clients/{id}/measurements/new")
	public String form(OpenedClient opened, @RequestParam(defaultValue = "") String instrument, Model model) {
		return form(opened.id(), opened.user(), instrument, "WITH_CLIENT", model);
	}

	@PostMapping("/clients/{id}/measurements")
	@Transactional
	public String take(OpenedClient opened, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		return take(opened.id(), opened.user(), form, model, redirect, "/clients/" + opened.id() + "/measurements");
	}

	private String form(UUID id, SignedInUser me, String instrument, String taken, Model model) {
		return formPage(id, choose(me, instrument), Map.of("measuredOn", today().toString(), "taken", taken), Map.of(),
				model);
	}

	private String take(UUID id, SignedInUser me, Map<String, String> form, Model model, RedirectAttributes redirect,
			String overview) {
		Instrument chosen = choose(me, form.getOrDefault("instrument", ""));
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate on = FormValues.date(form.get("measuredOn"));
		if (on == null) {
			errors.put("measuredOn", "measurement.error.date");
		}
		else if (on.isAfter(today())) {
			errors.put("measuredOn", "measurement.error.date-future");
		}
		Measurements.Taken taken = FormValues.choice(Measurements.Taken.class, form.get("taken"));
		if (taken == null) {
			errors.put("taken", "measurement.error.taken");
		}
		Map<UUID, Integer> scores = new HashMap<>();
		Map<UUID, String> notes = new HashMap<>();
		for (Instrument.Domain domain : chosen.domains()) {
			String score = form.get("score-" + domain.id());
			if (score != null && !score.isBlank()) {
				try {
					int value = Integer.parseInt(score.trim());
					if (!chosen.onScale(value)) {
						throw new NumberFormatException();
					}
					scores.put(domain.id(), value);
				}
				catch (NumberFormatException e) {
					errors.put("score-" + domain.id(), "measurement.error.score");
				}
			}
			String note = FormValues.blankToNull(form.get("note-" + domain.id()));
			if (note != null) {
				if (note.length() > 1000) {
					errors.put("note-" + domain.id(), "measurement.error.note");
				}
				notes.put(domain.id(), note);
			}
		}
		if (scores.isEmpty() && !errors.keySet().stream().anyMatch(k -> k.startsWith("score-"))) {
			errors.put("score-" + chosen.domains().get(0).id(), "measurement.error.no-scores");
		}
		if (!errors.isEmpty()) {
			return formPage(id, chosen, form, errors, model);
		}
		UUID measurement = measurements.save(id, chosen.id(), on, taken, scores, notes, me.id());
		log.record(AuditRecord.change(AuditAction.CREATE, id, "Measurement", measurement));
		redirect.addFlashAttribute("notice", "measurement.saved");
		return "redirect:" + overview + "?instrument=" + chosen.id();
	}

	private String formPage(UUID id, Instrument instrument, Map<String, String> values, Map<String, String> errors,
			Model model) {
		model.addAttribute("clientId", id);
		model.addAttribute("clientName", clientName(id));
		model.addAttribute("instrument", instrument);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "clients/outcome/new";
	}

	private Instrument choose(SignedInUser me, String instrument) {
		List<Instrument> available = measurements.instruments(me.organisationId());
		if (available.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return available.stream().filter(i -> i.id().toString().equals(instrument)).findFirst().orElse(available.get(0));
	}

	private String clientName(UUID id) {
		return jdbc.sql("SELECT display_name FROM client WHERE id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	@Configuration(proxyBeanMethods = false)
	static class Section {

		@Bean
		DossierSection measurementsSection() {
			return new DossierSection(30, "measurement.section", "measurements");
		}

		@Bean
		NavigationItem ownMeasurementsNavigationItem() {
			return new NavigationItem(6, "nav.own.measurements", "/mijn/metingen", Permission.VIEW_OWN_FILE.authority());
		}
	}
}
