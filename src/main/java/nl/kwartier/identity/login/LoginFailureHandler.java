package nl.kwartier.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import nl.kwartier.identity.SecurityEvent;
import nl.kwartier.identity.SecurityEvent.LoginFailure;
import nl.kwartier.identity.user.User;
import nl.kwartier.identity.user.UserRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A failed password login: counted for the throttle, logged, and shown to the user with one
 * message whatever the cause, so nobody learns whether an account exists. The typed username
 * stays in the form.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

	private final LoginThrottle throttle;

	private final UserRepository users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** The DispatcherServlet's flash support is not there yet in the security filters, so the session's is used directly. */
	private final FlashMapManager flashMaps = new SessionFlashMapManager();

	LoginFailureHandler(LoginThrottle throttle, UserRepository users, ApplicationEventPublisher events, Clock clock) {
		this.throttle = throttle;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = request.getParameter("username") == null ? "" : request.getParameter("username").trim();
		String address = request.getRemoteAddr();
		boolean throttled = exception instanceof LoginThrottledException;
		if (!throttled) {
			throttle.recordFailure(username, address);
		}
		User user = username.isEmpty() ? null : users.findByUsername(username).orElse(null);
		LoginFailure reason = throttled ? LoginFailure.THROTTLED
				: user != null && !user.active() ? LoginFailure.DEACTIVATED : LoginFailure.BAD_CREDENTIALS;
		events.publishEvent(new SecurityEvent.LoginFailed(clock.instant(), user == null ? null : user.id(),
				user == null ? null : user.username(), address, reason));
		FlashMap flash = new FlashMap();
		flash.put("username", username.length() > 100 ? username.substring(0, 100) : username);
		flash.put("loginError", throttled ? "login.error.throttled" : "login.error.failed");
		flash.put("throttleMinutes", throttle.window().toMinutes());
		flash.setTargetRequestPath(request.getContextPath() + "/login");
		flashMaps.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(request.getContextPath() + "/login");
	}
}
