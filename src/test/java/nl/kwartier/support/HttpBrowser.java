package nl.kwartier.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * A browser against the real server on its port, for what only the servlet container does
 * (error pages): it asks for HTML, keeps its cookies and does not follow redirects. Forms
 * send the CSRF token of the page they were taken from.
 */
public final class HttpBrowser {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	private final CookieJar cookies = new CookieJar();

	public HttpBrowser(int port) {
		this.base = "http://localhost:" + port;
	}

	public HttpBrowser withCookie(String name, String value) {
		cookies.put(name, value);
		return this;
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	/** Fills in and submits the first form of the page at formPage, which posts to action. */
	public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
		String token = Jsoup.parse(get(formPage).body()).select("form input[name=_csrf]").val();
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", token);
		String body = CookieJar.formEncoded(List.copyOf(form.entrySet()));
		return send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public HttpResponse<String> logIn(String username, String password) {
		return submit("/login", "/login", Map.of("username", username, "password", password));
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
		return cookies.addTo(request);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return cookies.keep(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
