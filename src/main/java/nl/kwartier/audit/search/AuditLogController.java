package nl.kwartier.audit.search;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kwartier.audit.AuditAction;
import nl.kwartier.audit.AuditLog;
import nl.kwartier.audit.AuditOutcome;
import nl.kwartier.audit.AuditRecord;
import nl.kwartier.audit.log.AuditEntry;
import nl.kwartier.identity.Permission;
import nl.kwartier.identity.RequiresPermission;
import nl.kwartier.platform.web.FormValues;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The log manager searches the audit log by user, client, action and period. The search itself
 * is logged too: the log holds who looked at whose data.
 */
@Controller
class AuditLogController {

	/** Dates on the page are Dutch dates: a day runs from midnight to midnight in the Netherlands. */
	static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	/** An entry with its time in the Dutch time zone, for display. */
	record Line(AuditEntry entry, ZonedDateTime at) {
	}

	private final AuditSearch search;

	private final AuditLog log;

	AuditLogController(AuditSearch search, AuditLog log) {
		this.search = search;
		this.log = log;
	}

	@GetMapping("/audit")
	@RequiresPermission(Permission.READ_AUDIT_LOG)
	String search(@RequestParam(defaultValue = "") String user, @RequestParam(defaultValue = "") String client,
			@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String before, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		String username = user.isBlank() ? null : clip(user.trim(), 100);
		UUID clientId = parseClient(client, errors);
		AuditAction chosenAction = parseAction(action, errors);
		LocalDate fromDate = parseDate("from", from, errors);
		LocalDate toDate = parseDate("to", to, errors);
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			errors.put("to", "audit.search.error.to-before-from");
		}
		model.addAttribute("filter", Map.of("user", clip(user, 100), "client", clip(client, 100), "action", clip(action, 40),
				"from", clip(from, 20), "to", clip(to, 20)));
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("errors", errors);
		if (!errors.isEmpty()) {
			return "audit/search";
		}
		AuditSearch.Criteria criteria = new AuditSearch.Criteria(username, clientId, chosenAction,
				fromDate == null ? null : fromDate.atStartOfDay(ZONE).toInstant(),
				toDate == null ? null : toDate.plusDays(1).atStartOfDay(ZONE).toInstant(),
				before.isBlank() ? null : AuditSearch.Cursor.parse(before));
		AuditSearch.Page page = search.find(criteria);
		log.record(new AuditRecord(AuditAction.SEARCH, clientId, "AuditLog", null, AuditOutcome.SUCCESS,
				describe(username, clientId, chosenAction, fromDate, toDate)));
		model.addAttribute("lines", page.entries().stream().map(e -> new Line(e, e.occurredAt().atZone(ZONE))).toList());
		model.addAttribute("next", page.next() == null ? null : page.next().format());
		model.addAttribute("continued", criteria.before() != null);
		return "audit/search";
	}

	private static @Nullable UUID parseClient(String client, Map<String, String> errors) {
		if (client.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(client.trim());
		}
		catch (IllegalArgumentException e) {
			errors.put("client", "audit.search.error.client");
			return null;
		}
	}

	private static @Nullable AuditAction parseAction(String action, Map<String, String> errors) {
		if (action.isBlank()) {
			return null;
		}
		try {
			return AuditAction.valueOf(action);
		}
		catch (IllegalArgumentException e) {
			errors.put("action", "audit.search.error.action");
			return null;
		}
	}

	private static @Nullable LocalDate parseDate(String field, String text, Map<String, String> errors) {
		if (text.isBlank()) {
			return null;
		}
		LocalDate date = FormValues.date(text);
		if (date != null && date.getYear() >= 2000) {
			return date;
		}
		errors.put(field, "audit.search.error.date");
		return null;
	}

	/** What was searched for, without the results: the log of the log. */
	private static String describe(@Nullable String username, @Nullable UUID clientId, @Nullable AuditAction action,
			@Nullable LocalDate from, @Nullable LocalDate to) {
		List<String> parts = new ArrayList<>();
		if (username != null) {
			parts.add("user=" + username);
		}
		if (clientId != null) {
			parts.add("client=" + clientId);
		}
		if (action != null) {
			parts.add("action=" + action);
		}
		if (from != null) {
			parts.add("from=" + from);
		}
		if (to != null) {
			parts.add("to=" + to);
		}
		return parts.isEmpty() ? "all" : String.join(" ", parts);
	}

	private static String clip(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}
}
