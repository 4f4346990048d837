package nl.kwartier.identity.user;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kwartier.identity.AccountProvisioning;
import nl.kwartier.identity.Role;
import nl.kwartier.identity.organisation.Organisations;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class UserProvisioning implements AccountProvisioning {

	private final Organisations organisations;

	private final UserRepository users;

	private final PasswordEncoder passwords;

	UserProvisioning(Organisations organisations, UserRepository users, PasswordEncoder passwords) {
		this.organisations = organisations;
		this.users = users;
		this.passwords = passwords;
	}

	@Override
	public Optional<UUID> findOrganisation(String name) {
		return organisations.findOrganisationByName(name).map(Organisations.Organisation::id);
	}

	@Override
	public UUID createOrganisation(String name) {
		return organisations.createOrganisation(name).id();
	}

	@Override
	public UUID createTeam(UUID organisationId, String name, @Nullable UUID regionId) {
		return organisations.createTeam(organisationId, name, regionId).id();
	}

	@Override
	public boolean anyUserExists() {
		return users.count() > 0;
	}

	@Override
	@Transactional
	public UUID createUser(UUID organisationId, @Nullable UUID teamId, String username, String displayName,
			String password, Set<Role> roles, boolean logManager, @Nullable String totpSecret,
			boolean passwordMustChange) {
		User user = User.create(organisationId, teamId, username, displayName, null, passwords.encode(password), roles,
				logManager);
		if (!passwordMustChange) {
			user.changePassword(user.passwordHash());
		}
		if (totpSecret != null) {
			user.enrolSecondFactor(totpSecret, 0);
		}
		return users.save(user).id();
	}
}
