package nl.kwartier;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kwartier.identity.Role;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

// The same context as the web tests, so the suite starts the application once.
@WebTest
class KwartierApplicationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers testUsers;

	@Test
	void startsWithTheDemoRegionAndOneAccountPerRole() {
		assertThat(jdbc.sql("SELECT count(*) FROM region WHERE name = 'Eindhoven en de Kempen'").query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("""
				SELECT count(DISTINCT r.role) FROM user_role r JOIN app_user u ON u.id = r.app_user
				WHERE u.username LIKE 'demo-%'
				""").query(Integer.class).single()).isEqualTo(Role.values().length);
	}

	@Test
	void loadsTheDutchMunicipalitiesAndPostcodes() {
		assertThat(jdbc.sql("SELECT population FROM municipality WHERE name = 'Eindhoven'").query(Integer.class)
			.single()).isEqualTo(229126);
		assertThat(jdbc.sql("SELECT count(DISTINCT pc4) FROM postcode_area").query(Integer.class).single())
			.isGreaterThan(4000);
	}

	@Test
	void createsTestUsersWithUniqueNames() {
		assertThat(testUsers.enrolled(Role.KWARTIERMAKER).username())
			.isNotEqualTo(testUsers.enrolled(Role.KWARTIERMAKER).username());
	}

	@Test
	void theDemoClientHasHisOwnFileWithAPeerExpert() {
		assertThat(jdbc.sql("""
				SELECT u.username FROM client c JOIN app_user a ON a.id = c.account_id
				JOIN assignment s ON s.client_id = c.id AND s.until IS NULL JOIN app_user u ON u.id = s.worker_id
				WHERE a.username = 'demo-client'
				""").query(String.class).single()).isEqualTo("demo-ervaringsdeskundige");
	}
}
