/**
 * Partner organisations, the client's consent, and closed-loop referrals.
 *
 * <p>May use: clients, directory, identity, audit. No features yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partners", allowedDependencies = { "clients", "directory", "identity", "audit", "platform" })
package nl.kwartier.partners;
