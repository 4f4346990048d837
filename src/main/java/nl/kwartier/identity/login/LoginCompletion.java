package nl.kwartier.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import nl.kwartier.identity.SecurityEvent;
import nl.kwartier.identity.user.UserRepository;
import nl.kwartier.platform.web.LanguageCookie;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * The steps of a login after the password: either on to the second factor, or the login is
 * complete. Every change of what the session may do gets a new session id.
 */
@Component
class LoginCompletion {

	private final SecurityContextRepository contexts;

	private final ApplicationEventPublisher events;

	private final LoginThrottle throttle;

	private final UserRepository users;

	private final Clock clock;

	private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

	LoginCompletion(SecurityContextRepository contexts, ApplicationEventPublisher events, LoginThrottle throttle,
			UserRepository users, Clock clock) {
		this.contexts = contexts;
		this.events = events;
		this.throttle = throttle;
		this.users = users;
		this.clock = clock;
	}

	/** The password was right. */
	void passwordAccepted(KwartierUser user, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (user.secondFactorRequired()) {
			store(UsernamePasswordAuthenticationToken.authenticated(user, null,
					java.util.List.of(new SimpleGrantedAuthority(KwartierUser.SECOND_FACTOR_PENDING))), request,
					response);
			response.sendRedirect(request.getContextPath()
					+ (user.secondFactorEnrolled() ? "/login/code" : "/login/enrol"));
		}
		else {
			complete(user, request, response);
		}
	}

	/** Password and (where required) second factor are right: the user is in. */
	void complete(KwartierUser user, HttpServletRequest request, HttpServletResponse response) throws IOException {
		request.changeSessionId();
		store(UsernamePasswordAuthenticationToken.authenticated(user, null, user.fullAuthorities()), request, response);
		String address = request.getRemoteAddr();
		throttle.recordSuccess(user.getUsername(), address);
		events.publishEvent(
				new SecurityEvent.LoginSucceeded(clock.instant(), user.id(), user.getUsername(), address));
		users.findById(user.id())
			.map(u -> u.preferredLanguage())
			.ifPresent(language -> response.addCookie(LanguageCookie.of(language, request.isSecure())));
		if (user.passwordMustChange()) {
			response.sendRedirect(request.getContextPath() + PasswordChangeGate.PASSWORD_PAGE);
			return;
		}
		SavedRequest saved = requestCache.getRequest(request, response);
		requestCache.removeRequest(request, response);
		response.sendRedirect(saved != null ? saved.getRedirectUrl() : request.getContextPath() + "/");
	}

	private void store(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

}
