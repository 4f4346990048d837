package nl.kwartier.platform.web;

/**
 * An entry in the main navigation, contributed by a module as a bean. It is shown to users who
 * hold the authority (a permission, e.g. {@code PERM_MANAGE_USERS}).
 *
 * @param order where it stands: lower first
 * @param labelKey the message key of its label
 * @param path where it leads
 * @param authority what the user needs to see it
 */
public record NavigationItem(int order, String labelKey, String path, String authority) {
}
