package nl.kwartier.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the navigation the user may see and where he is. */
@ControllerAdvice
class ShellAttributes {

	private final List<NavigationItem> items;

	private final long sessionTimeoutSeconds;

	ShellAttributes(List<NavigationItem> items,
			@Value("${spring.session.timeout:30m}") Duration sessionTimeout) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
		this.sessionTimeoutSeconds = sessionTimeout.toSeconds();
	}

	/** For the warning shortly before an idle session ends. */
	@ModelAttribute("sessionTimeoutSeconds")
	long sessionTimeoutSeconds() {
		return sessionTimeoutSeconds;
	}

	@ModelAttribute("navigation")
	List<NavigationItem> navigation() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return List.of();
		}
		Set<String> authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		return items.stream().filter(item -> authorities.contains(item.authority())).toList();
	}

	/**
	 * The navigation item of the page the user is on: the one whose path is the longest prefix of
	 * the page's path, so that /clients/registrations marks "Aanmeldingen", not also "Mijn cliënten".
	 */
	@ModelAttribute("currentNavigationPath")
	String currentNavigationPath(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String best = null;
		for (NavigationItem item : navigation()) {
			String candidate = item.path();
			boolean matches = path.equals(candidate) || (!"/".equals(candidate) && path.startsWith(candidate + "/"));
			if (matches && (best == null || candidate.length() > best.length())) {
				best = candidate;
			}
		}
		return best;
	}

	/** The username of a fully signed-in user, or null. */
	@ModelAttribute("signedInAs")
	String signedInAs() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null
				&& authentication.getAuthorities().stream().anyMatch(a -> "FULL_LOGIN".equals(a.getAuthority()))
						? authentication.getName() : null;
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		String query = request.getQueryString();
		return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
	}
}
