package nl.kwartier.support;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The cookies of one test visitor of the real server, kept as a browser keeps them (a cookie
 * that is emptied or expires is dropped), and the form encoding the test browsers send.
 * Safe to share between threads that post as the same visitor.
 */
public final class CookieJar {

	private final Map<String, String> cookies = new ConcurrentHashMap<>();

	public CookieJar put(String name, String value) {
		cookies.put(name, value);
		return this;
	}

	public void remove(String name) {
		cookies.remove(name);
	}

	public void clear() {
		cookies.clear();
	}

	public boolean isEmpty() {
		return cookies.isEmpty();
	}

	/** The value of the Cookie header. */
	public String header() {
		return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
	}

	/** Adds the Cookie header, when there is anything to send. */
	public HttpRequest.Builder addTo(HttpRequest.Builder request) {
		return cookies.isEmpty() ? request : request.header("Cookie", header());
	}

	/** Takes in the cookies the server set or removed with this response. */
	public <T> HttpResponse<T> keep(HttpResponse<T> response) {
		for (String header : response.headers().allValues("Set-Cookie")) {
			String pair = header.split(";", 2)[0];
			String name = pair.substring(0, pair.indexOf('='));
			String value = pair.substring(pair.indexOf('=') + 1);
			if (value.isEmpty() || header.toLowerCase(Locale.ROOT).contains("max-age=0")) {
				cookies.remove(name);
			}
			else {
				cookies.put(name, value);
			}
		}
		return response;
	}

	/** application/x-www-form-urlencoded, fields in the order given. */
	public static String formEncoded(List<? extends Map.Entry<String, String>> fields) {
		return fields.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}
}
