package nl.kwartier.identity;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A team of an organisation, working in a region. */
public record Team(UUID id, UUID organisationId, String name, @Nullable UUID regionId) {
}
