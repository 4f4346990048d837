/**
 * Synthetic demo data: the demo region "Eindhoven en de Kempen" with its municipalities and a
 * few neighbourhoods, one care organisation with a team, and one account per role. Loaded with
 * the embedded database, or with an external one only when asked. No real people.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data", allowedDependencies = { "identity", "geography", "platform" })
package nl.kwartier.demo;
