/**
 * FHIR export and external APIs, read-only over the other modules' APIs.
 *
 * <p>May use: the modules' APIs, read-only. No features yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Interop", allowedDependencies = { "clients", "workforce", "network", "groups", "partners", "outreach", "directory", "identity", "audit", "geography", "platform" })
package nl.kwartier.interop;
