package nl.kwartier.clients.recoveryplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.ZoneId;
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
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

@WebTest
class RecoveryPlanControllerTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestLogins logins;

	@Autowired
	ClientFixture clients;

	@Autowired
	AccountProvisioning accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDefaultLifeDomainsAreOfferedInKwartiersOwnWords() {
		TestUser worker = testUsers.enrolled(Role.PEER_EXPERT);
		TestClient client = clients.aClientOf(worker, Part.PEER_EXPERT);
		assertThat(jdbc.sql("SELECT count(*) FROM life_domain WHERE organisation_id IS NULL").query(Integer.class).single())
			.isEqualTo(10);
		assertThat(mvc.get().uri("/clients/" + client.id() + "/plan/goals/new").with(logins.as(worker.id())))
			.hasStatusOk()
			.bodyText()
			.contains("Wonen", "Geld", "Contact met anderen", "Alcohol, drugs en gokken", "Zin in het leven",
					"Voor jezelf zorgen");
	}

	@Test
	void anOrganisationRenamesHidesAndAddsLifeDomainsForItsOwnClientsOnly() {
		UUID organisation = accounts.createOrganisation("Planorganisatie " + UUID.randomUUID());
		UUID workerId = accounts.createUser(organisation, null, "plan-" + UUID.randomUUID(), "Plan Werker",
				TestUsers.PASSWORD, Set.of(Role.KWARTIERMAKER), false, TestUsers.TOTP_SECRET, false);
		TestUser worker = new TestUser(workerId, organisation, "plan", TestUsers.PASSWORD, TestUsers.TOTP_SECRET);
		TestClient client = clients.aClientOf(worker, Part.KWARTIERMAKER);
		jdbc.sql("""
				INSERT INTO life_domain (id, organisation_id, code, name_nl, name_en, position, hidden) VALUES
				  (gen_random_uuid(), :org, 'HOUSING', 'Een dak boven je hoofd', 'A roof over your head', 10, false),
				  (gen_random_uuid(), :org, 'ADDICTION', NULL, NULL, 70, true),
				  (gen_random_uuid(), :org, 'PETS', 'Huisdieren', 'Pets', 200, false)
				""").param("org", organisation).update();

		assertThat(mvc.get().uri("/clients/" + client.id() + "/plan/goals/new").with(logins.as(worker.id())))
			.hasStatusOk()
			.bodyText()
			.contains("Een dak boven je hoofd", "Huisdieren", "Geld")
			.doesNotContain("Alcohol, drugs en gokken", ">Wonen<");
		assertThat(post(worker, "/clients/" + client.id() + "/plan/goals").param("domain", "ADDICTION")
			.param("description", "Minder drinken")
			.param("status", "NOT_STARTED")).hasStatusOk().bodyText().contains("Kies een levensgebied uit de lijst.");
		assertThat(post(worker, "/clients/" + client.id() + "/plan/goals").param("domain", "PETS")
			.param("description", "Voor de hond zorgen")
			.param("status", "WORKING_ON_IT")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/clients/" + client.id() + "/plan").with(logins.as(worker.id()))).hasStatusOk()
			.bodyText()
			.contains("Huisdieren", "Voor de hond zorgen");

		TestUser elsewhere = testUsers.enrolled(Role.PEER_EXPERT);
		TestClient other = clients.aClientOf(elsewhere, Part.PEER_EXPERT);
		assertThat(mvc.get().uri("/clients/" + other.id() + "/plan/goals/new").with(logins.as(elsewhere.id())))
			.bodyText()
			.contains("Wonen", "Alcohol, drugs en gokken")
			.doesNotContain("Huisdieren");
	}

	@Test
	void aWorkerAddsAGoalWithStepsStatusAndReviewDateAndItIsLogged() {
		TestUser worker = testUsers.enrolled(Role.PEER_EXPERT);
		TestClient client = clients.aClientOf(worker, Part.PEER_EXPERT);
		LocalDate review = TODAY.plusMonths(2);
		assertThat(post(worker, "/clients/" + client.id() + "/plan/goals").param("domain", "MONEY")
			.param("description", "Mijn post weer zelf openmaken")
			.param("status", "WORKING_ON_IT")
			.param("reviewOn", review.toString())
			.param("stepText[0]", "Samen de brieven sorteren")
			.param("stepHelperKind[0]", "WORKER")
			.param("stepHelperName[0]", "Fatima")
			.param("stepText[1]", "Schuldhulp bellen, of langsgaan")
			.param("stepHelperKind[1]", "ORGANISATION")
			.param("stepHelperName[1]", "Kredietbank")
			.param("stepText[2]", "")
			.param("stepHelperKind[2]", "")
			.param("stepHelperName[2]", "")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/clients/" + client.id() + "/plan");

		UUID goal = goalOf(client);
		assertThat(jdbc.sql("SELECT count(*) FROM goal_step WHERE goal_id = ? AND voided_at IS NULL")
			.param(goal)
			.query(Integer.class)
			.single()).isEqualTo(2);
		assertThat(mvc.get().uri("/clients/" + client.id() + "/plan").with(logins.as(worker.id()))).hasStatusOk()
			.bodyText()
			.contains("Geld", "Mijn post weer zelf openmaken", "Mee bezig", "Samen de brieven sorteren", "Fatima",
					"Schuldhulp bellen, of langsgaan", "Kredietbank", "Een organisatie", dutch(review), "Doel toegevoegd door Test PEER_EXPERT");
		assertThat(audit(worker, client, "CREATE", "Goal")).isEqualTo(1);
		assertThat(audit(worker, client, "READ", "Client")).isEqualTo(1);
	}

	@Test
	void theClientSeesHisOwnPlanInPlainWordsAndAddsAndChangesHisOwnGoal() {
		TestUser worker = testUsers.enrolled(Role.KWARTIERMAKER);
		TestClient client = clients.aClientOf(worker, Part.KWARTIERMAKER);
		TestUser account = linkedAccount(client);

		assertThat(mvc.get().uri("/mijn-plan").with(logins.as(account.id()))).hasStatusOk()
			.bodyText()
			.contains("Jouw plan", "Jouw doelen", "Je hebt nog geen doelen")
			.doesNotContain("herstelondersteuningsplan");
		assertThat(mvc.get().uri("/mijn-plan").with(logins.as(account.id()))).body()
			.asString()
			.contains("href=\"/mijn-plan/goals/new\"")
			.doesNotContain("/clients/");

		assertThat(post(account, "/mijn-plan/goals").param("domain", "SOCIAL_CONTACTS")
			.param("description", "Een keer per week naar de inloop")
			.param("status", "NOT_STARTED")
			.param("stepText[0]", "Met Piet meegaan")
			.param("stepHelperKind[0]", "NETWORK")
			.param("stepHelperName[0]", "Piet, mijn buurman")).hasStatus3xxRedirection();
		UUID goal = goalOf(client);
		assertThat(mvc.get().uri("/mijn-plan/goals/" + goal).with(logins.as(account.id())))
			.hasStatusOk()
			.bodyText()
			.contains("Jouw doel veranderen", "Een keer per week naar de inloop", "Piet, mijn buurman");
		assertThat(post(account, "/mijn-plan/goals/" + goal).param("domain", "SOCIAL_CONTACTS")
			.param("description", "Twee keer per week naar de inloop")
			.param("status", "WORKING_ON_IT")
			.param("version", "0")
			.param("stepText[0]", "Met Piet meegaan")
			.param("stepHelperKind[0]", "NETWORK")
			.param("stepHelperName[0]", "Piet, mijn buurman")).hasStatus3xxRedirection().hasRedirectedUrl("/mijn-plan");

		assertThat(mvc.get().uri("/mijn-plan").with(logins.as(account.id()))).hasStatusOk()
			.bodyText()
			.contains("Twee keer per week naar de inloop", "Mee bezig", "Doel veranderd door Test CLIENT",
					"Een keer per week naar de inloop", "Nog niet begonnen");
		assertThat(audit(account, client, "CHANGE", "Goal")).isEqualTo(1);
		assertThat(audit(account, client, "READ", "Goal")).isEqualTo(1);
	}

	@Test
	void everySaveIsKeptAsAVersionWithWhoWhenAndWhatChanged() {
		TestUser worker = testUsers.enrolled(Role.PEER_EXPERT);
		TestClient client = clients.aClientOf(worker, Part.PEER_EXPERT);
		addGoal(worker, client, "Een eigen kamer vinden");
		UUID goal = goalOf(client);
		change(worker, client, goal, "Een eigen huis vinden", "0").hasStatus3xxRedirection();
		assertThat(jdbc.sql("SELECT count(*) FROM plan_change WHERE object_id = ?").param(goal).query(Integer.class).single())
			.isEqualTo(2);
		assertThat(jdbc.sql("""
				SELECT f.before || ' -> ' || f.after FROM plan_change c JOIN plan_change_field f ON f.change_id = c.id
				WHERE c.object_id = ? AND c.object_version = 1 AND f.field = 'description'
				""").param(goal).query(String.class).single()).isEqualTo("Een eigen kamer vinden -> Een eigen huis vinden");
		assertThat(jdbc.sql("SELECT changed_by FROM plan_change WHERE object_id = ? AND object_version = 1")
			.param(goal)
			.query(UUID.class)
			.single()).isEqualTo(worker.id());
		assertThat(mvc.get().uri("/clients/" + client.id() + "/plan").with(logins.as(worker.id()))).bodyText()
			.contains("Doel veranderd door Test PEER_EXPERT op " + dutch(TODAY), "Een eigen kamer vinden",
					"Een eigen huis vinden");
	}

	@Test
	void theSecondOfTwoConcurrentSavesIsRefusedShowingWhatChangedAndKeepingWhatWasTyped() {
		TestUser first = testUsers.enrolled(Role.PEER_EXPERT);
		TestClient client = clients.aClientOf(first, Part.PEER_EXPERT);
		TestUser second = testUsers.enrolled(Role.COORDINATOR);
		addGoal(first, client, "Elke dag naar buiten");
		UUID goal = goalOf(client);

		change(first, client, goal, "Elke dag een wandeling maken", "0").hasStatus3xxRedirection();
		change(second, client, goal, "Drie keer per week naar buiten", "0").hasStatusOk()
			.bodyText()
			.contains("Iemand anders heeft dit doel net veranderd", "Elke dag naar buiten", "Elke dag een wandeling maken",
					"Drie keer per week naar buiten", "Doel veranderd door Test PEER_EXPERT");
		assertThat(description(goal)).isEqualTo("Elke dag een wandeling maken");
		assertThat(mvc.post()
			.uri("/clients/" + client.id() + "/plan/goals/" + goal)
			.with(csrf())
			.with(logins.as(second.id()))
			.param("domain", "DAILY_ACTIVITIES")
			.param("description", "Drie keer per week naar buiten")
			.param("status", "WORKING_ON_IT")
			.param("version", "0")).bodyText().contains("name=\"version\" value=\"1\"");

		change(second, client, goal, "Drie keer per week naar buiten", "1").hasStatus3xxRedirection();
		assertThat(description(goal)).isEqualTo("Drie keer per week naar buiten");
	}

	@Test
	void badInputGetsClearMessagesAndKeepsWhatWasTyped() {
		TestUser worker = testUsers.enrolled(Role.PEER_EXPERT);
		TestClient client = clients.aClientOf(worker, Part.PEER_EXPERT);
		String goals = "/clients/" + client.id() + "/plan/goals";

		assertThat(post(worker, goals).param("domain", "").param("description", " ").param("status", "")).hasStatusOk()
			.bodyText()
			.containsSubsequence("Er is een probleem", "Schrijf op wat het doel is.", "Kies een levensgebied.",
					"Kies hoe het ervoor staat.", "Het doel, in de woorden van de cliënt");
		assertThat(post(worker, goals).param("domain", "HOUSING")
			.param("description", "Verhuizen")
			.param("status", "NOT_STARTED")
			.param("reviewOn", TODAY.minusDays(1).toString())).hasStatusOk()
			.bodyText()
			.contains("Kies een datum vanaf vandaag.", "Verhuizen");
		assertThat(post(worker, goals).param("domain", "HOUSING")
			.param("description", "Verhuizen")
			.param("status", "NOT_STARTED")
			.param("reviewOn", "9999-12-31")).hasStatusOk().bodyText().contains("Kies een datum binnen 5 jaar.");
		assertThat(post(worker, goals).param("domain", "HOUSING")
			.param("description", "Verhuizen")
			.param("status", "NOT_STARTED")
			.param("reviewOn", "31-02-morgen")).hasStatusOk().bodyText().contains("Vul een echte datum in.", "31-02-morgen");
		assertThat(post(worker, goals).param("domain", "HOUSING")
			.param("description", "x".repeat(5000))
			.param("status", "KLAAR")
			.param("stepText[0]", "")
			.param("stepHelperKind[0]", "ORGANISATION")
			.param("stepHelperName[0]", "Woonbron")
			.param("stepText[1]", "y".repeat(501))
			.param("stepHelperKind[1]", "ALIEN")
			.param("stepHelperName[1]", "")).hasStatusOk()
			.bodyText()
			.contains("Dit is te lang. Gebruik hoogstens 1000 tekens.", "Kies hoe het ervoor staat.",
					"Stap 1: schrijf op wat de stap is.", "Stap 2 is te lang. Gebruik hoogstens 500 tekens.",
					"Stap 2: kies uit de lijst wie helpt.", "Woonbron");
		assertThat(jdbc.sql("SELECT count(*) FROM goal WHERE client_id = ?").param(client.id()).query(Integer.class).single())
			.isZero();

		assertThat(post(worker, goals).param("domain", "HOUSING")
			.param("description", "Een huis \u0000met <script>alert(1)</script> en 🏠 — 'quotes'")
			.param("status", "NOT_STARTED")).hasStatus3xxRedirection();
		assertThat(description(goalOf(client))).isEqualTo("Een huis met <script>alert(1)</script> en 🏠 — 'quotes'");
		assertThat(mvc.get().uri("/clients/" + client.id() + "/plan").with(logins.as(worker.id()))).hasStatusOk()
			.body()
			.asString()
			.contains("&lt;script&gt;")
			.doesNotContain("<script>alert");
	}

	@Test
	void aStepNumberFarBeyondTheRowsOfTheFormIsRefusedWithAPageNotAnError() {
		TestUser worker = testUsers.enrolled(Role.PEER_EXPERT);
		TestClient client = clients.aClientOf(worker, Part.PEER_EXPERT);
		assertThat(post(worker, "/clients/" + client.id() + "/plan/goals").param("domain", "HOUSING")
			.param("description", "Verhuizen")
			.param("status", "NOT_STARTED")
			.param("stepText[5000]", "Te ver weg")).hasStatus(400);
		assertThat(post(worker, "/clients/" + client.id() + "/plan/goals").param("domain", "HOUSING")
			.param("description", "Verhuizen")
			.param("status", "NOT_STARTED")
			.param("stepText[-1]", "Voor het begin")).hasStatus(400);
		assertThat(jdbc.sql("SELECT count(*) FROM goal WHERE client_id = ?").param(client.id()).query(Integer.class).single())
			.isZero();
	}

	@Test
	void aGoalWrittenDownByMistakeIsVoidedWithAReasonAndStaysInTheHistory() {
		TestUser worker = testUsers.enrolled(Role.PEER_EXPERT);
		TestClient client = clients.aClientOf(worker, Part.PEER_EXPERT);
		addGoal(worker, client, "Twee keer opgeschreven doel");
		UUID goal = goalOf(client);
		String voiding = "/clients/" + client.id() + "/plan/goals/" + goal + "/void";
		assertThat(mvc.get().uri(voiding).with(logins.as(worker.id()))).hasStatusOk()
			.bodyText()
			.contains("Doel uit het plan halen", "Twee keer opgeschreven doel", "Dit komt in het logboek.");
		assertThat(post(worker, voiding).param("reason", " ").param("version", "0")).hasStatusOk()
			.bodyText()
			.contains("Schrijf op waarom je het doel weghaalt.");
		assertThat(post(worker, voiding).param("reason", "Dubbel").param("version", "7")).hasStatusOk()
			.bodyText()
			.contains("Iemand anders heeft dit doel net veranderd");
		assertThat(post(worker, voiding).param("reason", "Dubbel").param("version", "0")).hasStatus3xxRedirection();

		assertThat(jdbc.sql("SELECT void_reason FROM goal WHERE id = ? AND voided_at IS NOT NULL")
			.param(goal)
			.query(String.class)
			.single()).isEqualTo("Dubbel");
		assertThat(mvc.get().uri("/clients/" + client.id() + "/plan").with(logins.as(worker.id()))).bodyText()
			.contains("Er zijn nog geen doelen.", "Doel weggehaald door Test PEER_EXPERT", "Dubbel",
					"Twee keer opgeschreven doel");
		assertThat(mvc.get().uri("/clients/" + client.id() + "/plan/goals/" + goal).with(logins.as(worker.id())))
			.hasStatus(404);
		assertThat(audit(worker, client, "VOID", "Goal")).isEqualTo(1);
	}

	@Test
	void aMomentOfRecoveryIsRecordedAsItHappensButNotInTheFuture() {
		TestUser worker = testUsers.enrolled(Role.PEER_EXPERT);
		TestClient client = clients.aClientOf(worker, Part.PEER_EXPERT);
		String moments = "/clients/" + client.id() + "/plan/moments";
		assertThat(post(worker, moments).param("happenedOn", TODAY.plusDays(3).toString())
			.param("description", "Zelf gebeld")
			.param("domain", "")).hasStatusOk()
			.bodyText()
			.contains("Een herstelmoment is al gebeurd", "Zelf gebeld");
		assertThat(post(worker, moments).param("happenedOn", "").param("description", "").param("domain", "NOPE"))
			.hasStatusOk()
			.bodyText()
			.containsSubsequence("Schrijf op wat er gebeurde.", "Vul in wanneer het was.",
					"Kies een levensgebied uit de lijst.");
		assertThat(post(worker, moments).param("happenedOn", TODAY.toString())
			.param("description", "Zelf de huisarts gebeld")
			.param("domain", "PHYSICAL_HEALTH")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/clients/" + client.id() + "/plan").with(logins.as(worker.id()))).bodyText()
			.contains("Herstelmomenten", "Zelf de huisarts gebeld", "Je lichaam en gezondheid", dutch(TODAY));
		assertThat(audit(worker, client, "CREATE", "RecoveryMoment")).isEqualTo(1);
	}

	@Test
	void someoneWithoutAReasonIsRefusedAndTheRefusalIsLogged() {
		TestUser worker = testUsers.enrolled(Role.PEER_EXPERT);
		TestClient client = clients.aClientOf(worker, Part.PEER_EXPERT);
		TestUser stranger = testUsers.enrolled(Role.KWARTIERMAKER);
		TestClient otherClient = clients.aClientOf(worker, Part.PEER_EXPERT);
		TestUser otherClientsAccount = linkedAccount(otherClient);

		assertThat(mvc.get().uri("/clients/" + client.id() + "/plan").with(logins.as(stranger.id()))).hasStatus(403);
		assertThat(post(stranger, "/clients/" + client.id() + "/plan/goals").param("domain", "HOUSING")
			.param("description", "Niet van mij")
			.param("status", "NOT_STARTED")).hasStatus(403);
		assertThat(mvc.get().uri("/clients/" + client.id() + "/plan").with(logins.as(otherClientsAccount.id())))
			.hasStatus(403);
		assertThat(jdbc.sql("SELECT count(*) FROM goal WHERE client_id = ?").param(client.id()).query(Integer.class).single())
			.isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE user_id = ? AND client_id = ? AND action = 'ACCESS_REFUSED'")
			.params(stranger.id(), client.id())
			.query(Integer.class)
			.single()).isEqualTo(2);
		assertThat(mvc.get().uri("/mijn-plan").with(logins.as(stranger.id()))).hasStatus(403);
		assertThat(mvc.get().uri("/mijn-plan").with(logins.as(testUsers.create(Role.CLIENT, null, false).id())))
			.hasStatusOk()
			.bodyText()
			.contains("Je account is nog niet gekoppeld aan jouw gegevens");
	}

	@Test
	void theDossierLinksToThePlanAndTheClientHasItInHisMenu() {
		TestUser worker = testUsers.enrolled(Role.PEER_EXPERT);
		TestClient client = clients.aClientOf(worker, Part.PEER_EXPERT);
		TestUser account = linkedAccount(client);
		assertThat(mvc.get().uri("/clients/" + client.id()).with(logins.as(worker.id()))).bodyText().contains("Plan");
		assertThat(mvc.get().uri("/clients/" + client.id()).with(logins.as(worker.id()))).body()
			.asString()
			.contains("/clients/" + client.id() + "/plan");
		assertThat(mvc.get().uri("/").with(logins.as(account.id()))).body().asString().contains("href=\"/mijn-plan\"");
	}

	private TestUser linkedAccount(TestClient client) {
		TestUser account = testUsers.create(Role.CLIENT, null, false);
		jdbc.sql("UPDATE client SET account_id = ? WHERE id = ?").params(account.id(), client.id()).update();
		return account;
	}

	private void addGoal(TestUser worker, TestClient client, String description) {
		assertThat(post(worker, "/clients/" + client.id() + "/plan/goals").param("domain", "DAILY_ACTIVITIES")
			.param("description", description)
			.param("status", "NOT_STARTED")).hasStatus3xxRedirection();
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResultAssert change(TestUser user, TestClient client, UUID goal, String description,
			String version) {
		return assertThat(post(user, "/clients/" + client.id() + "/plan/goals/" + goal).param("domain", "DAILY_ACTIVITIES")
			.param("description", description)
			.param("status", "WORKING_ON_IT")
			.param("version", version));
	}

	private MockMvcRequestBuilder post(TestUser user, String uri) {
		return mvc.post().uri(uri).with(csrf()).with(logins.as(user.id()));
	}

	private UUID goalOf(TestClient client) {
		return jdbc.sql("SELECT id FROM goal WHERE client_id = ?").param(client.id()).query(UUID.class).single();
	}

	private String description(UUID goal) {
		return jdbc.sql("SELECT description FROM goal WHERE id = ?").param(goal).query(String.class).single();
	}

	private int audit(TestUser user, TestClient client, String action, String objectType) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE user_id = ? AND client_id = ? AND action = ? AND object_type = ?")
			.params(user.id(), client.id(), action, objectType)
			.query(Integer.class)
			.single();
	}

	private static String dutch(LocalDate date) {
		return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl")));
	}
}
