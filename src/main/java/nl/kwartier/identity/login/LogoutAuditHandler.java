package nl.kwartier.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import nl.kwartier.identity.SecurityEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

@Component
class LogoutAuditHandler implements LogoutHandler {

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LogoutAuditHandler(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof KwartierUser user) {
			events.publishEvent(new SecurityEvent.LoggedOut(clock.instant(), user.id(), user.getUsername(),
					request.getRemoteAddr()));
		}
	}
}
