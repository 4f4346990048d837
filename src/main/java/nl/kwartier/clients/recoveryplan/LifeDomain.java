package nl.kwartier.clients.recoveryplan;

import org.jspecify.annotations.Nullable;

/**
 * A life domain (levensgebied) as it applies to one organisation: Kwartier's default, named by
 * message key, or the organisation's own name for it.
 */
public record LifeDomain(String code, @Nullable String nameKey, @Nullable String nameNl, @Nullable String nameEn,
		boolean hidden) {
}
