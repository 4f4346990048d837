package nl.kwartier.clients.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import nl.kwartier.clients.assignment.Assignments;
import nl.kwartier.identity.Role;
import nl.kwartier.identity.login.TestLogins;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.WebTest;
import nl.kwartier.support.TestUsers.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebTest
class RegistrationControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Assignments assignments;

	TestUser peerExpert;

	/** The session cookie: sessions live in the database (Spring Session), not in the mock container. */
	Cookie session;

	String familyName;

	@BeforeEach
	void aPeerExpertStartsARegistration() {
		peerExpert = testUsers.enrolled(Role.PEER_EXPERT);
		session = null;
		// Twelve random letters: two tests' names are never within the duplicate check's two typos.
		familyName = "Testpersoon" + randomLetters(12);
		assertThat(get("/clients/registrations/new")).hasStatus3xxRedirection();
	}

	@Test
	void registersANewClientInThreeStepsAndACheck() {
		fillIn("1980-03-15", "5625 AB");
		assertThat(get("/clients/registrations/draft/check")).hasStatusOk()
			.bodyText()
			.contains("Controleer de aanmelding", "15 maart 1980", "Eindhoven", "Wijk: Woensel-Noord",
					"Ik krijg mijn post niet meer open", "Huisarts")
			.doesNotContain("Kennen we deze persoon al?");
		assertThat(post("/clients/registrations/draft/save").param("match", "new")).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/clients/registrations/saved");
		assertThat(jdbc.sql("""
				SELECT r.status || ' ' || r.suggested_first_talk || ' ' || c.municipality_code
				FROM registration r JOIN client c ON c.id = r.client_id WHERE c.family_name = ?
				""").param(familyName).query(String.class).single()).isEqualTo("WAITING PEER_EXPERT 0772");
	}

	@Test
	void showsAPossibleDuplicateAndNeverSavesOneSilently() {
		fillIn("1980-03-15", "5625 AB");
		post("/clients/registrations/draft/save").param("match", "new").exchange();
		// She works with the client now, so she may open him and sees him in the duplicate check.
		UUID first = jdbc.sql("SELECT id FROM client WHERE family_name = ?").param(familyName).query(UUID.class).single();
		assignments.assign(first, null, peerExpert.id(), Assignments.Part.PEER_EXPERT, Assignments.Reason.FIRST_TALK,
				java.time.Instant.now(), peerExpert.id());
		assertThat(get("/clients/registrations/new")).hasStatus3xxRedirection();
		fillIn("1980-03-15", "5613 AB", "van " + familyName.substring(0, familyName.length() - 1) + "z");

		assertThat(get("/clients/registrations/draft/check")).hasStatusOk()
			.bodyText()
			.contains("Kennen we deze persoon al?", "Zelfde geboortedatum");
		assertThat(post("/clients/registrations/draft/save")).hasStatusOk()
			.bodyText()
			.contains("Kies of dit dezelfde persoon is");
		UUID existing = jdbc.sql("SELECT id FROM client WHERE family_name = ?").param(familyName).query(UUID.class).single();
		assertThat(post("/clients/registrations/draft/save").param("match", existing.toString()))
			.hasStatus3xxRedirection();
		assertThat(jdbc.sql("SELECT count(*) FROM registration WHERE client_id = ?").param(existing).query(Integer.class)
			.single()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT count(*) FROM client WHERE family_name_key LIKE ?")
			.param(PersonName.familyKey("", familyName).substring(0, 8) + "%")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void explainsBadInputAndKeepsWhatWasTyped() {
		assertThat(post("/clients/registrations/draft/registrant").param("source", "BUURMAN").param("registeredOn", "2999-01-01"))
			.hasStatusOk()
			.bodyText()
			.contains("Kies wie de cliënt aanmeldt", "De datum van aanmelding ligt in de toekomst", "value=\"2999-01-01\"");
		assertThat(post("/clients/registrations/draft/person")
			.param("givenName", "Ünal <script>")
			.param("familyName", "x".repeat(300))
			.param("dateOfBirth", "2999-01-01")
			.param("postcode", "0000 XX")
			.param("email", "geen mail"))
			.hasStatusOk()
			.bodyText()
			.contains("Vul een geboortedatum in het verleden in", "Vul een postcode in zoals 5611 AB",
					"Dit is te lang. Gebruik hoogstens 100 tekens", "Vul een e-mailadres in zoals",
					"Ünal &lt;script&gt;");
		assertThat(post("/clients/registrations/draft/person")
			.param("givenName", "Anna")
			.param("familyName", "Jansen")
			.param("dateOfBirth", "1970-02-30")
			.param("postcode", "1009 ZZ"))
			.hasStatusOk()
			.bodyText()
			.contains("Vul een geldige datum in", "Deze postcode kennen we niet");
		assertThat(post("/clients/registrations/draft/question").param("ownQuestion", " "))
			.hasStatusOk()
			.bodyText()
			.contains("Schrijf de vraag van de cliënt op", "Kies minstens een reden",
					"Kies of de cliënt worstelt met zijn beperkingen");
	}

	@Test
	void aPeerWorkerMayNotRegisterClients() {
		TestUser peerWorker = testUsers.enrolled(Role.PEER_WORKER);
		assertThat(mvc.get().uri("/clients/registrations/new").with(logins.as(peerWorker.id()))).hasStatus(403);
	}

	private void fillIn(String birth, String postcode) {
		fillIn(birth, postcode, familyName);
	}

	private void fillIn(String birth, String postcode, String family) {
		assertThat(post("/clients/registrations/draft/registrant")
			.param("source", "GP")
			.param("registeredOn", "2026-11-30")
			.param("registrantName", "Dokter Pieters"))
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/clients/registrations/draft/person");
		assertThat(post("/clients/registrations/draft/person")
			.param("givenName", "Anna")
			.param("familyName", family)
			.param("dateOfBirth", birth)
			.param("postcode", postcode)
			.param("languages", "nl", "tr"))
			.hasStatus3xxRedirection();
		assertThat(post("/clients/registrations/draft/question")
			.param("ownQuestion", "Ik krijg mijn post niet meer open.")
			.param("problemAreas", "POVERTY", "LONELINESS")
			.param("strugglesWithLimits", "NO")
			.param("practicalQuestion", "YES"))
			.hasStatus3xxRedirection();
	}

	private MvcTestResult get(String uri) {
		return keepSession(mvc.get().uri(uri).cookie(cookies()).with(logins.as(peerExpert.id())).exchange());
	}

	private PostRequest post(String uri) {
		return new PostRequest(mvc.post().uri(uri).cookie(cookies()).with(logins.as(peerExpert.id())).with(csrf()));
	}

	/** A POST in this test's session; assertions on it keep the session cookie it may set. */
	private final class PostRequest implements org.assertj.core.api.AssertProvider<org.springframework.test.web.servlet.assertj.MvcTestResultAssert> {

		private final MockMvcTester.MockMvcRequestBuilder request;

		PostRequest(MockMvcTester.MockMvcRequestBuilder request) {
			this.request = request;
		}

		PostRequest param(String name, String... values) {
			request.param(name, values);
			return this;
		}

		MvcTestResult exchange() {
			return keepSession(request.exchange());
		}

		@Override
		public org.springframework.test.web.servlet.assertj.MvcTestResultAssert assertThat() {
			return exchange().assertThat();
		}
	}

	private Cookie[] cookies() {
		Cookie dutch = new Cookie("KWARTIER_LANGUAGE", "nl");
		return session == null ? new Cookie[] { dutch } : new Cookie[] { dutch, session };
	}

	private MvcTestResult keepSession(MvcTestResult result) {
		Cookie set = result.getResponse().getCookie("KWARTIER_SESSION");
		if (set != null) {
			session = set;
		}
		return result;
	}

	private static String randomLetters(int count) {
		java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < count; i++) {
			letters.append((char) ('a' + random.nextInt(26)));
		}
		return letters.toString();
	}
}
