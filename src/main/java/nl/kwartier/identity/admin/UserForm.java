package nl.kwartier.identity.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kwartier.identity.Role;
import nl.kwartier.identity.user.User;
import org.jspecify.annotations.Nullable;

/**
 * An account as the administrator fills it in. Every field is text, so that whatever is typed or
 * sent comes back on the page with a message, rather than being lost in conversion. The username
 * is chosen once, at creation; the version is the one the administrator saw, to detect a change
 * by someone else meanwhile.
 */
public record UserForm(
		@NotBlank(message = "{admin.user.error.username.required}")
		@Pattern(regexp = "^$|[a-z0-9][a-z0-9._-]{2,99}", message = "{admin.user.error.username.pattern}") String username,
		@NotBlank(message = "{admin.user.error.display-name.required}")
		@Size(max = 200, message = "{admin.user.error.display-name.size}") String displayName,
		@Size(max = 254, message = "{admin.user.error.email.size}")
		@Email(message = "{admin.user.error.email.pattern}") @Nullable String email,
		@Nullable String teamId,
		@NotEmpty(message = "{admin.user.error.roles.required}") @Nullable List<String> roles,
		@Nullable String logManager,
		@Nullable String version) {

	static UserForm empty() {
		return new UserForm("", "", "", "", List.of(), null, null);
	}

	static UserForm of(User user) {
		return new UserForm(user.username(), user.displayName(), user.email() == null ? "" : user.email(),
				user.teamId() == null ? "" : user.teamId().toString(), user.roles().stream().map(Role::name).toList(),
				user.logManager() ? "true" : null, user.version() == null ? null : user.version().toString());
	}

	/** The chosen roles; empty when one of them is not a role (the page then says so). */
	public Set<Role> chosenRoles() {
		Set<Role> chosen = EnumSet.noneOf(Role.class);
		for (String role : roles == null ? List.<String>of() : roles) {
			Optional<Role> known = java.util.Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst();
			if (known.isEmpty()) {
				return EnumSet.noneOf(Role.class);
			}
			chosen.add(known.get());
		}
		return chosen;
	}

	public boolean hasRole(Role role) {
		return roles != null && roles.contains(role.name());
	}

	/** The team, if one is chosen; empty also when the value is no team id (checked by the caller). */
	Optional<UUID> team() {
		if (teamId == null || teamId.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(teamId.trim()));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	boolean teamUnreadable() {
		return teamId != null && !teamId.isBlank() && team().isEmpty();
	}

	boolean rolesUnreadable() {
		return roles != null && !roles.isEmpty() && chosenRoles().isEmpty();
	}

	public boolean isLogManager() {
		return "true".equals(logManager) || "on".equals(logManager);
	}

	@Nullable Integer versionNumber() {
		try {
			return version == null || version.isBlank() ? null : Integer.valueOf(version.trim());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	@Nullable String emailOrNull() {
		return email == null || email.isBlank() ? null : email.trim();
	}
}
