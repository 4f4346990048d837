package nl.kwartier.identity;

import java.util.Optional;

/** Tells who is signed in for the current request (fully, with the second factor where required). */
public interface CurrentUser {

	Optional<SignedInUser> get();

	/** The address the current request comes from, if there is a request. */
	Optional<String> address();
}
