package nl.kwartier.platform.web.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.kwartier.clients.assignment.Assignments.Part;
import nl.kwartier.identity.Role;
import nl.kwartier.identity.login.Totp;
import nl.kwartier.support.ClientFixture;
import nl.kwartier.support.ClientFixture.TestClient;
import nl.kwartier.support.FormBrowser;
import nl.kwartier.support.FormBrowser.Form;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;
import nl.kwartier.support.WebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A form sent twice (a double click, a retry after a slow answer, back and resubmit) saves once
 * and shows the first result; against the real server, with real sessions in the database.
 */
@WebTest
class OneClickOneRecordTests {

	@LocalServerPort
	int port;

	@Autowired
	TestUsers testUsers;

	@Autowired
	ClientFixture clients;

	@Autowired
	Totp totp;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SubmissionKeys keys;

	TestUser peerExpert;

	TestClient client;

	FormBrowser browser;

	String today;

	@BeforeEach
	void aSignedInPeerExpertWithAClient() {
		peerExpert = testUsers.enrolled(Role.PEER_EXPERT);
		client = clients.aClientOf(peerExpert, Part.PEER_EXPERT);
		browser = signedIn(peerExpert);
		today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
	}

	@Test
	void everyFormThatCreatesSomethingCarriesAFreshSubmissionKey() {
		String c = "/clients/" + client.id();
		List<String> pages = new ArrayList<>(List.of(c + "/contacts/new", c + "/plan/goals/new", c + "/plan/moments/new",
				c + "/measurements/new", c + "/support-level", c + "/bring-in", c + "/close"));
		browser.get("/clients/registrations/new");
		pages.addAll(List.of("/clients/registrations/draft/registrant", "/clients/registrations/draft/person",
				"/clients/registrations/draft/question"));
		for (String page : pages) {
			assertEveryPostingFormCarriesAKey(browser, page);
		}
		FormBrowser admin = signedIn(testUsers.enrolled(Role.ADMINISTRATOR));
		for (String page : List.of("/admin/users/new", "/admin/teams", "/admin/life-domains", "/admin/instruments")) {
			assertEveryPostingFormCarriesAKey(admin, page);
		}
		String first = browser.form(c + "/contacts/new", c + "/contacts").value(SubmissionKey.FIELD);
		String second = browser.form(c + "/contacts/new", c + "/contacts").value(SubmissionKey.FIELD);
		assertThat(first).isNotEqualTo(second);
	}

	/** The key comes with th:action; a posting form written without it would go without a key. */
	@Test
	void everyPostingFormInTheTemplatesGetsItsKeyThroughThAction() throws IOException {
		Path templates = Path.of("src/main/resources/templates");
		List<String> withoutKey = new ArrayList<>();
		try (Stream<Path> files = Files.walk(templates)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				for (Element form : Jsoup.parse(Files.readString(file)).select("form")) {
					boolean posting = !form.attr("method").isBlank() && !"get".equalsIgnoreCase(form.attr("method"));
					if (posting && !form.hasAttr("th:action")) {
						withoutKey.add(templates.relativize(file) + ": " + form.attr("action"));
					}
				}
			}
		}
		assertThat(withoutKey).isEmpty();
	}

	@Test
	void aContactSentTwiceInARowIsSavedOnceAndBothGoToTheTimeline() {
		Form contact = contactForm("Twee keer verstuurd");
		HttpResponse<String> first = browser.send(contact);
		HttpResponse<String> second = browser.send(contact);
		assertThat(first.statusCode()).isEqualTo(302);
		assertThat(second.statusCode()).isEqualTo(302);
		assertThat(FormBrowser.location(second)).isEqualTo(FormBrowser.location(first))
			.endsWith("/clients/" + client.id() + "/contacts");
		assertThat(contacts("Twee keer verstuurd")).isEqualTo(1);
	}

	@Test
	void aContactSentManyTimesAtOnceIsSavedOnce() throws Exception {
		Form contact = contactForm("Dubbelklik");
		List<HttpResponse<String>> answers = atOnce(6, () -> browser.send(contact));
		assertThat(answers).allSatisfy(answer -> {
			assertThat(answer.statusCode()).isEqualTo(302);
			assertThat(FormBrowser.location(answer)).endsWith("/clients/" + client.id() + "/contacts");
		});
		assertThat(contacts("Dubbelklik")).isEqualTo(1);
	}

	@Test
	void theRepeatShowsTheSameNoticeAsTheFirst() {
		Form contact = contactForm("Terug en opnieuw");
		HttpResponse<String> first = browser.send(contact);
		assertThat(browser.get(FormBrowser.location(first)).body()).contains("Het contact is opgeslagen");
		HttpResponse<String> again = browser.send(contact);
		assertThat(FormBrowser.location(again)).isEqualTo(FormBrowser.location(first));
		String page = browser.get(FormBrowser.location(again)).body();
		assertThat(page).contains("Het contact is opgeslagen");
		assertThat(page.indexOf("Het contact is opgeslagen")).isEqualTo(page.lastIndexOf("Het contact is opgeslagen"));
		assertThat(contacts("Terug en opnieuw")).isEqualTo(1);
	}

	@Test
	void aFormThatCameBackWithErrorsCanBeSentAgainCorrectedWithTheSameKey() {
		Form contact = contactForm("Eerst fout");
		assertThat(browser.send(contact.with("date", "")).statusCode()).isEqualTo(200);
		assertThat(browser.send(contact).statusCode()).isEqualTo(302);
		assertThat(contacts("Eerst fout")).isEqualTo(1);
	}

	/** The browser's back button can bring a form back with its old key; what is changed in it is new. */
	@Test
	void aFormBroughtBackWithItsOldKeyAndChangedIsSavedAsSentNotAnsweredWithTheOldResult() {
		Form contact = contactForm("Eerste versie");
		assertThat(browser.send(contact).statusCode()).isEqualTo(302);
		assertThat(browser.send(contact.with("note", "Tweede versie " + UUID.randomUUID())).statusCode())
			.isEqualTo(302);
		assertThat(contacts("Eerste versie")).isEqualTo(1);
		assertThat(contacts("Tweede versie")).isEqualTo(1);
	}

	@Test
	void aGoalSentTwiceInARowAndManyTimesAtOnceIsSavedOnceEachTime() throws Exception {
		String action = "/clients/" + client.id() + "/plan/goals";
		Form goal = browser.form("/clients/" + client.id() + "/plan/goals/new", action)
			.with("domain", "MONEY")
			.with("description", "Post zelf openmaken")
			.with("status", "WORKING_ON_IT");
		assertThat(browser.send(goal).statusCode()).isEqualTo(302);
		assertThat(browser.send(goal).statusCode()).isEqualTo(302);
		assertThat(goals("Post zelf openmaken")).isEqualTo(1);

		Form another = browser.form("/clients/" + client.id() + "/plan/goals/new", action)
			.with("domain", "HOUSING")
			.with("description", "Een eigen kamer")
			.with("status", "NOT_STARTED");
		assertThat(atOnce(6, () -> browser.send(another))).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(302));
		assertThat(goals("Een eigen kamer")).isEqualTo(1);
	}

	@Test
	void aRegistrationSentTwiceInARowMakesOneClientWithOneWaitingRegistration() {
		String family = filledInRegistration();
		Form save = browser.form("/clients/registrations/draft/check", "/clients/registrations/draft/save");
		HttpResponse<String> first = browser.send(save);
		HttpResponse<String> second = browser.send(save);
		assertThat(FormBrowser.location(first)).endsWith("/clients/registrations/saved");
		assertThat(FormBrowser.location(second)).isEqualTo(FormBrowser.location(first));
		assertOneClientWithOneWaitingRegistration(family);
	}

	@Test
	void aRegistrationSentManyTimesAtOnceMakesOneClientWithOneWaitingRegistration() throws Exception {
		String family = filledInRegistration();
		Form save = browser.form("/clients/registrations/draft/check", "/clients/registrations/draft/save");
		assertThat(atOnce(6, () -> browser.send(save))).allSatisfy(answer -> assertThat(FormBrowser.location(answer))
			.endsWith("/clients/registrations/saved"));
		assertOneClientWithOneWaitingRegistration(family);
	}

	@Test
	void aPostWithoutAKeyOrWithSomethingElseAsKeyIsHandledAsBefore() {
		Form contact = contactForm("Zonder sleutel");
		assertThat(browser.send(contact.with(SubmissionKey.FIELD)).statusCode()).isEqualTo(302);
		assertThat(browser.send(contact.with(SubmissionKey.FIELD, "niet-een-sleutel")).statusCode()).isEqualTo(302);
		assertThat(contacts("Zonder sleutel")).isEqualTo(2);
	}

	@Test
	void oldKeysAreForgotten() {
		UUID key = UUID.randomUUID();
		SubmissionKeys.Claim claim = new SubmissionKeys.Claim("test:" + key, key, "0".repeat(64));
		assertThat(keys.claim(claim)).isTrue();
		jdbc.sql("UPDATE submission_key SET claimed_at = now() - interval '2 days' WHERE submission_key = ?")
			.param(key)
			.update();
		assertThat(keys.purgeOlderThan(SubmissionKeys.KEPT)).isPositive();
		assertThat(keys.find(claim)).isEmpty();
	}

	private Form contactForm(String note) {
		String action = "/clients/" + client.id() + "/contacts";
		return browser.form(action + "/new", action)
			.with("type", "HOME_VISIT")
			.with("date", today)
			.with("duration", "60")
			.with("participants", peerExpert.id().toString())
			.with("note", note + " " + UUID.randomUUID());
	}

	private int contacts(String note) {
		return jdbc.sql("SELECT count(*) FROM contact WHERE client_id = ? AND note LIKE ?")
			.params(client.id(), note + " %")
			.query(Integer.class)
			.single();
	}

	private int goals(String description) {
		return jdbc.sql("SELECT count(*) FROM goal WHERE client_id = ? AND description = ?")
			.params(client.id(), description)
			.query(Integer.class)
			.single();
	}

	private String filledInRegistration() {
		String family = "Dubbel" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
		browser.get("/clients/registrations/new");
		String base = "/clients/registrations/draft/";
		assertThat(browser.send(browser.form(base + "registrant", base + "registrant")
			.with("source", "GP")
			.with("registeredOn", today)).statusCode()).isEqualTo(302);
		assertThat(browser.send(browser.form(base + "person", base + "person")
			.with("givenName", "Anna")
			.with("familyName", family)
			.with("dateOfBirth", "1980-03-15")
			.with("postcode", "5625 AB")
			.with("languages", "nl")).statusCode()).isEqualTo(302);
		assertThat(browser.send(browser.form(base + "question", base + "question")
			.with("ownQuestion", "Ik krijg mijn post niet meer open.")
			.with("problemAreas", "POVERTY")
			.with("strugglesWithLimits", "NO")
			.with("practicalQuestion", "YES")).statusCode()).isEqualTo(302);
		return family;
	}

	private void assertOneClientWithOneWaitingRegistration(String family) {
		assertThat(jdbc.sql("""
				SELECT count(DISTINCT c.id) || ' ' || count(r.id) FROM client c JOIN registration r ON r.client_id = c.id
				WHERE c.family_name = ? AND r.status = 'WAITING'
				""").param(family).query(String.class).single()).isEqualTo("1 1");
		assertThat(jdbc.sql("SELECT count(*) FROM client WHERE family_name = ?").param(family).query(Integer.class).single())
			.isEqualTo(1);
	}

	private void assertEveryPostingFormCarriesAKey(FormBrowser as, String page) {
		HttpResponse<String> response = as.get(page);
		assertThat(response.statusCode()).as(page).isEqualTo(200);
		List<Element> forms = Jsoup.parse(response.body())
			.select("main form[method=post]");
		assertThat(forms).as(page).isNotEmpty();
		for (Element form : forms) {
			assertThat(SubmissionKey.parse(form.select("input[type=hidden][name=" + SubmissionKey.FIELD + "]").val()))
				.as(page + " " + form.attr("action"))
				.isNotNull();
		}
	}

	private FormBrowser signedIn(TestUser user) {
		return new FormBrowser(port).signIn(user.username(), user.password(), () -> totp.currentCode(user.totpSecret()));
	}

	/** Sends the same thing from several threads that start at the same moment. */
	static <T> List<T> atOnce(int times, Supplier<T> send) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService threads = Executors.newFixedThreadPool(times)) {
			List<Future<T>> answers = new ArrayList<>();
			for (int i = 0; i < times; i++) {
				answers.add(threads.submit(() -> {
					start.await();
					return send.get();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> answer : answers) {
				results.add(answer.get(Duration.ofSeconds(60).toSeconds(), java.util.concurrent.TimeUnit.SECONDS));
			}
			return results;
		}
	}
}
