package nl.kwartier.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

@Component
class LoginSuccessHandler implements AuthenticationSuccessHandler {

	private final LoginCompletion completion;

	LoginSuccessHandler(LoginCompletion completion) {
		this.completion = completion;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		completion.passwordAccepted((KwartierUser) authentication.getPrincipal(), request, response);
	}
}
