/**
 * The people who do the work: staff, peer workers and their profiles, programmes, the path from client to peer expert, competencies, supervision and capacity.
 *
 * <p>May use: identity, audit, geography. No features yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce", allowedDependencies = { "identity", "audit", "geography", "platform" })
package nl.kwartier.workforce;
