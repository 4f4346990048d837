package nl.kwartier.clients.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kwartier.clients.assignment.Assignments;
import nl.kwartier.clients.assignment.Assignments.Part;
import nl.kwartier.identity.Role;
import nl.kwartier.identity.login.TestLogins;
import nl.kwartier.support.ClientFixture;
import nl.kwartier.support.ClientFixture.TestClient;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;
import nl.kwartier.support.WebTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebTest
class ContactControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestLogins logins;

	@Autowired
	ClientFixture clients;

	@Autowired
	ContactRepository contacts;

	@Autowired
	Assignments assignments;

	@Autowired
	JdbcClient jdbc;

	TestUser peerExpert;

	TestClient client;

	LocalDate today;

	@BeforeEach
	void aPeerExpertWithAClient() {
		peerExpert = testUsers.enrolled(Role.PEER_EXPERT);
		client = clients.aClientOf(peerExpert, Part.PEER_EXPERT);
		today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
	}

	@Test
	void theFormStartsWithTodayAHomeVisitOfAnHourAndMe() {
		assertThat(get("/clients/" + client.id() + "/contacts/new")).hasStatusOk()
			.bodyText()
			.contains("Contact vastleggen", "Huisbezoek", "Achterstallige administratie", "zus van de cliënt",
					"Contact opslaan");
		String html = html("/clients/" + client.id() + "/contacts/new");
		assertThat(html).containsPattern("id=\"type-HOME_VISIT\"[^>]*checked")
			.containsPattern("name=\"date\"[^>]*value=\"" + today + "\"")
			.containsPattern("name=\"duration\"[^>]*value=\"60\"")
			.containsPattern("id=\"participant-" + peerExpert.id() + "\"[^>]*checked");
	}

	@Test
	void aLoggedHomeVisitWithPracticalSupportShowsOnTheTimelineNewestFirst() {
		assertThat(logContact("HOME_VISIT", today.minusDays(3).toString(), "45", "Eerste bezoek, kennismaken",
				"PAPERWORK")).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/clients/" + client.id() + "/contacts");
		assertThat(post("/clients/" + client.id() + "/contacts").param("type", "HOME_VISIT")
			.param("date", today.toString())
			.param("duration", "60")
			.param("participants", peerExpert.id().toString())
			.param("othersPresent", "zus van de cliënt")
			.param("practicalSupport", "PAPERWORK", "MONEY_AND_DEBTS")
			.param("note", "Post samen opengemaakt, belastingbrief gevonden")).hasStatus3xxRedirection();

		String timeline = text("/clients/" + client.id() + "/contacts");
		assertThat(timeline).contains("Contacten", "Huisbezoek", "Achterstallige administratie", "Geld en schulden",
				"Test PEER_EXPERT, zus van de cliënt", "60 min.", "45 min.", "Vastgelegd door Test PEER_EXPERT");
		assertThat(timeline.indexOf("Post samen opengemaakt")).isPositive()
			.isLessThan(timeline.indexOf("Eerste bezoek, kennismaken"));
		assertThat(jdbc.sql("""
				SELECT array_to_string(practical_support, ',') || ' ' || duration_minutes || ' ' || (participants[1] = ?)
				FROM contact WHERE client_id = ? AND contact_date = ?
				""").params(peerExpert.id(), client.id(), today).query(String.class).single())
			.isEqualTo("PAPERWORK,MONEY_AND_DEBTS 60 true");
		assertThat(audit("CREATE")).isEqualTo(2);
		assertThat(audit("READ")).isPositive();
	}

	@Test
	void theDossierLinksToTheContacts() {
		assertThat(html("/clients/" + client.id())).contains("href=\"/clients/" + client.id() + "/contacts\"");
	}

	@Test
	void theTimelineIsFilteredByType() {
		logContact("HOME_VISIT", today.toString(), "60", "Bezoek thuis", "HOUSING");
		logContact("PHONE_CALL", today.toString(), "10", "Even gebeld", null);
		assertThat(get("/clients/" + client.id() + "/contacts?type=PHONE_CALL")).hasStatusOk()
			.bodyText()
			.contains("Even gebeld")
			.doesNotContain("Bezoek thuis");
		assertThat(get("/clients/" + client.id() + "/contacts?type=WALK_IN")).hasStatusOk()
			.bodyText()
			.contains("Er zijn geen contacten van deze soort.");
		assertThat(get("/clients/" + client.id() + "/contacts?type=NONSENSE&after=garbage")).hasStatusOk()
			.bodyText()
			.contains("Even gebeld", "Bezoek thuis");
	}

	@Test
	void theTimelineIsPagedOnTheServerNewestFirst() {
		for (int day = 1; day <= 25; day++) {
			contacts.add(client.id(), new ContactRepository.Valid(ContactType.HOME_VISIT, today.minusDays(day), 30,
					List.of(peerExpert.id()), null, List.of(), "Bezoek nummer " + (100 + day)), peerExpert.id());
		}
		String first = html("/clients/" + client.id() + "/contacts");
		assertThat(first).contains("Bezoek nummer 101", "Bezoek nummer 120")
			.doesNotContain("Bezoek nummer 121")
			.doesNotContain("Naar de nieuwste contacten");
		Matcher older = Pattern.compile("href=\"([^\"]*after=[^\"]*)\"").matcher(first);
		assertThat(older.find()).isTrue();
		String second = html(older.group(1).replace("&amp;", "&"));
		assertThat(second).contains("Bezoek nummer 121", "Bezoek nummer 125", "Naar de nieuwste contacten")
			.doesNotContain("Bezoek nummer 120")
			.doesNotContain("Oudere contacten</a>");
	}

	@Test
	void badInputGivesClearMessagesAndKeepsWhatWasTyped() throws Exception {
		String longNote = "lang ".repeat(1000);
		assertThat(post("/clients/" + client.id() + "/contacts").param("type", "BOGUS")
			.param("date", today.plusDays(1).toString())
			.param("duration", "-5")
			.param("participants", UUID.randomUUID().toString())
			.param("othersPresent", "buurvrouw <b>Ans</b>")
			.param("practicalSupport", "PAPERWORK", "HACKING")
			.param("note", longNote)).hasStatusOk()
			.bodyText()
			.contains("Er is een probleem", "Kies de soort contact.", "De datum mag niet in de toekomst liggen.",
					"Vul een duur in van 1 tot 1440 minuten", "Kies uit de lijst.", "Dit is te lang. Gebruik hoogstens 4000 tekens.",
					"buurvrouw &lt;b&gt;Ans&lt;/b&gt;");
		String page = post("/clients/" + client.id() + "/contacts").param("type", "HOME_VISIT")
			.param("date", "31-02-2026")
			.param("duration", "99999999999")
			.param("participants", peerExpert.id().toString())
			.param("practicalSupport", "HOUSING")
			.param("note", "Notitie die blijft staan")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Vul een geldige datum in", "Vul de duur in als een heel getal",
				"value=\"31-02-2026\"", "value=\"99999999999\"", "Notitie die blijft staan", "aria-invalid=\"true\"",
				"href=\"#date\"", "href=\"#duration\"")
			.containsPattern("id=\"support-HOUSING\"[^>]*checked");
		assertThat(post("/clients/" + client.id() + "/contacts").param("type", "HOME_VISIT")
			.param("date", "")
			.param("duration", "")
			.param("note", "nul\u0000teken")).hasStatusOk()
			.bodyText()
			.contains("Vul de datum van het contact in.", "Vul in hoeveel minuten het contact duurde.",
					"Kies wie van jullie erbij was.", "nulteken")
			.doesNotContain("Hier staan tekens in die we niet kunnen opslaan.");
		assertThat(post("/clients/" + client.id() + "/contacts")).hasStatusOk().bodyText().contains("Er is een probleem");
		assertThat(count()).isZero();
	}

	@Test
	void oddCharactersAreStoredAndShownAsTyped() {
		String note = "Ça va? 😀 <script>alert(1)</script> 'quotes' & \"meer\"\nTweede regel";
		logContact("MESSAGE", today.toString(), "5", note, null);
		assertThat(text("/clients/" + client.id() + "/contacts")).contains("Ça va? 😀 <script>alert(1)</script> 'quotes'");
		assertThat(html("/clients/" + client.id() + "/contacts")).doesNotContain("<script>alert(1)</script>");
		assertThat(jdbc.sql("SELECT note FROM contact WHERE client_id = ?").param(client.id()).query(String.class).single())
			.isEqualTo(note);
	}

	@Test
	void someoneNotAssignedIsRefusedAndNothingIsStored() {
		TestUser other = testUsers.enrolled(Role.KWARTIERMAKER);
		assertThat(mvc.post().uri("/clients/" + client.id() + "/contacts").with(logins.as(other.id())).with(csrf())
			.param("type", "HOME_VISIT")
			.param("date", today.toString())
			.param("duration", "60")
			.param("participants", other.id().toString())).hasStatus(403);
		assertThat(mvc.get().uri("/clients/" + client.id() + "/contacts").with(logins.as(other.id()))).hasStatus(403);
		assertThat(mvc.get().uri("/clients/" + client.id() + "/contacts/new").with(logins.as(other.id()))).hasStatus(403);
		assertThat(count()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE user_id = ? AND client_id = ? AND action = 'ACCESS_REFUSED'")
			.params(other.id(), client.id())
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	@Test
	void aVoidedContactStaysOnTheTimelineWithItsReason() {
		logContact("HOME_VISIT", today.toString(), "60", "Bij de verkeerde cliënt gezet", null);
		UUID id = jdbc.sql("SELECT id FROM contact WHERE client_id = ?").param(client.id()).query(UUID.class).single();
		assertThat(get("/clients/" + client.id() + "/contacts/" + id + "/void")).hasStatusOk()
			.bodyText()
			.contains("Contact ongeldig maken", "Het contact wordt niet gewist.");
		assertThat(post("/clients/" + client.id() + "/contacts/" + id + "/void").param("reason", " ")).hasStatusOk()
			.bodyText()
			.contains("Schrijf op waarom dit contact ongeldig is.");
		assertThat(post("/clients/" + client.id() + "/contacts/" + id + "/void").param("reason", "Verkeerde cliënt"))
			.hasStatus3xxRedirection();

		assertThat(get("/clients/" + client.id() + "/contacts")).hasStatusOk()
			.bodyText()
			.contains("Ongeldig", "Reden: Verkeerde cliënt", "Bij de verkeerde cliënt gezet");
		assertThat(jdbc.sql("SELECT void_reason FROM contact WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("Verkeerde cliënt");
		assertThat(audit("VOID")).isEqualTo(1);
		assertThat(post("/clients/" + client.id() + "/contacts/" + id + "/void").param("reason", "Nog een keer"))
			.hasStatus3xxRedirection();
		assertThat(audit("VOID")).isEqualTo(1);
		assertThat(get("/clients/" + client.id() + "/contacts/" + id + "/edit")).hasStatus3xxRedirection();
	}

	@Test
	void aContactIsOnlyReachedThroughItsOwnClient() {
		logContact("HOME_VISIT", today.toString(), "60", "Alleen van deze cliënt", null);
		UUID id = jdbc.sql("SELECT id FROM contact WHERE client_id = ?").param(client.id()).query(UUID.class).single();
		TestClient another = clients.aClientOf(peerExpert, Part.PEER_EXPERT);
		assertThat(get("/clients/" + another.id() + "/contacts/" + id + "/edit")).hasStatus(404);
		assertThat(post("/clients/" + another.id() + "/contacts/" + id + "/void").param("reason", "Verkeerd"))
			.hasStatus(404);
		assertThat(jdbc.sql("SELECT voided_at IS NULL FROM contact WHERE id = ?").param(id).query(Boolean.class).single())
			.isTrue();
		assertThat(text("/clients/" + another.id() + "/contacts")).doesNotContain("Alleen van deze cliënt");
	}

	@Test
	void aChangeIsSavedAndLogged() {
		logContact("HOME_VISIT", today.toString(), "60", "Eerste versie", null);
		UUID id = jdbc.sql("SELECT id FROM contact WHERE client_id = ?").param(client.id()).query(UUID.class).single();
		assertThat(get("/clients/" + client.id() + "/contacts/" + id + "/edit")).hasStatusOk()
			.bodyText()
			.contains("Contact veranderen", "Eerste versie");
		assertThat(change(id, peerExpert, "0", "Tweede versie")).hasStatus3xxRedirection();
		assertThat(text("/clients/" + client.id() + "/contacts")).contains("Tweede versie").doesNotContain("Eerste versie");
		assertThat(audit("CHANGE")).isEqualTo(1);
	}

	@Test
	void whenTwoWorkersChangeTheSameContactTheSecondSeesWhatChangedAndKeepsWhatHeTyped() {
		TestUser kwartiermaker = testUsers.enrolled(Role.KWARTIERMAKER);
		assignments.assign(client.id(), null, kwartiermaker.id(), Part.KWARTIERMAKER, Assignments.Reason.BROUGHT_IN,
				Instant.now(), kwartiermaker.id());
		logContact("HOME_VISIT", today.toString(), "60", "Zoals het eerst was", null);
		UUID id = jdbc.sql("SELECT id FROM contact WHERE client_id = ?").param(client.id()).query(UUID.class).single();

		assertThat(change(id, kwartiermaker, "0", "Wat de kwartiermaker schreef")).hasStatus3xxRedirection();
		assertThat(change(id, peerExpert, "0", "Wat de ervaringsdeskundige typte")).hasStatusOk()
			.bodyText()
			.contains("Iemand anders heeft dit contact net veranderd", "Wat de kwartiermaker schreef",
					"Wat de ervaringsdeskundige typte");
		assertThat(jdbc.sql("SELECT note FROM contact WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("Wat de kwartiermaker schreef");

		assertThat(change(id, peerExpert, "1", "Wat de ervaringsdeskundige typte")).hasStatus3xxRedirection();
		assertThat(jdbc.sql("SELECT note || ' ' || version FROM contact WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("Wat de ervaringsdeskundige typte 2");
	}

	private MvcTestResult change(UUID id, TestUser worker, String version,
			String note) {
		return mvc.post()
			.uri("/clients/" + client.id() + "/contacts/" + id)
			.with(logins.as(worker.id()))
			.with(csrf())
			.param("type", "HOME_VISIT")
			.param("date", today.toString())
			.param("duration", "60")
			.param("participants", peerExpert.id().toString())
			.param("note", note)
			.param("version", version)
			.exchange();
	}

	private MvcTestResult logContact(String type, String date,
			String duration, String note, String support) {
		MockMvcRequestBuilder request = post("/clients/" + client.id() + "/contacts").param("type", type)
			.param("date", date)
			.param("duration", duration)
			.param("participants", peerExpert.id().toString())
			.param("note", note);
		if (support != null) {
			request.param("practicalSupport", support);
		}
		return request.exchange();
	}

	private MockMvcRequestBuilder get(String uri) {
		return mvc.get().uri(uri).with(logins.as(peerExpert.id()));
	}

	private MockMvcRequestBuilder post(String uri) {
		return mvc.post().uri(uri).with(logins.as(peerExpert.id())).with(csrf());
	}

	private String html(String uri) {
		try {
			return get(uri).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	private String text(String uri) {
		return Jsoup.parse(html(uri)).text();
	}

	private int count() {
		return jdbc.sql("SELECT count(*) FROM contact WHERE client_id = ?").param(client.id()).query(Integer.class).single();
	}

	private int audit(String action) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE client_id = ? AND action = ? AND object_type = 'Contact'")
			.params(client.id(), action)
			.query(Integer.class)
			.single();
	}
}
