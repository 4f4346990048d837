package nl.kwartier.clients.recoveryplan;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.kwartier.audit.AuditAction;
import nl.kwartier.audit.AuditLog;
import nl.kwartier.audit.AuditRecord;
import nl.kwartier.identity.CurrentUser;
import nl.kwartier.identity.Permission;
import nl.kwartier.identity.RequiresPermission;
import nl.kwartier.identity.SignedInUser;
import nl.kwartier.platform.web.FormValues;
import nl.kwartier.platform.web.NavigationItem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator adapts the organisation's life domains: renames or hides one of Kwartier's
 * defaults, or adds one of its own. Goals already on a hidden domain stay; new ones cannot be on it.
 */
@Controller
@RequestMapping("/admin/life-domains")
class LifeDomainAdminController {

	static final int MAX_NAME = 100;

	/** One domain on the page, with what its form shows (what was typed, after a problem). */
	public record Row(String code, String name, @Nullable String defaultName, String nameNl, String nameEn,
			boolean hidden, String version) {
	}

	private final LifeDomains domains;

	private final AuditLog log;

	private final CurrentUser currentUser;

	LifeDomainAdminController(LifeDomains domains, AuditLog log, CurrentUser currentUser) {
		this.domains = domains;
		this.log = log;
		this.currentUser = currentUser;
	}

	@GetMapping
	@RequiresPermission(Permission.MANAGE_USERS)
	String page(Model model) {
		return page(null, Map.of(), Map.of(), Map.of(), model);
	}

	@PostMapping("/{code}")
	@RequiresPermission(Permission.MANAGE_USERS)
	@Transactional
	String adapt(@PathVariable String code, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		SignedInUser admin = admin();
		LifeDomains.Setting setting = domains.settings(admin.organisationId())
			.stream()
			.filter(s -> s.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String nameNl = FormValues.blankToNull(form.get("nameNl"));
		String nameEn = FormValues.blankToNull(form.get("nameEn"));
		boolean hidden = "true".equals(form.get("hidden"));
		Map<String, String> errors = new LinkedHashMap<>();
		if (nameNl == null && (setting.added() || nameEn != null)) {
			errors.put("nameNl-" + code, "admin.domains.error.name-nl.required");
		}
		checkLength(errors, "nameNl-" + code, nameNl);
		checkLength(errors, "nameEn-" + code, nameEn);
		Integer version = version(form.get("version"));
		if (errors.isEmpty()) {
			Optional<UUID> saved = domains.adapt(admin.organisationId(), code, nameNl, nameEn, hidden, version,
					admin.id());
			if (saved.isPresent()) {
				log.record(AuditRecord.change(AuditAction.ADMINISTRATION, null, "LifeDomain", saved.get()));
				redirect.addFlashAttribute("notice", "admin.domains.saved");
				return "redirect:/admin/life-domains";
			}
			errors.put("nameNl-" + code, "admin.domains.error.stale");
		}
		return page(code, form, errors, Map.of(), model);
	}

	@PostMapping
	@RequiresPermission(Permission.MANAGE_USERS)
	@Transactional
	String add(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		SignedInUser admin = admin();
		String nameNl = FormValues.blankToNull(form.get("newNameNl"));
		String nameEn = FormValues.blankToNull(form.get("newNameEn"));
		Map<String, String> errors = new LinkedHashMap<>();
		if (nameNl == null) {
			errors.put("newNameNl", "admin.domains.error.name-nl.required");
		}
		else if (nameTaken(admin.organisationId(), nameNl)) {
			errors.put("newNameNl", "admin.domains.error.name.taken");
		}
		checkLength(errors, "newNameNl", nameNl);
		checkLength(errors, "newNameEn", nameEn);
		if (errors.isEmpty()) {
			Optional<UUID> added = domains.add(admin.organisationId(), code(admin.organisationId(), nameNl), nameNl,
					nameEn, admin.id());
			if (added.isPresent()) {
				log.record(AuditRecord.change(AuditAction.ADMINISTRATION, null, "LifeDomain", added.get()));
				redirect.addFlashAttribute("notice", "admin.domains.added");
				return "redirect:/admin/life-domains";
			}
			errors.put("newNameNl", "admin.domains.error.stale");
		}
		return page(null, Map.of(), errors, form, model);
	}

	private String page(@Nullable String editedCode, Map<String, String> edited, Map<String, String> errors,
			Map<String, String> newDomain, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Row> rows = new ArrayList<>();
		for (LifeDomains.Setting s : domains.settings(admin().organisationId())) {
			String defaultName = s.nameKey() == null ? null : domains.defaultName(s.nameKey(), s.code(), locale);
			String own = "en".equals(locale.getLanguage()) && s.ownEn() != null ? s.ownEn() : s.ownNl();
			String name = own != null ? own : defaultName != null ? defaultName : s.code();
			String version = s.version() == null ? "" : s.version().toString();
			if (s.code().equals(editedCode)) {
				rows.add(new Row(s.code(), name, defaultName, edited.getOrDefault("nameNl", ""),
						edited.getOrDefault("nameEn", ""), "true".equals(edited.get("hidden")), version));
			}
			else {
				rows.add(new Row(s.code(), name, defaultName, orEmpty(s.ownNl()), orEmpty(s.ownEn()), s.hidden(),
						version));
			}
		}
		model.addAttribute("rows", rows);
		model.addAttribute("errors", errors);
		model.addAttribute("newNameNl", newDomain.getOrDefault("newNameNl", ""));
		model.addAttribute("newNameEn", newDomain.getOrDefault("newNameEn", ""));
		return "clients/recoveryplan/admin-domains";
	}

	private boolean nameTaken(UUID organisationId, String name) {
		Locale dutch = Locale.forLanguageTag("nl");
		return domains.settings(organisationId).stream().anyMatch(s -> {
			String current = s.ownNl() != null ? s.ownNl()
					: s.nameKey() != null ? domains.defaultName(s.nameKey(), s.code(), dutch) : null;
			return current != null && current.equalsIgnoreCase(name);
		});
	}

	/** A code from the Dutch name (Huisdieren: HUISDIEREN), made unique with a number when needed. */
	private String code(UUID organisationId, String name) {
		String base = Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toUpperCase(Locale.ROOT)
			.replaceAll("[^A-Z0-9]+", "_")
			.replaceAll("^_+|_+$", "");
		if (base.isEmpty()) {
			base = "DOMAIN";
		}
		base = base.substring(0, Math.min(base.length(), 32));
		List<String> taken = domains.settings(organisationId).stream().map(LifeDomains.Setting::code).toList();
		String code = base;
		for (int n = 2; taken.contains(code); n++) {
			code = base + "_" + n;
		}
		return code;
	}

	private static void checkLength(Map<String, String> errors, String field, @Nullable String value) {
		if (value != null && value.length() > MAX_NAME) {
			errors.putIfAbsent(field, "admin.domains.error.name.size");
		}
	}

	private static @Nullable Integer version(@Nullable String text) {
		try {
			return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

	private SignedInUser admin() {
		return currentUser.get().orElseThrow();
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem lifeDomainsNavigationItem() {
			return new NavigationItem(82, "admin.domains.nav", "/admin/life-domains",
					Permission.MANAGE_USERS.authority());
		}
	}
}
