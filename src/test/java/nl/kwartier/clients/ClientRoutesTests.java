package nl.kwartier.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.kwartier.clients.assignment.Assignments.Part;
import nl.kwartier.identity.Role;
import nl.kwartier.identity.login.TestLogins;
import nl.kwartier.support.ClientFixture;
import nl.kwartier.support.ClientFixture.TestClient;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;
import nl.kwartier.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page that shows a client's data opens him through the access policy once, by taking an
 * {@link OpenedClient}: no handler can forget the check or the read entry. Found from the handler
 * mappings themselves, so a new route is held to it the moment it is mapped.
 */
@WebTest
class ClientRoutesTests {

	/** Modules whose pages show clients' data (see the module table in architecture.md). */
	static final List<String> CLIENT_DATA_MODULES = List.of("nl.kwartier.clients.", "nl.kwartier.groups.",
			"nl.kwartier.partners.", "nl.kwartier.network.", "nl.kwartier.outreach.");

	/** Routes that show client data without opening one client, each with the reason that is enough. */
	static final Map<String, String> EXCEPTIONS = Map.ofEntries(
			Map.entry("/clients", "my clients: only the clients assigned to me now, each row logged as read"),
			Map.entry("/clients/team", "the team's caseloads: numbers per worker, no client"),
			Map.entry("/clients/registrations", "waiting registrations of the coordinator's own team, each row logged"),
			Map.entry("/clients/registrations/{id}/decision",
					"a registration of the coordinator's own team, found within that team, logged"),
			Map.entry("/clients/registrations/{id}/possible-match",
					"a possible match across teams: each candidate shown only if the coordinator may open him"),
			Map.entry("/clients/registrations/new", "registration: no client exists yet"),
			Map.entry("/clients/registrations/draft/registrant", "registration: no client exists yet"),
			Map.entry("/clients/registrations/draft/person", "registration: no client exists yet"),
			Map.entry("/clients/registrations/draft/question", "registration: no client exists yet"),
			Map.entry("/clients/registrations/draft/check", "registration: the duplicate check, logged as a search"),
			Map.entry("/clients/registrations/draft/save", "registration: creates the client"),
			Map.entry("/clients/registrations/saved", "registration: the confirmation, no client data"));

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestLogins logins;

	@Autowired
	ClientFixture clients;

	@Autowired
	JdbcClient jdbc;

	@Test
	void openingAPageOfAClientsFileLeavesOneReadEntryNamingTheRouteAndASaveNone() {
		TestUser worker = testUsers.enrolled(Role.KWARTIERMAKER);
		TestClient client = clients.aClientOf(worker, Part.KWARTIERMAKER);

		assertThat(mvc.get().uri("/clients/" + client.id() + "/support-level").with(logins.as(worker.id())))
			.hasStatusOk();
		assertThat(mvc.post().uri("/clients/" + client.id() + "/support-level").with(logins.as(worker.id())).with(csrf())
			.param("level", "NONSENSE")).hasStatusOk();

		assertThat(jdbc.sql("""
				SELECT object_type || ' ' || object_id || ' ' || detail FROM audit_entry
				WHERE user_id = ? AND client_id = ? AND action = 'READ'
				""").params(worker.id(), client.id()).query(String.class).list())
			.containsExactly("Client " + client.id() + " /clients/{id}/support-level");
	}

	@Test
	void everyRouteThatShowsClientDataTakesAClientOpenedThroughTheAccessPolicy() {
		List<String> unchecked = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			for (String pattern : info.getPatternValues()) {
				if (showsClientData(pattern, handler) && !EXCEPTIONS.containsKey(pattern) && !opensAClient(handler)) {
					unchecked.add(describe(info, pattern, handler));
				}
			}
		});
		assertThat(unchecked).as("routes that show client data without taking an OpenedClient").isEmpty();
	}

	@Test
	void theClientIdInAWorkerRouteIsNeverBoundByHandBesideTheOpenedClient() {
		List<String> byHand = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith(OpenedClientResolver.WORKER_ROUTES)) {
					String variable = pattern.substring(OpenedClientResolver.WORKER_ROUTES.length(), pattern.indexOf('}'));
					boolean bound = Arrays.stream(handler.getMethodParameters())
						.map(p -> p.getParameterAnnotation(PathVariable.class))
						.anyMatch(p -> p != null && (variable.equals(p.value()) || variable.equals(p.name())));
					boolean boundByName = Arrays.stream(handler.getMethodParameters())
						.anyMatch(p -> p.hasParameterAnnotation(PathVariable.class)
								&& variable.equals(p.getParameter().getName()));
					if (bound || boundByName) {
						byHand.add(describe(info, pattern, handler));
					}
				}
			}
		});
		assertThat(byHand).as("handlers that take the client id from the address themselves").isEmpty();
	}

	@Test
	void anOpenedClientIsTakenOnlyOnAClientsOwnRoutes() {
		List<String> elsewhere = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			for (String pattern : info.getPatternValues()) {
				if (opensAClient(handler) && !pattern.startsWith(OpenedClientResolver.WORKER_ROUTES)
						&& OpenedClientResolver.OWN_ROUTES.stream().noneMatch(pattern::startsWith)) {
					elsewhere.add(describe(info, pattern, handler));
				}
			}
		});
		assertThat(elsewhere).isEmpty();
	}

	@Test
	void everyExceptionIsStillMapped() {
		Set<String> mapped = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach(info -> mapped.addAll(info.getPatternValues()));
		assertThat(mapped).containsAll(EXCEPTIONS.keySet());
	}

	/** Pages under /admin set up the organisation (instruments, life domains) and hold no client's data. */
	private static boolean showsClientData(String pattern, HandlerMethod handler) {
		String type = handler.getBeanType().getName();
		return pattern.startsWith("/clients") || pattern.startsWith("/mijn")
				|| (CLIENT_DATA_MODULES.stream().anyMatch(type::startsWith) && !pattern.startsWith("/admin/"));
	}

	private static boolean opensAClient(HandlerMethod handler) {
		return Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.getParameterType() == OpenedClient.class);
	}

	private static String describe(RequestMappingInfo info, String pattern, HandlerMethod handler) {
		return info.getMethodsCondition().getMethods() + " " + pattern + " (" + handler.getBeanType().getSimpleName()
				+ "." + handler.getMethod().getName() + ")";
	}
}
