package nl.kwartier.identity.login;

import org.springframework.security.core.AuthenticationException;

/** Too many failed attempts recently for this account or address. */
class LoginThrottledException extends AuthenticationException {

	LoginThrottledException() {
		super("throttled");
	}
}
