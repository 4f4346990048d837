package nl.kwartier.platform.database;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** PostgreSQL's JDBC driver binds {@code timestamptz} from OffsetDateTime, not from Instant. */
public final class Timestamps {

	private Timestamps() {
	}

	public static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
