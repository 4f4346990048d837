package nl.kwartier.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles people have in a community support system (see domain.md). Every role except the
 * client's own can see data of other people, so it needs a second factor to log in.
 */
public enum Role {

	CLIENT(EnumSet.of(Permission.VIEW_OWN_FILE)),
	PEER_WORKER(EnumSet.of(Permission.WORK_WITH_CLIENTS)),
	PEER_EXPERT(EnumSet.of(Permission.WORK_WITH_CLIENTS, Permission.HOLD_CASELOAD, Permission.REGISTER_CLIENTS)),
	KWARTIERMAKER(EnumSet.of(Permission.WORK_WITH_CLIENTS, Permission.HOLD_CASELOAD, Permission.REGISTER_CLIENTS)),
	COORDINATOR(EnumSet.of(Permission.WORK_WITH_CLIENTS, Permission.REGISTER_CLIENTS, Permission.COORDINATE_TEAM)),
	PARTNER_WORKER(EnumSet.of(Permission.RECEIVE_REFERRALS)),
	ADMINISTRATOR(EnumSet.of(Permission.MANAGE_USERS, Permission.VIEW_METRICS));

	private final Set<Permission> permissions;

	Role(Set<Permission> permissions) {
		this.permissions = permissions;
	}

	public Set<Permission> permissions() {
		return EnumSet.copyOf(permissions);
	}

	/** Whether someone with this role can see data of people other than himself. */
	public boolean seesOtherPeoplesData() {
		return this != CLIENT;
	}

	/** The key of the role's name in the messages files. */
	public String messageKey() {
		return "role." + name();
	}
}
