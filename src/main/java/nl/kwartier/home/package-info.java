/**
 * The start page each user sees after logging in, with what his role may use. Uses identity
 * (who is signed in) and the platform's web shell.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home", allowedDependencies = { "identity", "platform" })
package nl.kwartier.home;
