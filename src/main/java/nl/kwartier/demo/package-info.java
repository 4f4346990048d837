/**
 * Synthetic demo data: the demo region "Eindhoven en de Kempen" with its municipalities and a
 * few neighbourhoods, one care organisation with a team, one account per role and a few colleagues with worker profiles, and a demo client with his own account and file. Loaded with
 * the embedded database, or with an external one only when asked. No real people.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data", allowedDependencies = { "identity", "geography", "workforce", "clients", "platform" })
package nl.kwartier.demo;
