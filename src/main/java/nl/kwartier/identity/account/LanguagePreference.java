package nl.kwartier.identity.account;

import nl.kwartier.identity.CurrentUser;
import nl.kwartier.identity.user.UserRepository;
import nl.kwartier.platform.web.LanguageChosen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Keeps a signed-in user's language choice in his account, so it follows him to other devices.
 * Choosing a language is the same however often it is done, so when the account changed at the
 * same moment (another tab, a login on another device) the choice is simply made again on the
 * account as it is now. Each try is its own transaction: a failed save spoils the one it is in.
 */
@Component
class LanguagePreference {

	private static final Logger log = LoggerFactory.getLogger(LanguagePreference.class);

	static final int TRIES = 5;

	private final CurrentUser currentUser;

	private final UserRepository users;

	LanguagePreference(CurrentUser currentUser, UserRepository users) {
		this.currentUser = currentUser;
		this.users = users;
	}

	@EventListener
	void on(LanguageChosen chosen) {
		currentUser.get().ifPresent(signedIn -> {
			for (int attempt = 1; attempt <= TRIES; attempt++) {
				try {
					users.findById(signedIn.id()).ifPresent(user -> {
						user.preferLanguage(chosen.language());
						users.save(user);
					});
					return;
				}
				catch (OptimisticLockingFailureException changedMeanwhile) {
					if (attempt == TRIES) {
						// The cookie holds the choice already; the account learns it at the next choice.
						log.warn("Language choice not kept in the account after {} tries", TRIES);
					}
				}
			}
		});
	}
}
