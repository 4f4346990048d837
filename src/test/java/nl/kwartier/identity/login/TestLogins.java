package nl.kwartier.identity.login;

import java.util.List;
import java.util.UUID;
import nl.kwartier.identity.user.UserRepository;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Signs a test request in as a real user from the database, exactly as a completed login
 * would (password and second factor), or halfway (password only).
 */
@Component
public class TestLogins {

	private final UserRepository users;

	public TestLogins(UserRepository users) {
		this.users = users;
	}

	/** A complete login of the user. */
	public RequestPostProcessor as(UUID userId) {
		return authentication(fullAuthentication(userId));
	}

	public Authentication fullAuthentication(UUID userId) {
		KwartierUser user = new KwartierUser(users.findById(userId).orElseThrow());
		user.eraseCredentials();
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.fullAuthorities());
	}

	/** A login that has passed the password but not yet the second factor. */
	public RequestPostProcessor passwordOnly(UUID userId) {
		KwartierUser user = new KwartierUser(users.findById(userId).orElseThrow());
		user.eraseCredentials();
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
				List.of(new SimpleGrantedAuthority(KwartierUser.SECOND_FACTOR_PENDING))));
	}
}
