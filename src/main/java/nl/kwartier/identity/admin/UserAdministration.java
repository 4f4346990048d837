package nl.kwartier.identity.admin;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kwartier.identity.CurrentUser;
import nl.kwartier.identity.Permission;
import nl.kwartier.identity.RequiresPermission;
import nl.kwartier.identity.Role;
import nl.kwartier.identity.SecurityEvent;
import nl.kwartier.identity.SecurityEvent.Administration;
import nl.kwartier.identity.SignedInUser;
import nl.kwartier.identity.login.Credentials;
import nl.kwartier.identity.organisation.Organisations;
import nl.kwartier.identity.user.TemporaryPasswords;
import nl.kwartier.identity.user.User;
import nl.kwartier.identity.user.UserRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with accounts of their own organisation. Every change is logged;
 * accounts are deactivated, never deleted. An administrator cannot lock himself out.
 */
@Service
@RequiresPermission(Permission.MANAGE_USERS)
class UserAdministration {

	/** Why a change was not made; each has a message key. */
	enum Refusal {
		USERNAME_TAKEN("admin.user.error.username.taken"), UNKNOWN_TEAM("admin.user.error.team.unknown"),
		OWN_ADMINISTRATOR_ROLE("admin.user.error.own-admin-role"), OWN_ACCOUNT("admin.user.error.own-account"),
		CHANGED_MEANWHILE("admin.user.error.changed-meanwhile"), ALREADY_DONE("admin.user.error.already-done");

		final String messageKey;

		Refusal(String messageKey) {
			this.messageKey = messageKey;
		}
	}

	static final class Refused extends RuntimeException {

		final Refusal refusal;

		Refused(Refusal refusal) {
			super(refusal.name(), null, false, false);
			this.refusal = refusal;
		}
	}

	/** A new account and the temporary password to hand over, shown once. */
	record Created(UUID id, String temporaryPassword) {
	}

	private final UserRepository users;

	private final Organisations organisations;

	private final PasswordEncoder encoder;

	private final Credentials credentials;

	private final CurrentUser currentUser;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UserAdministration(UserRepository users, Organisations organisations, PasswordEncoder encoder,
			Credentials credentials, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.organisations = organisations;
		this.encoder = encoder;
		this.credentials = credentials;
		this.currentUser = currentUser;
		this.events = events;
		this.clock = clock;
	}

	/** An account of the administrator's own organisation, to look at: the reading is logged. */
	Optional<User> view(UUID id) {
		Optional<User> user = load(id);
		user.ifPresent(u -> publish(u, Administration.VIEWED));
		return user;
	}

	/** An account of the administrator's own organisation, to change (the change is logged). */
	Optional<User> load(UUID id) {
		return users.findById(id).filter(u -> u.organisationId().equals(admin().organisationId()));
	}

	@Transactional
	Created create(UserForm form) {
		SignedInUser admin = admin();
		if (users.findByUsername(form.username().trim()).isPresent()) {
			throw new Refused(Refusal.USERNAME_TAKEN);
		}
		checkTeam(form.team().orElse(null), admin);
		String password = TemporaryPasswords.generate();
		User user = users.save(User.create(admin.organisationId(), form.team().orElse(null), form.username(), form.displayName(),
				form.emailOrNull(), encoder.encode(password), form.chosenRoles(), form.isLogManager()));
		publish(user, Administration.CREATED);
		return new Created(user.id(), password);
	}

	@Transactional
	void change(User user, UserForm form) {
		SignedInUser admin = admin();
		if (!Objects.equals(user.version(), form.versionNumber())) {
			throw new Refused(Refusal.CHANGED_MEANWHILE);
		}
		Set<Role> roles = form.chosenRoles();
		if (user.id().equals(admin.id()) && !roles.contains(Role.ADMINISTRATOR)) {
			throw new Refused(Refusal.OWN_ADMINISTRATOR_ROLE);
		}
		checkTeam(form.team().orElse(null), admin);
		boolean accessChanged = !roles.equals(user.roles()) || form.isLogManager() != user.logManager();
		user.changeProfile(form.displayName(), form.emailOrNull(), user.organisationId(), form.team().orElse(null),
				roles, form.isLogManager());
		users.save(user);
		publish(user, Administration.CHANGED);
		if (accessChanged && !user.id().equals(admin.id())) {
			credentials.endSessionsOf(user.username());
		}
	}

	@Transactional
	void deactivate(User user, String reason) {
		refuseOwnAccount(user);
		if (!user.active()) {
			throw new Refused(Refusal.ALREADY_DONE);
		}
		user.deactivate(reason.trim(), clock.instant());
		users.save(user);
		publish(user, Administration.DEACTIVATED);
		credentials.endSessionsOf(user.username());
	}

	@Transactional
	void reactivate(User user) {
		if (user.active()) {
			throw new Refused(Refusal.ALREADY_DONE);
		}
		user.reactivate();
		users.save(user);
		publish(user, Administration.REACTIVATED);
	}

	@Transactional
	void resetSecondFactor(User user) {
		refuseOwnAccount(user);
		credentials.resetSecondFactor(user);
		publish(user, Administration.SECOND_FACTOR_RESET);
		credentials.endSessionsOf(user.username());
	}

	@Transactional
	String resetPassword(User user) {
		refuseOwnAccount(user);
		String password = TemporaryPasswords.generate();
		user.resetPassword(encoder.encode(password));
		users.save(user);
		publish(user, Administration.PASSWORD_RESET);
		credentials.endSessionsOf(user.username());
		return password;
	}

	private void checkTeam(@Nullable UUID teamId, SignedInUser admin) {
		if (teamId != null && organisations.findTeam(teamId)
			.filter(team -> team.organisationId().equals(admin.organisationId()))
			.isEmpty()) {
			throw new Refused(Refusal.UNKNOWN_TEAM);
		}
	}

	/** His own password and second factor he changes himself; deactivating himself would lock him out. */
	private void refuseOwnAccount(User user) {
		if (user.id().equals(admin().id())) {
			throw new Refused(Refusal.OWN_ACCOUNT);
		}
	}

	private SignedInUser admin() {
		return currentUser.get().orElseThrow();
	}

	private void publish(User subject, Administration what) {
		SignedInUser admin = admin();
		events.publishEvent(new SecurityEvent.UserAdministered(clock.instant(), admin.id(), admin.username(),
				currentUser.address().orElse(null), subject.id(), subject.username(), what));
	}
}
