/**
 * The audit log (NEN 7513): who did what with which personal data, when, from where and with
 * what outcome. Append-only: the application only adds entries, and the database refuses any
 * change or removal.
 *
 * <p>The API is {@link nl.kwartier.audit.AuditLog} (feature modules record reads and changes
 * of personal data) and {@link nl.kwartier.audit.AuditAction}. It listens to identity's
 * security events itself, so identity does not depend on it. Uses identity only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "identity", "platform" })
package nl.kwartier.audit;
