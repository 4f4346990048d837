/**
 * Quarterly figures, dashboards and exports, read-only over the other modules' APIs.
 *
 * <p>May use: the modules' APIs, read-only. No features yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting", allowedDependencies = { "clients", "workforce", "network", "groups", "partners", "outreach", "directory", "identity", "audit", "geography", "platform" })
package nl.kwartier.reporting;
