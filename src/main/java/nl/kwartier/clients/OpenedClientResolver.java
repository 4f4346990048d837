package nl.kwartier.clients;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kwartier.audit.AuditAction;
import nl.kwartier.audit.AuditLog;
import nl.kwartier.audit.AuditOutcome;
import nl.kwartier.audit.AuditRecord;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Resolves an {@link OpenedClient} once per request, before the handler runs. Which way in the
 * route is decides which question {@link ClientAccess} answers: a workers' route (under
 * {@code /clients/{id}}) names the client in its first path variable and needs a worker's relation
 * to him; the client's own pages ({@link #OWN_ROUTES}) open the user's own file. Opening a page
 * (GET) is logged as a read of the client, with the route; changes are logged by the handler that
 * makes them.
 */
class OpenedClientResolver implements HandlerMethodArgumentResolver {

	/** Where the workers' routes of a client's file start; the variable that follows is his id. */
	static final String WORKER_ROUTES = "/clients/{";

	/** Where the client's own pages live. */
	static final List<String> OWN_ROUTES = List.of("/mijn-plan", "/mijn/");

	private final ClientAccess access;

	private final AuditLog log;

	OpenedClientResolver(ClientAccess access, AuditLog log) {
		this.access = access;
		this.log = log;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == OpenedClient.class;
	}

	@Override
	public OpenedClient resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest webRequest, WebDataBinderFactory binders) {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		String route = String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
		OpenedClient client;
		if (route.startsWith(WORKER_ROUTES)) {
			client = access.openForWork(clientId(request, route));
		}
		else if (OWN_ROUTES.stream().anyMatch(route::startsWith)) {
			client = access.openOwn();
		}
		else {
			throw new IllegalStateException("An opened client belongs to a client's route, not to " + route);
		}
		if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
			log.record(new AuditRecord(AuditAction.READ, client.id(), "Client", client.id().toString(),
					AuditOutcome.SUCCESS, route));
		}
		return client;
	}

	private static UUID clientId(HttpServletRequest request, String route) {
		String variable = route.substring(WORKER_ROUTES.length(), route.indexOf('}'));
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		try {
			return UUID.fromString(variables.get(variable));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a client id");
		}
	}
}
