package nl.kwartier.geography;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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

	/** Where a four-digit postcode lies: its place and municipality, and the neighbourhood if one is drawn there. */
	public record Place(String pc4, String placeName, String municipalityCode, String municipalityName,
			@Nullable UUID neighbourhoodId,
			@Nullable String neighbourhoodName) {
	}

	/**
	 * The place of a postcode (1234 or 1234 AB; only the four digits count). GeoNames may list a
	 * postcode under more than one place: the first by name is taken.
	 */
	public Optional<Place> placeOf(String postcode) {
		String pc4 = postcode == null ? "" : postcode.replaceAll("\\s", "");
		if (pc4.length() < 4 || !pc4.substring(0, 4).matches("[1-9][0-9]{3}")) {
			return Optional.empty();
		}
		return jdbc.sql("""
				SELECT p.pc4, p.place AS place_name, p.municipality_code, p.municipality_name,
				       n.id AS neighbourhood_id, n.name AS neighbourhood_name
				FROM postcode_area p
				LEFT JOIN neighbourhood_postcode np ON np.pc4 = p.pc4
				LEFT JOIN neighbourhood n ON n.id = np.neighbourhood_id
				WHERE p.pc4 = ?
				ORDER BY p.place, n.name
				LIMIT 1
				""").param(pc4.substring(0, 4)).query(Place.class).optional();
	}

	/** The neighbourhoods drawn in the municipalities of these regions, by municipality and name. */
	public List<Neighbourhood> neighbourhoodsIn(Collection<UUID> regionIds) {
		if (regionIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT DISTINCT n.id, n.name, n.municipality_code FROM neighbourhood n
				JOIN region_municipality rm ON rm.municipality_code = n.municipality_code
				WHERE rm.region_id IN (:regions)
				ORDER BY n.municipality_code, n.name
				""").param("regions", regionIds).query(Neighbourhood.class).list();
	}

	public List<Neighbourhood> neighbourhoods(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT id, name, municipality_code FROM neighbourhood WHERE id IN (:ids) ORDER BY name")
			.param("ids", ids)
			.query(Neighbourhood.class)
			.list();
	}
}
