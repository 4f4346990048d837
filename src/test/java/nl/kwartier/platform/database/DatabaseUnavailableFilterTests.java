package nl.kwartier.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.sql.SQLException;
import nl.kwartier.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** When the database cannot be reached, every page answers "temporarily unavailable" in the user's language. */
@WebTest
class DatabaseUnavailableFilterTests {

	@Autowired
	@Qualifier("thymeleafViewResolver")
	ViewResolver views;

	@Autowired
	LocaleResolver locales;

	@Test
	void whileTheDatabaseIsKnownDownEveryPageAnswersAtOnceInDutch() throws Exception {
		MockHttpServletResponse response = send(new DatabaseUnavailableFilter(() -> true, views, locales),
				new MockHttpServletRequest("GET", "/clients"), failing());

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("10");
		assertThat(response.getContentAsString()).contains("<title>Tijdelijk niet beschikbaar - Kwartier</title>")
			.contains("Wat je eerder hebt opgeslagen, blijft bewaard")
			.contains("class=\"site-header\"");
	}

	@Test
	void theHealthEndpointsReportForThemselves() throws Exception {
		MockHttpServletResponse response = send(new DatabaseUnavailableFilter(() -> true, views, locales),
				new MockHttpServletRequest("GET", "/actuator/health"), new MockFilterChain());

		assertThat(response.getStatus()).isEqualTo(200);
	}

	@Test
	void aRequestThatCannotReachTheDatabaseGetsThePageInEnglishEvenWhenSecurityHadStartedOnIt() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/clients/x/contacts");
		request.setCookies(new Cookie("KWARTIER_LANGUAGE", "en"));
		HttpServlet failsAfterSecurity = new HttpServlet() {
			@Override
			protected void service(HttpServletRequest req, HttpServletResponse resp) {
				// the CSRF token lives in the session, which lives in the database
				req.setAttribute(CsrfToken.class.getName(), new CsrfToken() {
					@Override
					public String getHeaderName() {
						return "X-CSRF-TOKEN";
					}

					@Override
					public String getParameterName() {
						return "_csrf";
					}

					@Override
					public String getToken() {
						throw new CannotGetJdbcConnectionException("session store unreachable",
								new SQLException("down", "08001"));
					}
				});
				throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
						new SQLException("Connection refused", "08001"));
			}
		};

		MockHttpServletResponse response = send(new DatabaseUnavailableFilter(() -> false, views, locales), request,
				new MockFilterChain(failsAfterSecurity));

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentAsString()).contains("<title>Temporarily unavailable - Kwartier</title>")
			.contains("What you saved before is kept safe");
	}

	@Test
	void otherFailuresAreNotMistakenForAnUnreachableDatabase() {
		assertThat(DatabaseUnavailableFilter.causedByUnreachableDatabase(new IllegalStateException("bug"))).isFalse();
		assertThat(DatabaseUnavailableFilter.causedByUnreachableDatabase(
				new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
		assertThat(DatabaseUnavailableFilter.causedByUnreachableDatabase(
				new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01"))))
			.isTrue();
	}

	private static MockFilterChain failing() {
		return new MockFilterChain(new HttpServlet() {
			@Override
			protected void service(HttpServletRequest req, HttpServletResponse resp) {
				throw new AssertionError("must not reach the application");
			}
		});
	}

	private static MockHttpServletResponse send(DatabaseUnavailableFilter filter, MockHttpServletRequest request,
			MockFilterChain chain) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, chain);
		return response;
	}
}
