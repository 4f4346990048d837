package nl.kwartier.identity.user;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kwartier.identity.Permission;
import nl.kwartier.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who can log in. Users are deactivated, never deleted, so the audit log keeps
 * pointing at someone.
 */
@Table("app_user")
public class User {

	@Id
	private final UUID id;

	private UUID organisationId;

	private @Nullable UUID teamId;

	private final String username;

	private String displayName;

	private @Nullable String email;

	private String passwordHash;

	private boolean passwordMustChange;

	private boolean active;

	private boolean logManager;

	private @Nullable String totpSecret;

	private boolean totpEnabled;

	private @Nullable Long totpLastStep;

	private @Nullable String preferredLanguage;

	private @Nullable Instant deactivatedAt;

	private @Nullable String deactivationReason;

	@MappedCollection(idColumn = "app_user")
	private Set<RoleGrant> roles;

	@CreatedDate
	private @Nullable Instant createdAt;

	@CreatedBy
	private @Nullable UUID createdBy;

	@LastModifiedDate
	private @Nullable Instant changedAt;

	@LastModifiedBy
	private @Nullable UUID changedBy;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	User(UUID id, UUID organisationId, @Nullable UUID teamId, String username, String displayName,
			@Nullable String email, String passwordHash, boolean passwordMustChange, boolean active,
			boolean logManager, @Nullable String totpSecret, boolean totpEnabled, @Nullable Long totpLastStep,
			@Nullable String preferredLanguage, @Nullable Instant deactivatedAt, @Nullable String deactivationReason,
			Set<RoleGrant> roles, @Nullable Integer version) {
		this.id = id;
		this.organisationId = organisationId;
		this.teamId = teamId;
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.passwordHash = passwordHash;
		this.passwordMustChange = passwordMustChange;
		this.active = active;
		this.logManager = logManager;
		this.totpSecret = totpSecret;
		this.totpEnabled = totpEnabled;
		this.totpLastStep = totpLastStep;
		this.preferredLanguage = preferredLanguage;
		this.deactivatedAt = deactivatedAt;
		this.deactivationReason = deactivationReason;
		this.roles = new HashSet<>(roles);
		this.version = version;
	}

	/** A new, active user who must choose his own password at the first login. */
	public static User create(UUID organisationId, @Nullable UUID teamId, String username, String displayName,
			@Nullable String email, String temporaryPasswordHash, Set<Role> roles, boolean logManager) {
		return new User(UUID.randomUUID(), organisationId, teamId, username.trim(), displayName.trim(), email,
				temporaryPasswordHash, true, true, logManager && roles.contains(Role.ADMINISTRATOR), null, false, null,
				null, null, null, grants(roles), null);
	}

	private static Set<RoleGrant> grants(Set<Role> roles) {
		return roles.stream().map(RoleGrant::new).collect(Collectors.toSet());
	}

	public Set<Role> roles() {
		Set<Role> result = EnumSet.noneOf(Role.class);
		roles.forEach(grant -> result.add(grant.role()));
		return result;
	}

	public Set<Permission> permissions() {
		Set<Permission> result = EnumSet.noneOf(Permission.class);
		roles().forEach(role -> result.addAll(role.permissions()));
		if (logManager && roles().contains(Role.ADMINISTRATOR)) {
			result.add(Permission.READ_AUDIT_LOG);
		}
		return result;
	}

	/** Anyone who can see other people's data must use a second factor. */
	public boolean requiresSecondFactor() {
		return roles().stream().anyMatch(Role::seesOtherPeoplesData);
	}

	public void changeProfile(String displayName, @Nullable String email, UUID organisationId, @Nullable UUID teamId,
			Set<Role> roles, boolean logManager) {
		if (roles.isEmpty()) {
			throw new IllegalArgumentException("A user has at least one role");
		}
		this.displayName = displayName.trim();
		this.email = email;
		this.organisationId = organisationId;
		this.teamId = teamId;
		this.roles = grants(roles);
		this.logManager = logManager && roles.contains(Role.ADMINISTRATOR);
	}

	public void deactivate(String reason, Instant at) {
		if (!active) {
			throw new IllegalStateException("User is already inactive");
		}
		this.active = false;
		this.deactivatedAt = at;
		this.deactivationReason = reason;
	}

	public void reactivate() {
		if (active) {
			throw new IllegalStateException("User is already active");
		}
		this.active = true;
		this.deactivatedAt = null;
		this.deactivationReason = null;
	}

	/** The user enrols again at his next login; recovery codes are dropped by the caller. */
	public void resetSecondFactor() {
		this.totpSecret = null;
		this.totpEnabled = false;
		this.totpLastStep = null;
	}

	public void enrolSecondFactor(String secret, long step) {
		this.totpSecret = secret;
		this.totpEnabled = true;
		this.totpLastStep = step;
	}

	/**
	 * Records the time step of an accepted code, so the same code cannot be used twice.
	 * Returns false when the step was used already (a replay).
	 */
	public boolean acceptCodeAt(long step) {
		if (totpLastStep != null && step <= totpLastStep) {
			return false;
		}
		this.totpLastStep = step;
		return true;
	}

	public void changePassword(String newHash) {
		this.passwordHash = newHash;
		this.passwordMustChange = false;
	}

	/** An administrator sets a temporary password; the user must choose a new one at login. */
	public void resetPassword(String temporaryHash) {
		this.passwordHash = temporaryHash;
		this.passwordMustChange = true;
	}

	public void preferLanguage(String language) {
		this.preferredLanguage = language;
	}

	public UUID id() {
		return id;
	}

	public UUID organisationId() {
		return organisationId;
	}

	public @Nullable UUID teamId() {
		return teamId;
	}

	public String username() {
		return username;
	}

	public String displayName() {
		return displayName;
	}

	public @Nullable String email() {
		return email;
	}

	public String passwordHash() {
		return passwordHash;
	}

	public boolean passwordMustChange() {
		return passwordMustChange;
	}

	public boolean active() {
		return active;
	}

	public boolean logManager() {
		return logManager;
	}

	public @Nullable String totpSecret() {
		return totpSecret;
	}

	public boolean totpEnabled() {
		return totpEnabled;
	}

	public @Nullable String preferredLanguage() {
		return preferredLanguage;
	}

	public @Nullable Instant deactivatedAt() {
		return deactivatedAt;
	}

	public @Nullable String deactivationReason() {
		return deactivationReason;
	}

	public @Nullable Integer version() {
		return version;
	}
}
