package nl.kwartier.clients.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Set;
import java.util.UUID;
import nl.kwartier.clients.assignment.Assignments.Part;
import nl.kwartier.identity.AccountProvisioning;
import nl.kwartier.identity.Role;
import nl.kwartier.identity.login.TestLogins;
import nl.kwartier.support.ClientFixture;
import nl.kwartier.support.ClientFixture.TestClient;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;
import nl.kwartier.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Loading instruments as data. The instruments here are invented for the tests. */
@WebTest
class InstrumentAdminTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestLogins logins;

	@Autowired
	AccountProvisioning accounts;

	@Autowired
	ClientFixture clients;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLoadedInstrumentIsOfferedForAClientOfTheOrganisationAndCanBeUsed() {
		UUID organisation = organisation();
		TestUser admin = user(organisation, Role.ADMINISTRATOR);
		TestUser worker = user(organisation, Role.PEER_EXPERT);
		TestClient client = clients.aClientOf(worker, Part.PEER_EXPERT);
		String code = "TUIN-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(load(admin, document(code, "Tuinmeter " + code))).hasStatus3xxRedirection();
		UUID instrument = jdbc.sql("SELECT id FROM instrument WHERE organisation_id = ? AND code = ?")
			.params(organisation, code)
			.query(UUID.class)
			.single();
		UUID bloemen = jdbc.sql("SELECT id FROM instrument_domain WHERE instrument_id = ? AND code = 'BLOEMEN'")
			.param(instrument)
			.query(UUID.class)
			.single();

		assertThat(mvc.get().uri("/admin/instruments").with(logins.as(admin.id()))).hasStatusOk()
			.bodyText()
			.contains("Tuinmeter " + code, "Hoe gaat het met je?", "Licentie van de Tuinclub", "1 tot en met 4");
		assertThat(mvc.get().uri("/clients/" + client.id() + "/measurements").with(logins.as(worker.id())))
			.hasStatusOk()
			.bodyText()
			.contains("Tuinmeter " + code);
		assertThat(mvc.get()
			.uri("/clients/" + client.id() + "/measurements/new?instrument=" + instrument)
			.with(logins.as(worker.id()))).hasStatusOk().bodyText().contains("Bloemen", "Moestuin", "Bloeit volop");
		assertThat(mvc.post().uri("/clients/" + client.id() + "/measurements").with(logins.as(worker.id()))
			.with(csrf())
			.param("instrument", instrument.toString())
			.param("measuredOn", "2026-11-20")
			.param("taken", "WITH_CLIENT")
			.param("score-" + bloemen, "4")).hasStatus3xxRedirection();
		assertThat(jdbc.sql("""
				SELECT s.score FROM measurement m JOIN measurement_score s ON s.measurement_id = m.id
				WHERE m.client_id = ? AND m.instrument_id = ?
				""").params(client.id(), instrument).query(Integer.class).single()).isEqualTo(4);
		assertThat(audits(admin, instrument)).isEqualTo(1);
	}

	@Test
	void anotherOrganisationDoesNotGetTheInstrument() {
		UUID organisation = organisation();
		TestUser admin = user(organisation, Role.ADMINISTRATOR);
		TestUser elsewhere = user(organisation(), Role.ADMINISTRATOR);
		String code = "ELDERS-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(load(admin, document(code, "Eigen meter " + code))).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/admin/instruments").with(logins.as(elsewhere.id()))).hasStatusOk()
			.bodyText()
			.contains("Hoe gaat het met je?")
			.doesNotContain("Eigen meter " + code);
	}

	@Test
	void badJsonGivesAMessageAndKeepsThePastedText() {
		TestUser admin = user(organisation(), Role.ADMINISTRATOR);
		String broken = "{\"code\": \"KAPOT\",\n \"nameNl\": \"Kapotte <lijst>\" ";
		assertThat(load(admin, broken)).hasStatusOk()
			.bodyText()
			.contains("Er is een probleem", "De tekst is geen geldige JSON. Kijk bij regel 2",
					"Kapotte &lt;lijst&gt;");
		assertThat(load(admin, "[1, 2, 3]")).hasStatusOk()
			.bodyText()
			.contains("Het document moet beginnen met een accolade");
		assertThat(load(admin, "")).hasStatusOk().bodyText().contains("Plak het JSON-document");
	}

	@Test
	void everyProblemInAnInvalidInstrumentIsShownAndNothingIsSaved() {
		UUID organisation = organisation();
		TestUser admin = user(organisation, Role.ADMINISTRATOR);
		String invalid = """
				{"code": "met spaties", "nameNl": "", "licenceNote": "Verzonnen",
				 "scaleMin": 5, "scaleMax": 3,
				 "domains": [{"code": "A", "nameNl": "Een"}, {"code": "a", "nameNl": "Twee"}, {"code": "B"}, "los"],
				 "labels": [{"value": 9, "labelNl": "Te hoog"}, {"value": "drie", "labelNl": "Geen getal"}]}
				""";
		assertThat(load(admin, invalid)).hasStatusOk()
			.bodyText()
			.contains("Vul bij code een code in", "Vul bij nameNl de Nederlandse naam in",
					"Vul bij nameEn de Engelse naam in",
					"Het getal bij scaleMax moet groter zijn dan het getal bij scaleMin",
					"Gebied 2: de code a staat er al eerder in", "Gebied 3: vul bij nameNl de Nederlandse naam in",
					"Gebied 4: zet code, nameNl en nameEn tussen accolades",
					"Label 2: vul bij value een heel getal", "met spaties");
		String tooMany = document("VEEL", "Te veel").replace("\"domains\": [",
				"\"domains\": [" + String.join(",", java.util.stream.IntStream.rangeClosed(1, 41)
							.mapToObj(n -> "{\"code\": \"D" + n + "\", \"nameNl\": \"Gebied " + n + "\"}")
							.toList())
						+ ",");
		assertThat(load(admin, tooMany)).hasStatusOk().bodyText().contains("een lijst van 1 tot en met 40 gebieden");
		String offScale = document("SCHAAL", "Schaalmeter").replace("\"value\": 4", "\"value\": 7");
		assertThat(load(admin, offScale)).hasStatusOk()
			.bodyText()
			.contains("de waarde 7 ligt niet op de schaal. Kies een waarde van 1 tot en met 4");
		assertThat(jdbc.sql("SELECT count(*) FROM instrument WHERE organisation_id = ?")
			.param(organisation)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aCodeInUseIsRefusedAndAnOwnInstrumentIsDeactivatedNotDeleted() {
		UUID organisation = organisation();
		TestUser admin = user(organisation, Role.ADMINISTRATOR);
		String code = "STOP-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(load(admin, document(code, "Stopmeter " + code))).hasStatus3xxRedirection();
		assertThat(load(admin, document(code, "Nog een " + code))).hasStatusOk()
			.bodyText()
			.contains("Er is al een vragenlijst met de code " + code);
		assertThat(load(admin, document("KWARTIER-ZELFBEOORDELING", "Nagemaakt"))).hasStatusOk()
			.bodyText()
			.contains("Er is al een vragenlijst met de code KWARTIER-ZELFBEOORDELING");
		UUID instrument = jdbc.sql("SELECT id FROM instrument WHERE organisation_id = ? AND code = ?")
			.params(organisation, code)
			.query(UUID.class)
			.single();
		assertThat(mvc.post().uri("/admin/instruments/" + instrument + "/deactivate").with(logins.as(admin.id()))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(jdbc.sql("SELECT active FROM instrument WHERE id = ?").param(instrument).query(Boolean.class).single())
			.isFalse();
		assertThat(mvc.get().uri("/admin/instruments").with(logins.as(admin.id()))).hasStatusOk()
			.bodyText()
			.doesNotContain("Stopmeter " + code);
		assertThat(audits(admin, instrument)).isEqualTo(2);
		assertThat(mvc.post()
			.uri("/admin/instruments/6b0c1c5e-7a43-4a57-9d6b-000000000001/deactivate")
			.with(logins.as(admin.id()))
			.with(csrf())).hasStatus(404);
		assertThat(jdbc.sql("SELECT active FROM instrument WHERE code = 'KWARTIER-ZELFBEOORDELING'")
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void onlyAnAdministratorMayLoadInstruments() {
		for (Role role : new Role[] { Role.COORDINATOR, Role.KWARTIERMAKER }) {
			TestUser user = testUsers.enrolled(role);
			assertThat(mvc.get().uri("/admin/instruments").with(logins.as(user.id()))).hasStatus(403);
			assertThat(load(user, document("VERBODEN", "Verboden"))).hasStatus(403);
		}
	}

	@Test
	void aNulCharacterEscapedInTheDocumentIsLeftOutNotStored() {
		UUID organisation = organisation();
		TestUser admin = user(organisation, Role.ADMINISTRATOR);
		String code = "NUL-" + UUID.randomUUID().toString().substring(0, 8);
		String withNul = document(code, "Tuin\\u0000meter").replace("\"Bloemen\"", "\"Bloe\\u0000men\\u0007\"");
		assertThat(withNul).contains("\\u0000");
		assertThat(load(admin, withNul)).hasStatus3xxRedirection();
		assertThat(jdbc.sql("SELECT name_nl FROM instrument WHERE organisation_id = ? AND code = ?")
			.params(organisation, code)
			.query(String.class)
			.single()).isEqualTo("Tuinmeter");
	}

	@Test
	void aFileUploadToTheInstrumentFormIsRefusedAsAFormKwartierCannotRead() {
		UUID organisation = organisation();
		TestUser admin = user(organisation, Role.ADMINISTRATOR);
		assertThat(mvc.post().multipart().uri("/admin/instruments")
			.file(new org.springframework.mock.web.MockMultipartFile("definition", "lijst.json", "application/json",
					document("BESTAND", "Bestandsmeter").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.with(logins.as(admin.id())).with(csrf())).hasStatus(415);
		assertThat(jdbc.sql("SELECT count(*) FROM instrument WHERE organisation_id = ?")
			.param(organisation)
			.query(Integer.class)
			.single()).isZero();
	}

	private MockMvcTester.MockMvcRequestBuilder load(TestUser user, String definition) {
		return mvc.post().uri("/admin/instruments").with(logins.as(user.id())).with(csrf()).param("definition",
				definition);
	}

	/** An invented instrument: three garden domains on a scale of 1 to 4. */
	private static String document(String code, String name) {
		return """
				{"code": "%s", "nameNl": "%s", "nameEn": "%s (en)", "licenceNote": "Licentie van de Tuinclub",
				 "scaleMin": 1, "scaleMax": 4,
				 "domains": [{"code": "BLOEMEN", "nameNl": "Bloemen", "nameEn": "Flowers"},
				             {"code": "MOESTUIN", "nameNl": "Moestuin"},
				             {"code": "GRAS", "nameNl": "Gras", "nameEn": "Grass"}],
				 "labels": [{"value": 1, "labelNl": "Verwelkt", "labelEn": "Withered"},
				            {"value": 4, "labelNl": "Bloeit volop"}]}
				""".formatted(code, name, name);
	}

	private int audits(TestUser admin, UUID instrument) {
		return jdbc.sql("""
				SELECT count(*) FROM audit_entry
				WHERE object_type = 'Instrument' AND action = 'ADMINISTRATION' AND object_id = ? AND user_id = ?
				""").params(instrument.toString(), admin.id()).query(Integer.class).single();
	}

	private UUID organisation() {
		return accounts.createOrganisation("Meetorganisatie " + UUID.randomUUID());
	}

	private TestUser user(UUID organisation, Role role) {
		String name = "meten-" + UUID.randomUUID();
		UUID id = accounts.createUser(organisation, null, name, "Meet Gebruiker", TestUsers.PASSWORD, Set.of(role),
				false, TestUsers.TOTP_SECRET, false);
		return new TestUser(id, organisation, name, TestUsers.PASSWORD, TestUsers.TOTP_SECRET);
	}
}
