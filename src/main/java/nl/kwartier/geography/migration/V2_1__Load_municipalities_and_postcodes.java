package nl.kwartier.geography.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Loads the Dutch municipalities and four-digit postcodes shipped with Kwartier (GeoNames,
 * CC BY 4.0) once, so every installation places addresses the same way. A bean, so Flyway
 * finds it on any class path (Spring Boot hands Java migration beans to Flyway).
 */
@Component
public class V2_1__Load_municipalities_and_postcodes extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		load(connection, "geography/nl-municipalities.tsv",
				"INSERT INTO municipality (code, name, province, population, latitude, longitude) VALUES (?, ?, ?, ?, ?, ?)",
				(statement, f) -> {
					statement.setString(1, f[0]);
					statement.setString(2, f[1]);
					statement.setString(3, f[2]);
					statement.setInt(4, Integer.parseInt(f[3]));
					statement.setBigDecimal(5, new BigDecimal(f[4]));
					statement.setBigDecimal(6, new BigDecimal(f[5]));
				});
		load(connection, "geography/nl-postcodes-pc4.tsv",
				"INSERT INTO postcode_area (pc4, place, province, municipality_name, municipality_code, latitude, longitude) VALUES (?, ?, ?, ?, ?, ?, ?)",
				(statement, f) -> {
					for (int i = 0; i < 5; i++) {
						statement.setString(i + 1, f[i]);
					}
					statement.setBigDecimal(6, new BigDecimal(f[5]));
					statement.setBigDecimal(7, new BigDecimal(f[6]));
				});
	}

	private interface RowBinder {

		void bind(PreparedStatement statement, String[] fields) throws SQLException;
	}

	private static void load(Connection connection, String resource, String sql, RowBinder binder)
			throws IOException, SQLException {
		var stream = Objects.requireNonNull(
				V2_1__Load_municipalities_and_postcodes.class.getClassLoader().getResourceAsStream(resource), resource);
		try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
				PreparedStatement statement = connection.prepareStatement(sql)) {
			reader.readLine();
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				binder.bind(statement, line.split("\t", -1));
				statement.addBatch();
			}
			statement.executeBatch();
		}
	}
}
