package nl.kwartier.identity.account;

import nl.kwartier.identity.CurrentUser;
import nl.kwartier.identity.user.UserRepository;
import nl.kwartier.platform.web.LanguageChosen;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps a signed-in user's language choice in his account, so it follows him to other devices. */
@Component
class LanguagePreference {

	private final CurrentUser currentUser;

	private final UserRepository users;

	LanguagePreference(CurrentUser currentUser, UserRepository users) {
		this.currentUser = currentUser;
		this.users = users;
	}

	@EventListener
	@Transactional
	void on(LanguageChosen chosen) {
		currentUser.get().flatMap(signedIn -> users.findById(signedIn.id())).ifPresent(user -> {
			user.preferLanguage(chosen.language());
			users.save(user);
		});
	}
}
