/**
 * Neighbourhood signals, signal meetings and outreach attempts.
 *
 * <p>May use: clients, identity, audit. No features yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outreach", allowedDependencies = { "clients", "identity", "audit", "geography", "platform" })
package nl.kwartier.outreach;
