/**
 * Identity and access: organisations, teams, users, roles and permissions, login with a
 * second factor, throttling and the administration of accounts.
 *
 * <p>The root package is the module's API: {@link nl.kwartier.identity.Role},
 * {@link nl.kwartier.identity.Permission}, {@link nl.kwartier.identity.CurrentUser} and the
 * {@link nl.kwartier.identity.SecurityEvent}s other modules (the audit log) listen to.
 * It uses no other feature module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = "platform")
package nl.kwartier.identity;
