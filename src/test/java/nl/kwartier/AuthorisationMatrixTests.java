package nl.kwartier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kwartier.clients.assignment.Assignments;
import nl.kwartier.clients.assignment.Assignments.Part;
import nl.kwartier.identity.AccountProvisioning;
import nl.kwartier.identity.Role;
import nl.kwartier.identity.login.TestLogins;
import nl.kwartier.support.ClientFixture;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.WebTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorisation matrix: every route Kwartier maps, asked by every role in every relation to
 * one client (Sam) that grants or denies access, answers as the table in
 * {@code src/test/resources/authorisation-matrix.txt} says, and every refusal on a client's route
 * leaves an audit entry. A route without a row fails, so a new route cannot slip in unexamined;
 * the failure prints the row as it is answered today, to check and paste.
 */
@WebTest
class AuthorisationMatrixTests {

	static final String TABLE = "/authorisation-matrix.txt";

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	/** Routes that are no page to ask for, with the reason. */
	static final Map<String, String> NOT_ASKED = Map.of("GET /error",
			"the container renders it for other requests' errors (the error page tests cover it)", "POST /error",
			"the container renders it for other requests' errors (the error page tests cover it)");

	/** Sent with every POST, so forms that need a date get past it (an allowed POST still saves nothing). */
	static final Map<String, String> FORM = Map.of("measuredOn", LocalDate.now().toString(), "taken", "WITH_CLIENT");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	AccountProvisioning accounts;

	@Autowired
	Assignments assignments;

	@Autowired
	ClientFixture clients;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	/** What a request may answer, as the table writes it. */
	enum Outcome {
		OK("ok"), REDIRECT("go"), LOGIN("login"), REFUSED("403"), NOT_FOUND("404"), BAD_REQUEST("400"),
		SERVER_ERROR("500"), OTHER("?");

		final String cell;

		Outcome(String cell) {
			this.cell = cell;
		}

		static Outcome of(String cell) {
			for (Outcome outcome : values()) {
				if (outcome.cell.equals(cell)) {
					return outcome;
				}
			}
			throw new IllegalArgumentException("Unknown outcome '" + cell + "' in " + TABLE);
		}
	}

	/** One column: who asks, and his relation to Sam. */
	record Actor(String column, @Nullable UUID userId, @Nullable Authentication login) {
	}

	/** The people and records of one run: the matrix's own organisation, so it shares nothing. */
	final class World {

		final UUID organisation = accounts.createOrganisation("Matrix " + UUID.randomUUID());

		final UUID otherOrganisation = accounts.createOrganisation("Matrix elders " + UUID.randomUUID());

		final UUID noord = accounts.createTeam(organisation, "Noord " + UUID.randomUUID(), null);

		final UUID zuid = accounts.createTeam(organisation, "Zuid " + UUID.randomUUID(), null);

		final Map<String, Actor> actors = new LinkedHashMap<>();

		final UUID sam;

		final UUID samsGoal;

		final UUID samsContact;

		final UUID waitingRegistration;

		final UUID colleague;

		final UUID administered;

		World() {
			sam = client(noord);
			UUID other = client(noord);
			actors.put("anon", new Actor("anon", null, null));
			actors.put("self", actor("self", Role.CLIENT, organisation, null));
			linkAccount(sam, actors.get("self"));
			actors.put("client", actor("client", Role.CLIENT, organisation, null));
			linkAccount(other, actors.get("client"));
			assigned("pw-now", Role.PEER_WORKER, Part.PEER_EXPERT, false);
			actors.put("pw-none", actor("pw-none", Role.PEER_WORKER, organisation, noord));
			assigned("pe-now", Role.PEER_EXPERT, Part.PEER_EXPERT, false);
			assigned("pe-before", Role.PEER_EXPERT, Part.PEER_EXPERT, true);
			actors.put("pe-none", actor("pe-none", Role.PEER_EXPERT, organisation, noord));
			assigned("km-now", Role.KWARTIERMAKER, Part.KWARTIERMAKER, false);
			assigned("km-before", Role.KWARTIERMAKER, Part.KWARTIERMAKER, true);
			actors.put("km-elsewhere", actor("km-elsewhere", Role.KWARTIERMAKER, otherOrganisation, null));
			actors.put("co-team", actor("co-team", Role.COORDINATOR, organisation, noord));
			actors.put("co-other-team", actor("co-other-team", Role.COORDINATOR, organisation, zuid));
			actors.put("co-no-team", actor("co-no-team", Role.COORDINATOR, organisation, null));
			actors.put("co-elsewhere", actor("co-elsewhere", Role.COORDINATOR, otherOrganisation, null));
			actors.put("partner", actor("partner", Role.PARTNER_WORKER, organisation, null));
			actors.put("admin", actor("admin", Role.ADMINISTRATOR, organisation, null));
			colleague = actors.get("pe-now").userId();
			administered = actor("administered", Role.PEER_WORKER, organisation, noord).userId();
			UUID worker = actors.get("km-now").userId();
			samsGoal = UUID.randomUUID();
			jdbc.sql("""
					INSERT INTO goal (id, client_id, domain_code, description, status, created_by, changed_by)
					VALUES (?, ?, 'HOUSING', 'Een eigen kamer', 'NOT_STARTED', ?, ?)
					""").params(samsGoal, sam, worker, worker).update();
			samsContact = UUID.randomUUID();
			jdbc.sql("""
					INSERT INTO contact (id, client_id, type, contact_date, duration_minutes, note, created_by, changed_by)
					VALUES (?, ?, 'HOME_VISIT', CURRENT_DATE, 60, 'Koffie gedronken', ?, ?)
					""").params(samsContact, sam, worker, worker).update();
			registration(sam, "DECIDED");
			waitingRegistration = registration(sam, "WAITING");
		}

		private UUID client(UUID team) {
			UUID id = clients.aClientIn(organisation).id();
			jdbc.sql("UPDATE client SET team_id = ? WHERE id = ?").params(team, id).update();
			return id;
		}

		private Actor actor(String column, Role role, UUID organisationId, @Nullable UUID team) {
			UUID id = accounts.createUser(organisationId, team, "matrix-" + column + "-" + UUID.randomUUID(),
					"Matrix " + column, TestUsers.PASSWORD, Set.of(role), role == Role.ADMINISTRATOR,
					TestUsers.TOTP_SECRET, false);
			return new Actor(column, id, logins.fullAuthentication(id));
		}

		private void assigned(String column, Role role, Part part, boolean ended) {
			Actor actor = actor(column, role, organisation, noord);
			assignments.assign(sam, null, actor.userId(), part, Assignments.Reason.FIRST_TALK, Instant.now(),
					actor.userId());
			if (ended) {
				assignments.end(sam, actor.userId(), Instant.now());
			}
			actors.put(column, actor);
		}

		private void linkAccount(UUID client, Actor account) {
			jdbc.sql("UPDATE client SET account_id = ? WHERE id = ?").params(account.userId(), client).update();
		}

		private UUID registration(UUID client, String status) {
			UUID id = UUID.randomUUID();
			jdbc.sql("""
					INSERT INTO registration (id, organisation_id, team_id, client_id, registered_on, source, own_question,
					                      struggles_with_limits, practical_question, status, first_talk, decided_at)
					VALUES (?, ?, ?, ?, CURRENT_DATE, 'GP', 'Ik voel me alleen.', 'UNKNOWN', FALSE, ?,
					        CASE WHEN ? = 'DECIDED' THEN 'BOTH' END, CASE WHEN ? = 'DECIDED' THEN now() END)
					""").params(id, organisation, noord, client, status, status, status).update();
			return id;
		}

		/** The address of the route for this world: Sam's file, his goal, his contact, a colleague. */
		String address(String route) {
			Matcher variables = VARIABLE.matcher(route);
			StringBuilder address = new StringBuilder();
			while (variables.find()) {
				variables.appendReplacement(address, value(route, variables.group(1)));
			}
			variables.appendTail(address);
			return address.toString();
		}

		private String value(String route, String variable) {
			if (route.startsWith("/clients/registrations/")) {
				return waitingRegistration.toString();
			}
			if (route.startsWith("/clients/{" + variable + "}")) {
				return sam.toString();
			}
			return switch (variable) {
				case "goalId" -> samsGoal.toString();
				case "contactId" -> samsContact.toString();
				case "userId" -> colleague.toString();
				case "id" -> route.startsWith("/admin/users/") ? administered.toString() : UUID.randomUUID().toString();
				case "action" -> "deactivate";
				case "code" -> "HOUSING";
				default -> throw new IllegalStateException(
						"The matrix test has no value for {" + variable + "} in " + route + ": add one in World.value");
			};
		}
	}

	@Test
	void everyRouteAnswersEveryRoleInEveryRelationAsTheMatrixSaysAndEveryRefusalIsLogged() throws IOException {
		Table table = Table.read();
		World world = new World();
		assertThat(table.columns()).as("the columns of " + TABLE).containsExactlyElementsOf(world.actors.keySet());

		Set<String> routes = mappedRoutes();
		List<String> problems = new ArrayList<>();
		int requests = 0;
		for (String route : routes) {
			Map<String, Outcome> expected = table.rows().get(route);
			StringBuilder observedRow = new StringBuilder(String.format("%-52s", route));
			for (Actor actor : world.actors.values()) {
				boolean refusalsLogged = showsAClient(route) && actor.userId() != null;
				long lastEntry = refusalsLogged ? lastAuditEntry() : 0;
				Outcome outcome = send(route, world.address(route.substring(route.indexOf(' ') + 1)), actor);
				requests++;
				observedRow.append(String.format("| %-" + actor.column().length() + "s ", outcome.cell));
				if (expected == null) {
					continue;
				}
				if (outcome != expected.get(actor.column())) {
					problems.add(route + " as " + actor.column() + ": expected " + expected.get(actor.column()).cell
							+ ", answered " + outcome.cell);
				}
				else if (outcome == Outcome.REFUSED && refusalsLogged && !refusalLogged(actor, lastEntry, world.sam)) {
					problems.add(route + " as " + actor.column() + ": refused without an audit entry");
				}
			}
			if (expected == null) {
				problems.add("no row in " + TABLE + " for " + route + "; answered today:\n" + observedRow);
			}
		}
		Set<String> stale = new TreeSet<>(table.rows().keySet());
		stale.removeAll(routes);
		stale.removeAll(NOT_ASKED.keySet());
		stale.forEach(route -> problems.add("row for a route that is not mapped (any more): " + route));

		System.out.printf("Authorisation matrix: %d routes x %d actors = %d cells, %d requests%n", routes.size(),
				world.actors.size(), routes.size() * world.actors.size(), requests);
		assertThat(problems).as("differences from " + TABLE).isEmpty();
	}

	/** Every route as "METHOD pattern", from the handler mappings themselves. */
	private Set<String> mappedRoutes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			if (info.getPatternValues().isEmpty()) {
				continue;
			}
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					routes.add("GET " + pattern);
					routes.add("POST " + pattern);
				}
				methods.forEach(method -> routes.add(method.name() + " " + pattern));
			}
		}
		routes.removeAll(NOT_ASKED.keySet());
		return routes;
	}

	private Outcome send(String route, String address, Actor actor) {
		String method = route.substring(0, route.indexOf(' '));
		MockMvcRequestBuilder request = switch (method) {
			case "GET" -> mvc.get().uri(address);
			case "POST" -> mvc.post().uri(address).with(csrf());
			default -> mvc.method(org.springframework.http.HttpMethod.valueOf(method)).uri(address).with(csrf());
		};
		if (!"GET".equals(method)) {
			FORM.forEach(request::param);
		}
		if (actor.login() != null) {
			request.with(authentication(actor.login()));
		}
		MvcTestResult result = request.exchange();
		if (result.getUnresolvedException() != null) {
			return Outcome.SERVER_ERROR;
		}
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		if (status >= 300 && status < 400) {
			return location != null && location.replaceFirst("^https?://[^/]+", "").equals("/login") ? Outcome.LOGIN
					: Outcome.REDIRECT;
		}
		return switch (status / 100) {
			case 2 -> Outcome.OK;
			case 5 -> Outcome.SERVER_ERROR;
			default -> switch (status) {
				case 400 -> Outcome.BAD_REQUEST;
				case 403 -> Outcome.REFUSED;
				case 404 -> Outcome.NOT_FOUND;
				default -> Outcome.OTHER;
			};
		};
	}

	/** Routes that open a client's file: a refusal there must name the client in the audit log. */
	private static boolean showsAClient(String route) {
		String pattern = route.substring(route.indexOf(' ') + 1);
		return pattern.startsWith("/clients/{") || pattern.startsWith("/mijn");
	}

	private long lastAuditEntry() {
		return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();
	}

	/** A refusal entry for the actor since the request began, naming Sam where the route names him. */
	private boolean refusalLogged(Actor actor, long since, UUID sam) {
		return jdbc.sql("""
				SELECT count(*) FROM audit_entry
				WHERE id > ? AND user_id = ? AND action = 'ACCESS_REFUSED'
				  AND (client_id = ? OR object_id LIKE ? OR object_id LIKE '%/mijn%')
				""").params(since, actor.userId(), sam, "%" + sam + "%").query(Integer.class).single() > 0;
	}

	/** The expected outcomes: one row per route, one column per actor. */
	record Table(List<String> columns, Map<String, Map<String, Outcome>> rows) {

		static Table read() throws IOException {
			List<String> columns = null;
			Map<String, Map<String, Outcome>> rows = new LinkedHashMap<>();
			try (InputStream in = AuthorisationMatrixTests.class.getResourceAsStream(TABLE)) {
				assertThat(in).as(TABLE).isNotNull();
				for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
					if (line.isBlank() || line.startsWith("#")) {
						continue;
					}
					List<String> cells = List.of(line.split("\\|")).stream().map(String::strip).toList();
					if (columns == null) {
						columns = cells.subList(1, cells.size());
						continue;
					}
					String route = cells.get(0).replaceAll("\\s+", " ");
					assertThat(cells).as("cells of " + route).hasSize(columns.size() + 1);
					assertThat(rows).as("rows in " + TABLE).doesNotContainKey(route);
					Map<String, Outcome> row = new LinkedHashMap<>();
					for (int i = 0; i < columns.size(); i++) {
						row.put(columns.get(i), Outcome.of(cells.get(i + 1)));
					}
					rows.put(route, row);
				}
			}
			return new Table(columns, rows);
		}
	}
}
