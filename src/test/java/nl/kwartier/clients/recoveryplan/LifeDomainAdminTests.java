package nl.kwartier.clients.recoveryplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Set;
import java.util.UUID;
import nl.kwartier.identity.AccountProvisioning;
import nl.kwartier.identity.Role;
import nl.kwartier.identity.login.TestLogins;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;
import nl.kwartier.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

@WebTest
class LifeDomainAdminTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestLogins logins;

	@Autowired
	AccountProvisioning accounts;

	@Autowired
	LifeDomains domains;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorRenamesHidesAndAddsAndTheChoosableDomainsFollow() {
		TestUser admin = adminOfOwnOrganisation();
		assertThat(mvc.get().uri("/admin/life-domains").with(logins.as(admin.id()))).hasStatusOk()
			.bodyText()
			.contains("Levensgebieden van je organisatie", "Wonen", "Naam van Kwartier: Alcohol, drugs en gokken");

		assertThat(post(admin, "/admin/life-domains/HOUSING").param("nameNl", "Een dak boven je hoofd")
			.param("nameEn", "A roof over your head")
			.param("version", "")).hasStatus3xxRedirection();
		assertThat(post(admin, "/admin/life-domains/ADDICTION").param("nameNl", "")
			.param("nameEn", "")
			.param("hidden", "true")
			.param("version", "")).hasStatus3xxRedirection();
		assertThat(post(admin, "/admin/life-domains").param("newNameNl", "Huisdieren en tuin")
			.param("newNameEn", "")).hasStatus3xxRedirection();

		assertThat(domains.choosable(admin.organisationId())).extracting(LifeDomain::code)
			.contains("HOUSING", "MONEY", "HUISDIEREN_EN_TUIN")
			.doesNotContain("ADDICTION");
		assertThat(domains.names(admin.organisationId(), java.util.Locale.forLanguageTag("en")))
			.containsEntry("HOUSING", "A roof over your head")
			.containsEntry("HUISDIEREN_EN_TUIN", "Huisdieren en tuin");
		assertThat(mvc.get().uri("/admin/life-domains").with(logins.as(admin.id()))).hasStatusOk()
			.bodyText()
			.contains("Een dak boven je hoofd", "Naam van Kwartier: Wonen", "Huisdieren en tuin", "Verborgen");

		assertThat(post(admin, "/admin/life-domains/ADDICTION").param("nameNl", "")
			.param("version", "0")).hasStatus3xxRedirection();
		assertThat(domains.choosable(admin.organisationId())).extracting(LifeDomain::code).contains("ADDICTION");
		assertThat(jdbc.sql("""
				SELECT count(*) FROM audit_entry a JOIN life_domain d ON d.id::text = a.object_id
				WHERE a.object_type = 'LifeDomain' AND a.action = 'ADMINISTRATION' AND a.user_id = ?
				""").param(admin.id()).query(Integer.class).single()).isEqualTo(4);
	}

	@Test
	void anotherOrganisationKeepsItsOwnDomains() {
		TestUser admin = adminOfOwnOrganisation();
		TestUser other = adminOfOwnOrganisation();
		post(admin, "/admin/life-domains/MONEY").param("nameNl", "Rondkomen").param("hidden", "true")
			.param("version", "")
			.exchange();
		assertThat(domains.choosable(admin.organisationId())).extracting(LifeDomain::code).doesNotContain("MONEY");
		assertThat(domains.choosable(other.organisationId())).extracting(LifeDomain::code).contains("MONEY");
		assertThat(mvc.get().uri("/admin/life-domains").with(logins.as(other.id()))).hasStatusOk()
			.bodyText()
			.doesNotContain("Rondkomen");
	}

	@Test
	void badInputGivesMessagesAndKeepsWhatWasTyped() {
		TestUser admin = adminOfOwnOrganisation();
		assertThat(post(admin, "/admin/life-domains").param("newNameNl", "  ").param("newNameEn", "Only English"))
			.hasStatusOk()
			.bodyText()
			.contains("Er is een probleem", "Vul een naam in het Nederlands in.", "value=\"Only English\"");
		assertThat(post(admin, "/admin/life-domains").param("newNameNl", "Geld")).hasStatusOk()
			.bodyText()
			.contains("Er is al een levensgebied met deze naam.");
		assertThat(post(admin, "/admin/life-domains/HOUSING").param("nameNl", "x".repeat(101))
			.param("nameEn", "Housing <too>")
			.param("version", "")).hasStatusOk()
			.bodyText()
			.contains("Deze naam is te lang.", "Housing &lt;too&gt;");
		assertThat(post(admin, "/admin/life-domains/HOUSING").param("nameEn", "Only English").param("version", ""))
			.hasStatusOk()
			.bodyText()
			.contains("Vul een naam in het Nederlands in.");
		assertThat(post(admin, "/admin/life-domains/NO_SUCH_DOMAIN").param("nameNl", "Iets")).hasStatus(404);
		assertThat(jdbc.sql("SELECT count(*) FROM life_domain WHERE organisation_id = ?")
			.param(admin.organisationId())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aStaleSaveIsRefusedWithAMessage() {
		TestUser admin = adminOfOwnOrganisation();
		assertThat(post(admin, "/admin/life-domains/MEANING").param("nameNl", "Waar je voor leeft")
			.param("version", "")).hasStatus3xxRedirection();
		assertThat(post(admin, "/admin/life-domains/MEANING").param("nameNl", "Zingeving").param("version", "0"))
			.hasStatus3xxRedirection();
		assertThat(post(admin, "/admin/life-domains/MEANING").param("nameNl", "Wat je drijft").param("version", "0"))
			.hasStatusOk()
			.bodyText()
			.contains("Iemand anders heeft dit levensgebied net veranderd", "value=\"Wat je drijft\"");
		assertThat(post(admin, "/admin/life-domains/MEANING").param("nameNl", "Nog een keer").param("version", ""))
			.hasStatusOk()
			.bodyText()
			.contains("Iemand anders heeft dit levensgebied net veranderd");
		assertThat(domains.names(admin.organisationId(), java.util.Locale.forLanguageTag("nl")))
			.containsEntry("MEANING", "Zingeving");
	}

	@Test
	void onlyAnAdministratorMayAdaptTheDomains() {
		for (Role role : new Role[] { Role.COORDINATOR, Role.KWARTIERMAKER }) {
			TestUser user = testUsers.enrolled(role);
			assertThat(mvc.get().uri("/admin/life-domains").with(logins.as(user.id()))).hasStatus(403);
			assertThat(post(user, "/admin/life-domains").param("newNameNl", "Verboden gebied")).hasStatus(403);
		}
		TestUser admin = testUsers.enrolled(Role.ADMINISTRATOR);
		assertThat(mvc.get().uri("/admin/life-domains").with(logins.as(admin.id()))).hasStatusOk();
	}

	private TestUser adminOfOwnOrganisation() {
		String name = "domeinen-" + UUID.randomUUID();
		UUID organisation = accounts.createOrganisation("Organisatie " + name);
		UUID id = accounts.createUser(organisation, null, name, "Beheerder Domeinen", TestUsers.PASSWORD,
				Set.of(Role.ADMINISTRATOR), false, TestUsers.TOTP_SECRET, false);
		return new TestUser(id, organisation, name, TestUsers.PASSWORD, TestUsers.TOTP_SECRET);
	}

	private MockMvcRequestBuilder post(TestUser user, String uri) {
		return mvc.post().uri(uri).with(logins.as(user.id())).with(csrf());
	}
}
