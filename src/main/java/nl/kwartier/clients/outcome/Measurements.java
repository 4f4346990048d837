package nl.kwartier.clients.outcome;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Instruments and the measurements taken with them. */
@Repository
class Measurements {

	/** How the measurement was taken; message key {@code measurement.taken.<NAME>}. */
	enum Taken {
		BY_CLIENT, WITH_CLIENT
	}

	/** One measurement: per domain id the score (null: not answered) and an optional note. */
	public record Measurement(UUID id, LocalDate measuredOn, String taken, Map<UUID, Integer> scores,
			Map<UUID, String> notes) {

		public @Nullable Integer score(UUID domainId) {
			return scores.get(domainId);
		}

		public @Nullable String note(UUID domainId) {
			return notes.get(domainId);
		}
	}

	private final JdbcClient jdbc;

	Measurements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The instruments an organisation may use: Kwartier's own and those it loaded itself. */
	List<Instrument> instruments(UUID organisationId) {
		List<UUID> ids = jdbc.sql("""
				SELECT id FROM instrument WHERE active AND (organisation_id IS NULL OR organisation_id = ?)
				ORDER BY organisation_id NULLS FIRST, name_nl
				""").param(organisationId).query(UUID.class).list();
		return ids.stream().map(id -> instrument(id).orElseThrow()).toList();
	}

	Optional<Instrument> instrument(UUID id) {
		return jdbc.sql("SELECT id, code, name_nl, name_en, licence_note, scale_min, scale_max FROM instrument WHERE id = ?")
			.param(id)
			.query((rs, n) -> new Instrument(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7),
					jdbc.sql("SELECT id, code, name_nl, name_en FROM instrument_domain WHERE instrument_id = ? ORDER BY position")
						.param(id)
						.query(Instrument.Domain.class)
						.list(),
					jdbc.sql("SELECT value, label_nl, label_en FROM instrument_scale_label WHERE instrument_id = ? ORDER BY value")
						.param(id)
						.query(Instrument.ScaleLabel.class)
						.list()))
			.optional();
	}

	/** An instrument on the administrator's list. */
	public record Listed(UUID id, String nameNl, String nameEn, int domains, int scaleMin, int scaleMax,
			String licenceNote, boolean own) {

		public String name(java.util.Locale locale) {
			return "en".equals(locale.getLanguage()) ? nameEn : nameNl;
		}
	}

	/** The active instruments available to the organisation, with how many domains each has. */
	List<Listed> catalogue(UUID organisationId) {
		return jdbc.sql("""
				SELECT i.id, i.name_nl, i.name_en, (SELECT count(*) FROM instrument_domain d WHERE d.instrument_id = i.id),
				       i.scale_min, i.scale_max, i.licence_note, i.organisation_id IS NOT NULL
				FROM instrument i WHERE i.active AND (i.organisation_id IS NULL OR i.organisation_id = ?)
				ORDER BY i.organisation_id NULLS FIRST, i.name_nl
				""")
			.param(organisationId)
			.query((rs, n) -> new Listed(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getBoolean(8)))
			.list();
	}

	/** Whether the code is in use by Kwartier's own or the organisation's instruments, active or not. */
	boolean codeTaken(UUID organisationId, String code) {
		return jdbc.sql("""
				SELECT count(*) FROM instrument WHERE (organisation_id IS NULL OR organisation_id = ?) AND upper(code) = upper(?)
				""").params(organisationId, code).query(Integer.class).single() > 0;
	}

	@Transactional
	UUID load(UUID organisationId, InstrumentDefinition definition) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO instrument (id, organisation_id, code, name_nl, name_en, licence_note, scale_min, scale_max)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, organisationId, definition.code(), definition.nameNl(), definition.nameEn(),
					definition.licenceNote(), definition.scaleMin(), definition.scaleMax())
			.update();
		int position = 0;
		for (InstrumentDefinition.Domain domain : definition.domains()) {
			jdbc.sql("INSERT INTO instrument_domain (id, instrument_id, position, code, name_nl, name_en) VALUES (?, ?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), id, ++position, domain.code(), domain.nameNl(), domain.nameEn())
				.update();
		}
		for (InstrumentDefinition.Label label : definition.labels()) {
			jdbc.sql("INSERT INTO instrument_scale_label (instrument_id, value, label_nl, label_en) VALUES (?, ?, ?, ?)")
				.params(id, label.value(), label.labelNl(), label.labelEn())
				.update();
		}
		return id;
	}

	/** Takes one of the organisation's own instruments out of use; measurements taken with it stay. */
	boolean deactivate(UUID organisationId, UUID instrumentId) {
		return jdbc.sql("UPDATE instrument SET active = FALSE WHERE id = ? AND organisation_id = ? AND active")
			.params(instrumentId, organisationId)
			.update() == 1;
	}

	/** The client's measurements with the instrument, oldest first (the order of a trend). */
	List<Measurement> of(UUID clientId, UUID instrumentId) {
		Map<UUID, Measurement> byId = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT m.id, m.measured_on, m.taken, s.domain_id, s.score, s.note
				FROM measurement m LEFT JOIN measurement_score s ON s.measurement_id = m.id
				WHERE m.client_id = ? AND m.instrument_id = ?
				ORDER BY m.measured_on, m.created_at
				""").params(clientId, instrumentId).query((rs, n) -> {
					Measurement measurement = byId.computeIfAbsent(rs.getObject(1, UUID.class),
							id -> new Measurement(id, rs2date(rs), rs2taken(rs), new HashMap<>(), new HashMap<>()));
					UUID domain = rs.getObject(4, UUID.class);
					if (domain != null) {
						int score = rs.getInt(5);
						if (!rs.wasNull()) {
							measurement.scores().put(domain, score);
						}
						if (rs.getString(6) != null) {
							measurement.notes().put(domain, rs.getString(6));
						}
					}
					return measurement;
				}).list();
		return new ArrayList<>(byId.values());
	}

	@Transactional
	UUID save(UUID clientId, UUID instrumentId, LocalDate on, Taken taken, Map<UUID, Integer> scores,
			Map<UUID, String> notes, UUID by) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO measurement (id, client_id, instrument_id, measured_on, taken, created_by) VALUES (?, ?, ?, ?, ?, ?)")
			.params(id, clientId, instrumentId, Date.valueOf(on), taken.name(), by)
			.update();
		java.util.Set<UUID> domains = new java.util.HashSet<>(scores.keySet());
		domains.addAll(notes.keySet());
		for (UUID domain : domains) {
			jdbc.sql("INSERT INTO measurement_score (measurement_id, domain_id, score, note) VALUES (?, ?, ?, ?)")
				.params(id, domain, scores.get(domain), notes.get(domain))
				.update();
		}
		return id;
	}

	private static LocalDate rs2date(java.sql.ResultSet rs) {
		try {
			return rs.getObject(2, LocalDate.class);
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String rs2taken(java.sql.ResultSet rs) {
		try {
			return rs.getString(3);
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
	}
}
