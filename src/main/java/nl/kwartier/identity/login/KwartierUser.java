package nl.kwartier.identity.login;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kwartier.identity.Permission;
import nl.kwartier.identity.Role;
import nl.kwartier.identity.SignedInUser;
import nl.kwartier.identity.user.User;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a login: a snapshot of the user taken when he logged in. It is stored in
 * the database session, so it is serializable and holds no secrets after authentication.
 */
final class KwartierUser implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	/** Granted after the password when the second factor is still to come. */
	static final String SECOND_FACTOR_PENDING = "SECOND_FACTOR_PENDING";

	/** Granted once the login is complete (password, and second factor where required). */
	static final String FULL_LOGIN = "FULL_LOGIN";

	private final SignedInUser user;

	private final boolean secondFactorRequired;

	private final boolean secondFactorEnrolled;

	private final boolean passwordMustChange;

	private @Nullable String passwordHash;

	KwartierUser(User user) {
		this.user = new SignedInUser(user.id(), user.username(), user.displayName(), user.organisationId(),
				user.teamId(), user.roles(), user.permissions());
		this.secondFactorRequired = user.requiresSecondFactor();
		this.secondFactorEnrolled = user.totpEnabled();
		this.passwordMustChange = user.passwordMustChange();
		this.passwordHash = user.passwordHash();
	}

	SignedInUser signedInUser() {
		return user;
	}

	UUID id() {
		return user.id();
	}

	boolean secondFactorRequired() {
		return secondFactorRequired;
	}

	boolean secondFactorEnrolled() {
		return secondFactorEnrolled;
	}

	boolean passwordMustChange() {
		return passwordMustChange;
	}

	/** The authorities of a complete login: its permissions and roles. */
	List<GrantedAuthority> fullAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(FULL_LOGIN));
		for (Permission permission : user.permissions()) {
			authorities.add(new SimpleGrantedAuthority(permission.authority()));
		}
		for (Role role : user.roles()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
		}
		return authorities;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return Set.of();
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}
}
