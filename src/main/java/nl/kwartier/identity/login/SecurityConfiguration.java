package nl.kwartier.identity.login;

import java.time.Clock;
import nl.kwartier.identity.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.annotation.AnnotationTemplateExpressionDefaults;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach which page. Pages check the permission here; module APIs check it again with
 * {@link nl.kwartier.identity.RequiresPermission}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginSuccessHandler success,
			LoginFailureHandler failure, LogoutAuditHandler logoutAudit, RefusalHandler refusals,
			ThrottledAuthenticationProvider provider, SecurityContextRepository contexts, CsrfTokenRepository csrfTokens)
			throws Exception {
		http.authenticationProvider(provider)
			.securityContext(context -> context.securityContextRepository(contexts))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/error", "/error/**")
				.permitAll()
				.requestMatchers("/login", "/language", "/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/login/code", "/login/enrol", "/login/recovery")
				.hasAuthority(KwartierUser.SECOND_FACTOR_PENDING)
				.requestMatchers("/actuator/prometheus")
				.hasAuthority(Permission.VIEW_METRICS.authority())
				.requestMatchers("/actuator/**")
				.denyAll()
				.requestMatchers("/admin/**")
				.hasAuthority(Permission.MANAGE_USERS.authority())
				.requestMatchers("/audit/**")
				.hasAuthority(Permission.READ_AUDIT_LOG.authority())
				.anyRequest()
				.hasAuthority(KwartierUser.FULL_LOGIN))
			.formLogin(form -> form.loginPage("/login").successHandler(success).failureHandler(failure).permitAll())
			.logout(logout -> logout.logoutUrl("/logout")
				.addLogoutHandler(logoutAudit)
				.logoutSuccessUrl("/login?logout")
				.deleteCookies("KWARTIER_SESSION"))
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(refusals))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny())
				.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

	/** Anonymous visitors' tokens in a cookie, so public pages create no session. */
	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		return new VisitorCsrfTokenRepository();
	}

	/** Argon2id with the parameters Spring Security recommends (memory-hard). */
	@Bean
	PasswordEncoder passwordEncoder() {
		return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
	}

	@Bean
	ThrottledAuthenticationProvider throttledAuthenticationProvider(KwartierUserDetailsService users,
			PasswordEncoder encoder, LoginThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(encoder);
		return new ThrottledAuthenticationProvider(passwords, throttle);
	}

	/** Lets {@link nl.kwartier.identity.RequiresPermission} fill in its permission. */
	@Bean
	static AnnotationTemplateExpressionDefaults annotationTemplateExpressionDefaults() {
		return new AnnotationTemplateExpressionDefaults();
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}
}
