package nl.kwartier.geography;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Regions (an area one or more support systems serve) and their neighbourhoods. */
@Service
public class Regions {

	public record Region(UUID id, String name) {
	}

	public record Neighbourhood(UUID id, String name, String municipalityCode) {
	}

	public record Municipality(String code, String name, String province, int population) {
	}

	private final JdbcClient jdbc;

	Regions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Region> findByName(String name) {
		return jdbc.sql("SELECT id, name FROM region WHERE name = ?").param(name).query(Region.class).optional();
	}

	@Transactional
	public Region createRegion(String name, Collection<String> municipalityCodes) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO region (id, name) VALUES (?, ?)").params(id, name).update();
		for (String code : municipalityCodes) {
			jdbc.sql("INSERT INTO region_municipality (region_id, municipality_code) VALUES (?, ?)").params(id, code)
				.update();
		}
		return new Region(id, name);
	}

	@Transactional
	public Neighbourhood createNeighbourhood(String name, String municipalityCode, Collection<String> postcodes) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO neighbourhood (id, name, municipality_code) VALUES (?, ?, ?)")
			.params(id, name, municipalityCode)
			.update();
		for (String pc4 : postcodes) {
			jdbc.sql("INSERT INTO neighbourhood_postcode (neighbourhood_id, pc4) VALUES (?, ?)").params(id, pc4)
				.update();
		}
		return new Neighbourhood(id, name, municipalityCode);
	}

	public List<Municipality> municipalitiesOf(UUID regionId) {
		return jdbc.sql("""
				SELECT m.code, m.name, m.province, m.population FROM municipality m
				JOIN region_municipality rm ON rm.municipality_code = m.code
				WHERE rm.region_id = ? ORDER BY m.name
				""").param(regionId).query(Municipality.class).list();
	}

	public Optional<Municipality> municipality(String code) {
		return jdbc.sql("SELECT code, name, province, population FROM municipality WHERE code = ?")
			.param(code)
			.query(Municipality.class)
			.optional();
	}
}
