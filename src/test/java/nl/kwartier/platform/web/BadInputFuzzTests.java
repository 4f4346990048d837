package nl.kwartier.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.kwartier.clients.assignment.Assignments.Part;
import nl.kwartier.identity.Role;
import nl.kwartier.identity.login.Totp;
import nl.kwartier.support.ClientFixture;
import nl.kwartier.support.ClientFixture.TestClient;
import nl.kwartier.support.CookieJar;
import nl.kwartier.support.TestUsers;
import nl.kwartier.support.TestUsers.TestUser;
import nl.kwartier.support.WebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Sends malformed values to every form and every page of every role, generated from the routes
 * Spring knows (so a route added later is fuzzed too), through the real server, and fails on any
 * 5xx, stack trace, or error page that is not Kwartier's own. Each role signs in for real; path
 * variables get the ids of real records of that role's world and malformed ones; every field of a
 * form (its parameters, its form record, and the inputs of the page that shows it) gets each bad
 * value in turn, with the other fields as the page fills them. The values are chosen with a fixed
 * seed, so a failure repeats.
 */
@WebTest
class BadInputFuzzTests {

	private static final long SEED = 20261204L;

	/** Values nobody types, but anyone can send. */
	private static final List<String> BAD_VALUES = List.of("", "   ", "x".repeat(10_000), "\u0000", "a\u0000b",
			"\u0007\u001b[31m\r\n", "-5000-01-01", "0000-01-01", "+99999-12-31", "2026-02-30", "31-12-2026", "-1",
			"-2147483649", "99999999999999999999", "1e309", "NaN", "not-a-uuid", "00000000-0000-0000-0000-000000000000",
			"../../etc/passwd", "<script>alert(1)</script>", "' OR 1=1 --", "%zz", "\uD800", "🏠\u202E\uFEFF",
			"ＡＢＣ Ω≈ç√", "null", "[]", "{\"a\":\"\\u0000\"}");

	/** Path segments that are no id, or an id of nothing. */
	private static final List<String> BAD_SEGMENTS = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000",
			"-1", "99999999999999999999", "x".repeat(60), "%F0%9F%8F%A0", "%00", "..%2F..", "a%20b", "%zz");

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

	/** What a page may never show: another error page than Kwartier's, or a stack trace. */
	private static final List<String> FORBIDDEN = List.of("Whitelabel Error Page", "HTTP Status ", "Apache Tomcat",
			"Exception", "\tat org.", "\tat nl.", "at java.base/", "nl.kwartier.");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	TestUsers testUsers;

	@Autowired
	ClientFixture clientFixture;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Totp totp;

	private final Random random = new Random(SEED);

	private final List<String> failures = new ArrayList<>();

	private int sent;

	private int signIns;

	private int cursor = random.nextInt(BAD_VALUES.size());

	@Test
	void noMalformedValueOnAnyRouteOfAnyRoleGivesAServerErrorOrAForeignErrorPage() throws IOException {
		List<Route> routes = routes();
		assertThat(routes).as("routes found").hasSizeGreaterThan(40);
		World world = world();
		for (Role role : Role.values()) {
			Session session = world.sessions.get(role);
			Map<String, List<Map.Entry<String, String>>> forms = new LinkedHashMap<>();
			for (Route route : routes) {
				List<String> paths = concretePaths(route, world);
				for (int i = 0; i < paths.size(); i++) {
					if (route.methods.contains(RequestMethod.GET)) {
						HttpResponse<String> page = check(session, "GET", paths.get(i), List.of());
						collectForms(page, forms);
						if (i == 0 && page.statusCode() < 400) {
							fuzzQuery(session, route, paths.get(i));
						}
					}
				}
			}
			for (Route route : routes) {
				if (!route.methods.contains(RequestMethod.POST)) {
					continue;
				}
				List<String> paths = concretePaths(route, world);
				for (int i = 0; i < paths.size(); i++) {
					String path = paths.get(i);
					List<Map.Entry<String, String>> shown = forms.get(path);
					Set<String> names = new LinkedHashSet<>(route.fields);
					if (shown != null) {
						shown.forEach(field -> names.add(field.getKey()));
					}
					names.remove("_csrf");
					// Every field with bad values where this role has the form (the real path, and a page
					// showed it); elsewhere one round is enough to see the request is refused cleanly.
					boolean reachable = i == 0 && (shown != null || route.methods.contains(RequestMethod.GET)
							|| check(session, "POST", path, List.of()).statusCode() != 403);
					fuzzForm(session, path, shown == null ? List.of() : shown, names, reachable ? 5 : 0);
				}
			}
		}
		sent += urlLevelCases(routes, world);
		System.out.printf("Fuzz test of bad input: %d requests to %d routes as %d roles (seed %d, %d sign-ins)%n",
				sent, routes.size(), Role.values().length, SEED, signIns);
		assertThat(failures).as("responses that were a server error or showed technical details").isEmpty();
	}

	// ---- the routes, from Spring's own list --------------------------------------------------

	record Route(String pattern, Set<RequestMethod> methods, Set<String> fields) {
	}

	private List<Route> routes() {
		DefaultParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();
		Map<String, Route> byKey = new TreeMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			if (!handler.getBeanType().getPackageName().startsWith("nl.kwartier")) {
				continue;
			}
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			Set<RequestMethod> answered = methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST)
					: Set.copyOf(methods);
			Set<String> fields = new LinkedHashSet<>();
			for (MethodParameter parameter : handler.getMethodParameters()) {
				parameter.initParameterNameDiscovery(names);
				fields.addAll(fieldsOf(parameter));
			}
			for (String pattern : entry.getKey().getPatternValues()) {
				byKey.merge(pattern + " " + answered, new Route(pattern, answered, new LinkedHashSet<>(fields)), (a, b) -> {
					a.fields.addAll(b.fields);
					return a;
				});
			}
		}
		return List.copyOf(byKey.values());
	}

	/** The names a handler reads from the request: its parameters and the fields of its form record. */
	private static Set<String> fieldsOf(MethodParameter parameter) {
		Set<String> fields = new LinkedHashSet<>();
		Class<?> type = parameter.getParameterType();
		RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
		if (param != null) {
			if (!Map.class.isAssignableFrom(type)) {
				String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
				if (name != null) {
					fields.add(name);
				}
			}
			return fields;
		}
		if (parameter.hasParameterAnnotation(PathVariable.class) || BeanUtils.isSimpleProperty(type)
				|| type.getName().startsWith("org.springframework") || type.getName().startsWith("jakarta")
				|| type.getName().startsWith("java")) {
			return fields;
		}
		if (type.isRecord() || parameter.hasParameterAnnotation(ModelAttribute.class)) {
			if (type.isRecord()) {
				for (RecordComponent component : type.getRecordComponents()) {
					boolean list = Collection.class.isAssignableFrom(component.getType());
					fields.add(list ? component.getName() + "[0]" : component.getName());
					if (list) {
						fields.add(component.getName() + "[1]");
					}
				}
			}
			else {
				for (var property : BeanUtils.getPropertyDescriptors(type)) {
					if (property.getWriteMethod() != null) {
						fields.add(property.getName());
					}
				}
			}
		}
		return fields;
	}

	// ---- the world each role works in: real records for the path variables ------------------

	record World(Map<Role, TestUser> users, Map<Role, Session> sessions, TestClient client, Map<String, String> ids) {
	}

	private World world() {
		Map<Role, TestUser> users = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			users.put(role, testUsers.enrolled(role));
		}
		TestClient client = clientFixture.aClientOf(users.get(Role.PEER_EXPERT), Part.PEER_EXPERT);
		jdbc.sql("UPDATE client SET account_id = ? WHERE id = ?").params(users.get(Role.CLIENT).id(), client.id()).update();
		Map<Role, Session> sessions = new EnumMap<>(Role.class);
		users.forEach((role, user) -> sessions.put(role, new Session(user)));
		Map<String, String> ids = new LinkedHashMap<>();
		ids.put("client", client.id().toString());
		ids.put("user", testUsers.enrolled(Role.PEER_WORKER).id().toString());
		ids.put("worker", users.get(Role.PEER_EXPERT).id().toString());
		Session peerExpert = sessions.get(Role.PEER_EXPERT);

		peerExpert.post("/clients/" + client.id() + "/plan/goals",
				List.of(Map.entry("domain", "HOUSING"), Map.entry("description", "Een eigen plek"),
						Map.entry("status", "NOT_STARTED"), Map.entry("stepText[0]", "Bellen met Woonbron")));
		peerExpert.post("/clients/" + client.id() + "/contacts",
				List.of(Map.entry("type", "HOME_VISIT"), Map.entry("date", "2026-11-02"), Map.entry("duration", "60")));
		first("goal", "SELECT id::text FROM goal WHERE client_id = ?", client.id(), ids);
		first("contact", "SELECT id::text FROM contact WHERE client_id = ?", client.id(), ids);
		first("registration", "SELECT id::text FROM registration ORDER BY 1 LIMIT 1", null, ids);
		first("instrument", "SELECT id::text FROM instrument ORDER BY 1 LIMIT 1", null, ids);
		return new World(users, sessions, client, ids);
	}

	private void first(String name, String sql, Object parameter, Map<String, String> ids) {
		var query = jdbc.sql(sql);
		if (parameter != null) {
			query = query.param(parameter);
		}
		query.query(String.class).list().stream().findFirst().ifPresent(id -> ids.put(name, id));
	}

	/** The route with its variables filled: first with real ids, then with malformed values. */
	private List<String> concretePaths(Route route, World world) {
		List<String> variables = new ArrayList<>();
		Matcher matcher = VARIABLE.matcher(route.pattern);
		while (matcher.find()) {
			variables.add(matcher.group(1));
		}
		if (variables.isEmpty()) {
			return List.of(route.pattern);
		}
		List<String> paths = new ArrayList<>();
		paths.add(fill(route.pattern, variable -> realValue(route.pattern, variable, world)));
		int first = Math.floorMod(route.pattern.hashCode(), BAD_SEGMENTS.size());
		for (int i = 0; i < 2; i++) {
			String bad = BAD_SEGMENTS.get((first + i) % BAD_SEGMENTS.size());
			paths.add(fill(route.pattern, variable -> bad));
		}
		paths.add(fill(route.pattern, variable -> UUID.nameUUIDFromBytes(variable.getBytes()).toString()));
		return paths;
	}

	private static String realValue(String pattern, String variable, World world) {
		String name = variable.toLowerCase(Locale.ROOT);
		if (name.contains("goal")) {
			return world.ids.getOrDefault("goal", world.client.id().toString());
		}
		if (name.contains("contact")) {
			return world.ids.getOrDefault("contact", world.client.id().toString());
		}
		if (name.equals("userid")) {
			return world.ids.get("worker");
		}
		if (name.equals("action")) {
			return "deactivate";
		}
		if (name.equals("code")) {
			return "HOUSING";
		}
		if (pattern.startsWith("/admin/users")) {
			return world.ids.get("user");
		}
		if (pattern.startsWith("/admin/instruments")) {
			return world.ids.getOrDefault("instrument", world.client.id().toString());
		}
		if (pattern.startsWith("/clients/registrations")) {
			return world.ids.getOrDefault("registration", world.client.id().toString());
		}
		return world.client.id().toString();
	}

	private static String fill(String pattern, java.util.function.Function<String, String> value) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(path, Matcher.quoteReplacement(value.apply(matcher.group(1))));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	// ---- the requests ------------------------------------------------------------------------

	private void fuzzQuery(Session session, Route route, String path) {
		List<String> names = new ArrayList<>(route.fields);
		if (names.isEmpty()) {
			names.add("q");
		}
		for (String name : names) {
			check(session, "GET", path, List.of(Map.entry(name, next())));
			check(session, "GET", path, List.of(Map.entry(name, next())));
		}
		check(session, "GET", path,
				names.stream().flatMap(n -> java.util.stream.Stream.of(Map.entry(n, "1"), Map.entry(n, next()))).toList());
	}

	/**
	 * The form as the page fills it, then each field in turn with {@code perField} bad values (taken
	 * in turn from the list, so every value reaches some field of every form), missing, and twice.
	 * With {@code perField} 0 only the form itself and one field with a bad value.
	 */
	private void fuzzForm(Session session, String path, List<Map.Entry<String, String>> filled, Set<String> names,
			int perField) {
		List<Map.Entry<String, String>> base = new ArrayList<>(filled);
		for (String name : names) {
			if (base.stream().noneMatch(field -> field.getKey().equals(name))) {
				base.add(Map.entry(name, ""));
			}
		}
		check(session, "POST", path, base);
		if (perField == 0) {
			if (!names.isEmpty()) {
				check(session, "POST", path, replaced(base, names.iterator().next(), next()));
			}
			return;
		}
		for (String name : names) {
			for (int i = 0; i < perField; i++) {
				check(session, "POST", path, replaced(base, name, next()));
			}
			check(session, "POST", path, base.stream().filter(f -> !f.getKey().equals(name)).toList());
			List<Map.Entry<String, String>> twice = new ArrayList<>(base);
			twice.add(Map.entry(name, next()));
			check(session, "POST", path, twice);
		}
	}

	/** The next bad value: all of them in turn, from a place the seed chose. */
	private String next() {
		return BAD_VALUES.get(Math.floorMod(cursor++, BAD_VALUES.size()));
	}

	private static List<Map.Entry<String, String>> replaced(List<Map.Entry<String, String>> form, String name,
			String value) {
		return form.stream().map(f -> f.getKey().equals(name) ? Map.entry(name, value) : f).toList();
	}

	private HttpResponse<String> check(Session session, String method, String path, List<Map.Entry<String, String>> fields) {
		HttpResponse<String> response = method.equals("GET") ? session.get(path, fields) : session.post(path, fields);
		sent++;
		String what = session.user.username().replaceAll("-[0-9a-f]{8}-\\d+$", "") + " " + method + " " + path + " "
				+ abbreviated(fields);
		if (response.statusCode() >= 500) {
			failures.add(response.statusCode() + " " + what);
		}
		forbiddenIn(response.body()).ifPresent(text -> failures.add("shows '" + text + "': " + what));
		return response;
	}

	private static java.util.Optional<String> forbiddenIn(String body) {
		return FORBIDDEN.stream().filter(body::contains).findFirst();
	}

	private static String abbreviated(List<Map.Entry<String, String>> fields) {
		String text = fields.stream()
			.map(f -> f.getKey() + "=" + (f.getValue().length() > 20 ? f.getValue().substring(0, 20) + "…" : f.getValue()))
			.collect(Collectors.joining("&"));
		return text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}

	private static void collectForms(HttpResponse<String> page, Map<String, List<Map.Entry<String, String>>> forms) {
		if (page.statusCode() != 200 || !page.headers().firstValue("Content-Type").orElse("").contains("html")) {
			return;
		}
		Document document = Jsoup.parse(page.body());
		for (Element form : document.select("form[method=post]")) {
			String action = form.attr("action");
			if (action.isEmpty() || !action.startsWith("/")) {
				continue;
			}
			List<Map.Entry<String, String>> fields = new ArrayList<>();
			Set<String> radios = new LinkedHashSet<>();
			for (Element input : form.select("input[name], select[name], textarea[name]")) {
				String name = input.attr("name");
				String type = input.attr("type");
				if (type.equals("radio") || type.equals("checkbox")) {
					if (input.hasAttr("checked") || (type.equals("radio") && radios.add(name)
							&& form.select("input[name=" + cssEscape(name) + "][checked]").isEmpty())) {
						fields.add(Map.entry(name, input.attr("value")));
					}
				}
				else if (input.tagName().equals("select")) {
					Element option = input.selectFirst("option[selected]");
					option = option != null ? option : input.selectFirst("option");
					fields.add(Map.entry(name, option == null ? "" : option.attr("value")));
				}
				else if (input.tagName().equals("textarea")) {
					fields.add(Map.entry(name, input.text()));
				}
				else {
					fields.add(Map.entry(name, input.attr("value")));
				}
			}
			forms.putIfAbsent(URI.create(action).getPath(), fields);
		}
	}

	private static String cssEscape(String name) {
		return "\"" + name.replace("\"", "\\\"") + "\"";
	}

	// ---- the URL-level cases: what the container sees before Spring --------------------------

	private int urlLevelCases(List<Route> routes, World world) throws IOException {
		int count = 0;
		String manyParameters = IntStream.range(0, 1_100).mapToObj(i -> "p" + i + "=1").collect(Collectors.joining("&"));
		String tooLarge = "note=" + "x".repeat(2_200_000);
		String upload = "--grens\r\nContent-Disposition: form-data; name=\"definition\"; filename=\"a.json\"\r\n"
				+ "Content-Type: application/json\r\n\r\n{\"a\": \"\\u0000\"}\r\n--grens--\r\n";
		Session admin = world.sessions.get(Role.ADMINISTRATOR);
		for (Route route : routes) {
			String path = fill(route.pattern, variable -> realValue(route.pattern, variable, world));
			List<String> requests = new ArrayList<>();
			requests.add("GET " + path + "/%zz HTTP/1.1\r\n\r\n");
			requests.add("GET " + path + "?q=%zz&r=%C0%AE HTTP/1.1\r\n\r\n");
			requests.add("GET " + path + "/%C0%AE%00 HTTP/1.1\r\n\r\n");
			requests.add("GET " + path + ";a=b HTTP/1.1\r\n\r\n");
			requests.add("POST " + path + " HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
					+ "Content-Length: " + manyParameters.length() + "\r\n\r\n" + manyParameters);
			requests.add("POST " + path + " HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=grens\r\n"
					+ "Content-Length: " + upload.length() + "\r\n\r\n" + upload);
			requests.add("POST " + path + " HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
			requests.add("POST " + path + " HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
					+ "Content-Length: 9\r\n\r\nnote=%zz%");
			for (RequestMethod method : List.of(RequestMethod.PUT, RequestMethod.DELETE, RequestMethod.PATCH)) {
				requests.add(method + " " + path + " HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
			}
			if (route.methods.contains(RequestMethod.POST) && !route.methods.contains(RequestMethod.GET)) {
				requests.add("GET " + path + " HTTP/1.1\r\n\r\n");
			}
			for (String request : requests) {
				count++;
				rawCheck(admin, request);
			}
		}
		count++;
		rawCheck(admin, "POST /admin/instruments HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
				+ "Content-Length: " + tooLarge.length() + "\r\n\r\n" + tooLarge);
		return count;
	}

	private void rawCheck(Session session, String request) throws IOException {
		int headerEnd = request.indexOf("\r\n");
		String withHeaders = request.substring(0, headerEnd + 2) + "Host: localhost\r\nAccept: text/html\r\n"
				+ "Connection: close\r\nCookie: " + session.cookieHeader() + "\r\n" + request.substring(headerEnd + 2);
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			socket.getOutputStream().write(withHeaders.getBytes(StandardCharsets.UTF_8));
			socket.getOutputStream().flush();
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			String what = "raw " + request.substring(0, headerEnd);
			if (response.length() < 12) {
				failures.add("no answer: " + what);
				return;
			}
			int status = Integer.parseInt(response.substring(9, 12));
			String path = request.substring(request.indexOf(' ') + 1, request.indexOf(" HTTP/1.1"));
			if (status >= 500) {
				failures.add(status + " " + what);
			}
			forbiddenIn(response).ifPresent(text -> failures.add("shows '" + text + "': " + what));
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	// ---- a signed-in browser ----------------------------------------------------------------

	/** One role's browser against the real server, signed in with password and code. */
	private final class Session {

		private final HttpClient http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		private final CookieJar cookies = new CookieJar();

		private final TestUser user;

		private String token = "";

		Session(TestUser user) {
			this.user = user;
			signIn();
		}

		private void signIn() {
			signIns++;
			cookies.clear();
			token = tokenOf(send("GET", "/login", List.of(), false));
			send("POST", "/login", List.of(Map.entry("username", user.username()), Map.entry("password", user.password())),
					false);
			for (int attempt = 0; attempt < 3; attempt++) {
				HttpResponse<String> codePage = send("GET", "/login/code", List.of(), false);
				if (codePage.statusCode() == 200) {
					token = tokenOf(codePage);
					send("POST", "/login/code", List.of(Map.entry("code", totp.currentCode(user.totpSecret()))), false);
				}
				HttpResponse<String> home = send("GET", "/", List.of(), false);
				if (home.statusCode() == 200) {
					token = tokenOf(home);
					return;
				}
				// A code is used once: signing in again within the same 30 seconds waits for the next one.
				sleep(Duration.ofSeconds(31));
			}
			throw new IllegalStateException("Could not sign in as " + user.username());
		}

		String cookieHeader() {
			return cookies.header();
		}

		HttpResponse<String> get(String path, List<Map.Entry<String, String>> query) {
			return send("GET", path, query, true);
		}

		HttpResponse<String> post(String path, List<Map.Entry<String, String>> form) {
			return send("POST", path, form, true);
		}

		private HttpResponse<String> send(String method, String path, List<Map.Entry<String, String>> fields,
				boolean staySignedIn) {
			HttpResponse<String> response = once(method, path, fields);
			if (staySignedIn && signedOut(response)) {
				signIn();
				response = once(method, path, fields);
			}
			return response;
		}

		private boolean signedOut(HttpResponse<String> response) {
			return response.statusCode() == 302
					&& response.headers().firstValue("Location").orElse("").matches(".*/login(\\?.*)?$");
		}

		private HttpResponse<String> once(String method, String path, List<Map.Entry<String, String>> fields) {
			List<Map.Entry<String, String>> all = new ArrayList<>(fields);
			if (method.equals("POST")) {
				all.add(Map.entry("_csrf", token));
			}
			String encoded = CookieJar.formEncoded(all);
			String target = method.equals("GET") && !encoded.isEmpty() ? path + "?" + encoded : path;
			HttpRequest.Builder request;
			try {
				request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + target));
			}
			catch (IllegalArgumentException notAnAddress) {
				// A malformed segment no HTTP client sends as it is: the raw cases send it.
				request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
						+ target.replace("%", "%25").replace(" ", "%20")));
			}
			request.header("Accept", "text/html").timeout(Duration.ofSeconds(60));
			cookies.addTo(request);
			if (method.equals("POST")) {
				request.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(encoded));
			}
			else {
				request.GET();
			}
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

		private String tokenOf(HttpResponse<String> page) {
			String found = Jsoup.parse(page.body()).select("input[name=_csrf]").val();
			return found.isEmpty() ? token : found;
		}
	}
}
