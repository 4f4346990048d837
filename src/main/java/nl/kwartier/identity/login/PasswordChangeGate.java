package nl.kwartier.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Someone who logged in with a temporary password (a new account, or one an administrator
 * reset) chooses his own password before he can do anything else.
 */
@Configuration(proxyBeanMethods = false)
class PasswordChangeGate implements WebMvcConfigurer {

	static final String PASSWORD_PAGE = "/account/password";

	private static final Set<String> OPEN = Set.of(PASSWORD_PAGE, "/logout", "/language", "/session/keep-alive",
			"/error");

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws Exception {
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				if (authentication != null && authentication.getPrincipal() instanceof KwartierUser user
						&& user.passwordMustChange()
						&& authentication.getAuthorities().stream().anyMatch(a -> KwartierUser.FULL_LOGIN.equals(a.getAuthority()))
						&& !OPEN.contains(request.getRequestURI().substring(request.getContextPath().length()))) {
					response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
					return false;
				}
				return true;
			}
		}).excludePathPatterns("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/error/**");
	}
}
