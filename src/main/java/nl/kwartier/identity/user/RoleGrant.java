package nl.kwartier.identity.user;

import nl.kwartier.identity.Role;
import org.springframework.data.relational.core.mapping.Table;

@Table("user_role")
public record RoleGrant(Role role) {
}
