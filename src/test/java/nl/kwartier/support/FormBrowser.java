package nl.kwartier.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A browser against the real server (real sessions in the database, real filters) that takes a
 * form from its page with every hidden field it carries, and can send the same filled-in form
 * more than once, also from several threads at the same moment, as a double click does.
 */
public final class FormBrowser {

	/** A form as the page gave it: where it posts and its fields, in order. */
	public record Form(String action, List<Map.Entry<String, String>> fields) {

		public Form with(String name, String... values) {
			List<Map.Entry<String, String>> more = new ArrayList<>(fields);
			more.removeIf(field -> field.getKey().equals(name));
			for (String value : values) {
				more.add(Map.entry(name, value));
			}
			return new Form(action, more);
		}

		public String value(String name) {
			return fields.stream().filter(f -> f.getKey().equals(name)).map(Map.Entry::getValue).findFirst().orElse(null);
		}
	}

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	private final CookieJar cookies = new CookieJar();

	public FormBrowser(int port) {
		this.base = "http://localhost:" + port;
		cookies.put("KWARTIER_LANGUAGE", "nl");
	}

	/** Signs in with password and the code of the authenticator app. */
	public FormBrowser signIn(String username, String password, Supplier<String> code) {
		enterPassword(username, password);
		HttpResponse<String> second = send(form("/login/code", "/login/code").with("code", code.get()));
		if (second.statusCode() != 302) {
			throw new IllegalStateException("code step failed: " + second.statusCode());
		}
		return this;
	}

	/** The first step of a login; the browser stands at the code step. */
	public FormBrowser enterPassword(String username, String password) {
		HttpResponse<String> login = send(form("/login", "/login").with("username", username)
			.with("password", password));
		if (!"/login/code".equals(location(login))) {
			throw new IllegalStateException("password step failed: " + login.statusCode() + " " + location(login));
		}
		return this;
	}

	public HttpResponse<String> get(String path) {
		return exchange(request(path).GET());
	}

	/** The form on the page that posts to action, as the page renders it now. */
	public Form form(String page, String action) {
		HttpResponse<String> response = get(page);
		Element form = Jsoup.parse(response.body())
			.select("form[method=post]")
			.stream()
			.filter(f -> f.attr("action").equals(action))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no form posting to " + action + " on " + page + " ("
					+ response.statusCode() + ")"));
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		for (Element input : form.select("input[type=hidden]")) {
			fields.add(Map.entry(input.attr("name"), input.attr("value")));
		}
		return new Form(action, fields);
	}

	public HttpResponse<String> send(Form form) {
		String body = CookieJar.formEncoded(form.fields());
		return exchange(request(form.action()).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Where a redirect leads, as a path on this site. */
	public static String location(HttpResponse<?> response) {
		return response.headers()
			.firstValue("Location")
			.map(location -> location.replaceFirst("^https?://[^/]+", ""))
			.orElse(null);
	}

	private HttpRequest.Builder request(String path) {
		return cookies.addTo(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html"));
	}

	private HttpResponse<String> exchange(HttpRequest.Builder request) {
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
