package nl.kwartier.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Declares, on a module's API, the permission a caller needs. A caller without it is refused
 * (and the refusal is audit-logged by the web layer).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
@PreAuthorize("hasAuthority('PERM_{value}')")
public @interface RequiresPermission {

	Permission value();
}
