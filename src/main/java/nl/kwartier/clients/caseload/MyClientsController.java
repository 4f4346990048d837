package nl.kwartier.clients.caseload;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import nl.kwartier.audit.AuditLog;
import nl.kwartier.audit.AuditRecord;
import nl.kwartier.identity.CurrentUser;
import nl.kwartier.identity.Permission;
import nl.kwartier.identity.RequiresPermission;
import nl.kwartier.identity.SignedInUser;
import org.jspecify.annotations.Nullable;
import nl.kwartier.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A worker's own list: the clients he works with now, when he last had contact with each (flagged
 * after too long without), the next review date of an open goal in the plan (flagged when due
 * within a week) and the next planned step towards it.
 */
@Controller
@RequiresPermission(Permission.WORK_WITH_CLIENTS)
class MyClientsController {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	public record Row(UUID clientId, String name, String part, ZonedDateTime since, String neighbourhood,
			java.time.@Nullable LocalDate lastContact, boolean noContactTooLong, java.time.@Nullable LocalDate nextReview,
			boolean reviewDue, @Nullable String nextStep) {
	}

	/** A worker's current clients through the index on current assignments; each extra is one short index range. */
	static final String MINE = """
				SELECT c.id, c.display_name, a.role, a.since,
				       n.name,
				       (SELECT k.contact_date FROM contact k WHERE k.client_id = c.id AND k.voided_at IS NULL
				        ORDER BY k.contact_date DESC LIMIT 1) AS last_contact,
				       (SELECT min(g.review_on) FROM goal g WHERE g.client_id = c.id AND g.voided_at IS NULL
				        AND g.status IN ('NOT_STARTED', 'WORKING_ON_IT')) AS next_review,
				       (SELECT s.description FROM goal g JOIN goal_step s ON s.goal_id = g.id AND s.voided_at IS NULL
				        WHERE g.client_id = c.id AND g.voided_at IS NULL AND g.status IN ('NOT_STARTED', 'WORKING_ON_IT')
				        ORDER BY g.review_on NULLS LAST, s.position LIMIT 1) AS next_step
				FROM assignment a JOIN client c ON c.id = a.client_id LEFT JOIN neighbourhood n ON n.id = c.neighbourhood_id
				WHERE a.worker_id = ? AND a.until IS NULL
				ORDER BY c.family_name, c.given_name
				""";

	private final JdbcClient jdbc;

	private final CurrentUser currentUser;

	private final AuditLog log;

	private final int noContactWeeks;

	private final java.time.Clock clock;

	MyClientsController(JdbcClient jdbc, CurrentUser currentUser, AuditLog log, java.time.Clock clock,
			@org.springframework.beans.factory.annotation.Value("${kwartier.caseload.no-contact-weeks:4}") int noContactWeeks) {
		this.jdbc = jdbc;
		this.currentUser = currentUser;
		this.log = log;
		this.clock = clock;
		this.noContactWeeks = noContactWeeks;
	}

	@GetMapping("/clients")
	public String mine(Model model) {
		SignedInUser me = currentUser.get().orElseThrow();
		java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(ZONE));
		java.time.LocalDate tooLong = today.minusWeeks(noContactWeeks);
		// The last contact per client comes from the timeline index, one short range per client.
		List<Row> rows = jdbc.sql(MINE).param(me.id()).query((rs, n) -> {
					ZonedDateTime since = rs.getObject(4, OffsetDateTime.class).atZoneSameInstant(ZONE);
					java.time.LocalDate last = rs.getObject(6, java.time.LocalDate.class);
					boolean quiet = last == null ? since.toLocalDate().isBefore(tooLong) : last.isBefore(tooLong);
					java.time.LocalDate review = rs.getObject(7, java.time.LocalDate.class);
					return new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), since, rs.getString(5),
							last, quiet, review, review != null && !review.isAfter(today.plusWeeks(1)), rs.getString(8));
				})
			.list();
		rows.forEach(row -> log.record(AuditRecord.read(row.clientId(), "Client", row.clientId())));
		model.addAttribute("rows", rows);
		model.addAttribute("noContactWeeks", noContactWeeks);
		return "clients/caseload/mine";
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem myClientsNavigationItem() {
			return new NavigationItem(10, "nav.clients.mine", "/clients", Permission.WORK_WITH_CLIENTS.authority());
		}

		@Bean
		NavigationItem registrationsNavigationItem() {
			return new NavigationItem(25, "nav.clients.registrations", "/clients/registrations",
					Permission.COORDINATE_TEAM.authority());
		}
	}
}
