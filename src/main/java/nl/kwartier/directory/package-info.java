/**
 * The public Steunwijzer: organisations, services and locations of care and support in the region, search, and the HSDS API.
 *
 * <p>May use: identity, audit, geography. No features yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory", allowedDependencies = { "identity", "audit", "geography", "platform" })
package nl.kwartier.directory;
