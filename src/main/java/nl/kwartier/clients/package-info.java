/**
 * Clients and their trajectories: registration, who works with the client, home visits and other contacts, the recovery plan and outcome measurements.
 *
 * <p>May use: identity, audit, workforce, geography. No features yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clients", allowedDependencies = { "identity", "audit", "workforce", "geography", "platform" })
package nl.kwartier.clients;
