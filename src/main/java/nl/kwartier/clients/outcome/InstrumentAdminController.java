package nl.kwartier.clients.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The administrator loads an instrument the organisation holds a licence for, as a JSON document,
 * and takes its own instruments out of use. Kwartier's own instrument cannot be changed here.
 */
@Controller
@RequestMapping("/admin/instruments")
class InstrumentAdminController {

	private final Measurements measurements;

	private final JsonMapper json;

	private final MessageSource messages;

	private final AuditLog log;

	private final CurrentUser currentUser;

	private final TransactionOperations transactions;

	InstrumentAdminController(Measurements measurements, JsonMapper json, MessageSource messages, AuditLog log,
			CurrentUser currentUser, TransactionOperations transactions) {
		this.measurements = measurements;
		this.json = json;
		this.messages = messages;
		this.log = log;
		this.currentUser = currentUser;
		this.transactions = transactions;
	}

	@GetMapping
	@RequiresPermission(Permission.MANAGE_USERS)
	String page(Model model) {
		return page("", List.of(), model);
	}

	@PostMapping
	@RequiresPermission(Permission.MANAGE_USERS)
	String load(@RequestParam(defaultValue = "") String definition, Model model, RedirectAttributes redirect) {
		SignedInUser admin = admin();
		List<InstrumentDefinition.Problem> problems = new ArrayList<>();
		InstrumentDefinition read = InstrumentDefinition.read(json, definition, problems);
		if (read != null && measurements.codeTaken(admin.organisationId(), read.code())) {
			problems.add(new InstrumentDefinition.Problem("admin.instruments.error.code-taken", read.code()));
		}
		if (read == null || !problems.isEmpty()) {
			return page(definition, problems, model);
		}
		try {
			// The instrument and its audit entry commit together; a load that lost a race is rolled back whole.
			transactions.executeWithoutResult(status -> log.record(AuditRecord.change(AuditAction.ADMINISTRATION,
					null, "Instrument", measurements.load(admin.organisationId(), read))));
		}
		catch (DuplicateKeyException raced) {
			return page(definition, List.of(new InstrumentDefinition.Problem("admin.instruments.error.code-taken",
					read.code())), model);
		}
		redirect.addFlashAttribute("notice", "admin.instruments.loaded");
		return "redirect:/admin/instruments";
	}

	@PostMapping("/{id}/deactivate")
	@RequiresPermission(Permission.MANAGE_USERS)
	@Transactional
	String deactivate(@PathVariable String id, RedirectAttributes redirect) {
		UUID instrument = FormValues.id(id);
		if (instrument == null || !measurements.deactivate(admin().organisationId(), instrument)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		log.record(AuditRecord.change(AuditAction.ADMINISTRATION, null, "Instrument", instrument));
		redirect.addFlashAttribute("notice", "admin.instruments.deactivated");
		return "redirect:/admin/instruments";
	}

	private String page(String definition, List<InstrumentDefinition.Problem> problems, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("instruments", measurements.catalogue(admin().organisationId()));
		model.addAttribute("definition", definition);
		model.addAttribute("problems",
				problems.stream().map(p -> messages.getMessage(p.key(), p.args(), locale)).toList());
		return "clients/outcome/admin-instruments";
	}

	private SignedInUser admin() {
		return currentUser.get().orElseThrow();
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem instrumentsNavigationItem() {
			return new NavigationItem(83, "admin.instruments.nav", "/admin/instruments",
					Permission.MANAGE_USERS.authority());
		}
	}
}
