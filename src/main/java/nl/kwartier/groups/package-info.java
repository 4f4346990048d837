/**
 * Peer groups, sessions and attendance, meeting places and walk-ins.
 *
 * <p>May use: clients, workforce, identity, audit. No features yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Groups", allowedDependencies = { "clients", "workforce", "identity", "audit", "geography", "platform" })
package nl.kwartier.groups;
