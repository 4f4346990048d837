/**
 * Each client's personal support network and its map.
 *
 * <p>May use: clients, identity, audit. No features yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network", allowedDependencies = { "clients", "identity", "audit", "platform" })
package nl.kwartier.network;
