package nl.kwartier.identity.login;

import nl.kwartier.identity.user.UserRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds the user for a login. A deactivated user is treated exactly like an unknown one (the
 * password is still hashed), so a login reveals nothing about which accounts exist.
 */
@Component
class KwartierUserDetailsService implements UserDetailsService {

	private final UserRepository users;

	KwartierUserDetailsService(UserRepository users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return users.findByUsername(username.trim())
			.filter(user -> user.active())
			.map(KwartierUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("unknown or inactive"));
	}
}
