package nl.kwartier.identity.login;

import java.util.Optional;
import java.util.UUID;
import nl.kwartier.identity.CurrentUser;
import nl.kwartier.identity.SignedInUser;
import org.springframework.data.domain.AuditorAware;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The current user from the security context; also who created or changed a row. */
@Component
class SecurityContextCurrentUser implements CurrentUser, AuditorAware<UUID> {

	@Override
	public Optional<SignedInUser> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof KwartierUser user)
				|| authentication.getAuthorities().stream().noneMatch(a -> KwartierUser.FULL_LOGIN.equals(a.getAuthority()))) {
			return Optional.empty();
		}
		return Optional.of(user.signedInUser());
	}

	@Override
	public Optional<String> address() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? Optional.of(attributes.getRequest().getRemoteAddr()) : Optional.empty();
	}

	@Override
	public Optional<UUID> getCurrentAuditor() {
		return get().map(SignedInUser::id);
	}
}
