package nl.kwartier.platform;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kwartier.identity.Role;
import nl.kwartier.identity.login.TestLogins;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.WebTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebTest
class ActuatorTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestLogins logins;

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
	void healthIsOpenToLoadBalancersWithoutLogin(String path) {
		MvcTestResult health = mvc.get().uri(path).exchange();

		assertThat(health).hasStatusOk();
		assertThat(health).bodyText().contains("\"status\":\"UP\"");
	}

	@Test
	void healthShowsNoDetailsOfTheInstallation() {
		assertThat(mvc.get().uri("/actuator/health")).bodyText()
			.doesNotContain("components")
			.doesNotContain("postgres")
			.doesNotContain("diskSpace");
	}

	@Test
	void metricsAreForWhoMayViewThem() {
		var administrator = users.enrolled(Role.ADMINISTRATOR);

		MvcTestResult metrics = mvc.get().uri("/actuator/prometheus").with(logins.as(administrator.id())).exchange();

		assertThat(metrics).hasStatusOk();
		assertThat(metrics).bodyText().contains("jvm_memory_used_bytes");
	}

	@Test
	void metricsAreRefusedToAWorker() {
		var worker = users.enrolled(Role.KWARTIERMAKER);

		assertThat(mvc.get().uri("/actuator/prometheus").with(logins.as(worker.id())))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void metricsAskAnonymousVisitorsToLogIn() {
		assertThat(mvc.get().uri("/actuator/prometheus")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops",
			"/actuator/heapdump", "/actuator/loggers", "/actuator/metrics", "/actuator/mappings" })
	void otherEndpointsAreClosedEvenToAnAdministrator(String path) {
		var administrator = users.enrolled(Role.ADMINISTRATOR);

		assertThat(mvc.get().uri(path).with(logins.as(administrator.id()))).hasStatus(HttpStatus.FORBIDDEN);
	}
}
