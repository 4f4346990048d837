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
import nl.kwartier.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A worker's own list: the clients he works with now. */
@Controller
@RequiresPermission(Permission.WORK_WITH_CLIENTS)
class MyClientsController {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	public record Row(UUID clientId, String name, String part, ZonedDateTime since, String neighbourhood) {
	}

	private final JdbcClient jdbc;

	private final CurrentUser currentUser;

	private final AuditLog log;

	MyClientsController(JdbcClient jdbc, CurrentUser currentUser, AuditLog log) {
		this.jdbc = jdbc;
		this.currentUser = currentUser;
		this.log = log;
	}

	@GetMapping("/clients")
	public String mine(Model model) {
		SignedInUser me = currentUser.get().orElseThrow();
		List<Row> rows = jdbc.sql("""
				SELECT c.id, c.given_name || ' ' || coalesce(c.name_prefix || ' ', '') || c.family_name, a.role, a.since,
				       n.name
				FROM assignment a JOIN client c ON c.id = a.client_id LEFT JOIN neighbourhood n ON n.id = c.neighbourhood_id
				WHERE a.worker_id = ? AND a.until IS NULL
				ORDER BY c.family_name, c.given_name
				""").param(me.id()).query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
						rs.getObject(4, OffsetDateTime.class).atZoneSameInstant(ZONE), rs.getString(5)))
			.list();
		rows.forEach(row -> log.record(AuditRecord.read(row.clientId(), "Client", row.clientId())));
		model.addAttribute("rows", rows);
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
