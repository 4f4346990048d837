package nl.kwartier.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import nl.kwartier.identity.SecurityEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * A signed-in user asked for something he may not use: the refusal is logged and he gets the
 * translated 403 page. Someone halfway through the login is sent on to the second factor.
 */
@Component
class RefusalHandler implements AccessDeniedHandler {

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RefusalHandler(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
			throws IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof KwartierUser user
				&& authentication.getAuthorities().stream()
					.anyMatch(a -> KwartierUser.SECOND_FACTOR_PENDING.equals(a.getAuthority()))) {
			response.sendRedirect(request.getContextPath()
					+ (user.secondFactorEnrolled() ? "/login/code" : "/login/enrol"));
			return;
		}
		KwartierUser user = authentication != null && authentication.getPrincipal() instanceof KwartierUser u ? u
				: null;
		events.publishEvent(new SecurityEvent.AccessRefused(clock.instant(), user == null ? null : user.id(),
				user == null ? null : user.getUsername(), request.getRemoteAddr(),
				request.getMethod() + " " + request.getRequestURI()));
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}
}
