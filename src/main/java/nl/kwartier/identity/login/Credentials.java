package nl.kwartier.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.kwartier.identity.user.User;
import nl.kwartier.identity.user.UserRepository;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What account administration and the account pages need from the login: ending someone's
 * sessions on every node, dropping his second factor, and bringing the current login up to date
 * after the user changed his own account.
 */
@Component
public class Credentials {

	private final FindByIndexNameSessionRepository<?> sessions;

	private final RecoveryCodes recoveryCodes;

	private final UserRepository users;

	private final SecurityContextRepository contexts;

	private final PasswordEncoder encoder;

	private final LoginThrottle throttle;

	Credentials(FindByIndexNameSessionRepository<?> sessions, RecoveryCodes recoveryCodes, UserRepository users,
			SecurityContextRepository contexts, PasswordEncoder encoder, LoginThrottle throttle) {
		this.sessions = sessions;
		this.recoveryCodes = recoveryCodes;
		this.users = users;
		this.contexts = contexts;
		this.encoder = encoder;
		this.throttle = throttle;
	}

	/** The outcome of asking a signed-in user for his password again. */
	public enum PasswordCheck {
		RIGHT, WRONG, THROTTLED
	}

	/**
	 * Checks the password a signed-in user typed to confirm a change. Wrong answers count in the
	 * login throttle, so an open session cannot be used to guess the password.
	 */
	public PasswordCheck checkPassword(User user, String typed, String address) {
		if (throttle.isThrottled(user.username(), address)) {
			return PasswordCheck.THROTTLED;
		}
		if (encoder.matches(typed, user.passwordHash())) {
			return PasswordCheck.RIGHT;
		}
		throttle.recordFailure(user.username(), address);
		return PasswordCheck.WRONG;
	}

	/** How long the throttle lasts, in minutes, for the message. */
	public long throttleMinutes() {
		return throttle.window().toMinutes();
	}

	/**
	 * Logs the user out everywhere, so a deactivation or a change of roles takes effect at once
	 * rather than at his next login.
	 */
	public void endSessionsOf(String username) {
		sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
	}

	/** The user links an authenticator app again at his next login; his recovery codes stop working. */
	@Transactional
	public void resetSecondFactor(User user) {
		user.resetSecondFactor();
		users.save(user);
		recoveryCodes.discard(user.id());
	}

	/** After the signed-in user changed his own account: the session holds the new state. */
	public void refreshCurrentLogin(UUID userId, HttpServletRequest request, HttpServletResponse response) {
		KwartierUser principal = new KwartierUser(users.findById(userId).orElseThrow());
		principal.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.fullAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}
}
