package nl.kwartier.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.io.UnsupportedEncodingException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * One visitor's browser: it keeps the cookies Kwartier sets (the database session, the
 * language) from one request to the next, and its forms send the CSRF token.
 */
public final class Browser {

	private final MockMvcTester mvc;

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	private String address = "127.0.0.1";

	public Browser(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	/** Sends the following requests from this network address. */
	public Browser from(String address) {
		this.address = address;
		return this;
	}

	public Browser withCookie(String name, String value) {
		cookies.put(name, new Cookie(name, value));
		return this;
	}

	public Optional<String> cookie(String name) {
		return Optional.ofNullable(cookies.get(name)).map(Cookie::getValue);
	}

	public MvcTestResult get(String uri) {
		return send(mvc.get().uri(uri));
	}

	/** Submits a form with the name-value pairs, as the page's form would (with its CSRF token). */
	public MvcTestResult post(String uri, String... namesAndValues) {
		return send(form(mvc.post().uri(uri), namesAndValues).with(csrf()));
	}

	/** Submits a form without the CSRF token, as a form on another site would. */
	public MvcTestResult postWithoutToken(String uri, String... namesAndValues) {
		return send(form(mvc.post().uri(uri), namesAndValues));
	}

	/** The first step of a login: the password form. */
	public MvcTestResult logIn(String username, String password) {
		return post("/login", "username", username, "password", password);
	}

	/** The second step of a login: the code from the app, or a recovery code. */
	public MvcTestResult enterCode(String code) {
		return post("/login/code", "code", code);
	}

	public MvcTestResult logOut() {
		return post("/logout");
	}

	/** Goes where a redirect points. */
	public MvcTestResult follow(MvcTestResult redirect) {
		String location = redirect.getResponse().getRedirectedUrl();
		if (location == null) {
			throw new IllegalStateException("Not a redirect: " + redirect.getResponse().getStatus());
		}
		return get(location);
	}

	/** The response as an HTML document. */
	public static Document page(MvcTestResult result) {
		try {
			return Jsoup.parse(result.getResponse().getContentAsString());
		}
		catch (UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static MockMvcRequestBuilder form(MockMvcRequestBuilder request, String... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("Names and values come in pairs");
		}
		for (int i = 0; i < namesAndValues.length; i += 2) {
			request.param(namesAndValues[i], namesAndValues[i + 1]);
		}
		return request;
	}

	private MvcTestResult send(MockMvcRequestBuilder request) {
		MvcTestResult result = request.with(this::prepare).exchange();
		for (Cookie cookie : result.getResponse().getCookies()) {
			if (cookie.getMaxAge() == 0) {
				cookies.remove(cookie.getName());
			}
			else {
				cookies.put(cookie.getName(), cookie);
			}
		}
		return result;
	}

	private MockHttpServletRequest prepare(MockHttpServletRequest request) {
		request.setRemoteAddr(address);
		if (!cookies.isEmpty()) {
			request.setCookies(cookies.values().toArray(Cookie[]::new));
		}
		return request;
	}
}
