package nl.kwartier.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.kwartier.identity.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every text a user sees comes from the messages files, in Dutch and in English. Works on
 * whatever bundles and templates exist, so new pages are checked without changing this test.
 */
class MessagesTests {

	private static final Path I18N = Path.of("src/main/resources/i18n");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path JAVA = Path.of("src/main/java");

	/** A literal message key: {@code #{login.title}} or {@code #{home.welcome(${user.displayName})}}. */
	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{\\s*([\\w.\\-]+)\\s*[(}]");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

	private static final Pattern LETTERS = Pattern.compile("\\p{L}");

	/** Attributes a user sees or hears (screen readers), which therefore need translating. */
	private static final List<String> VISIBLE_ATTRIBUTES = List.of("alt", "title", "placeholder", "aria-label",
			"aria-description", "aria-placeholder", "aria-roledescription", "aria-valuetext", "label");

	/** Thymeleaf attributes that replace the element's content. */
	private static final List<String> CONTENT_REPLACING = List.of("th:text", "th:utext", "th:errors", "th:replace", "th:insert");

	/** A fragment expression that passes markup of the template itself on, e.g. {@code ~{::main}}. */
	private static final Pattern OWN_MARKUP = Pattern.compile("~\\{\\s*(this\\s*)?::");

	@Test
	void everyDutchBundleHasAnEnglishOneAndTheOtherWayRound() throws IOException {
		assertThat(bundleNames("_nl.properties")).isNotEmpty().isEqualTo(bundleNames(".properties"));
	}

	@Test
	void everyBundleIsLoadedByTheApplication() throws IOException {
		Properties application = load(Path.of("src/main/resources/application.properties"));
		Set<String> loaded = Arrays.stream(application.getProperty("spring.messages.basename", "").split(","))
			.map(String::trim)
			.collect(Collectors.toCollection(TreeSet::new));
		Set<String> bundles = bundleNames(".properties").stream()
			.map(name -> "i18n/" + name)
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(loaded).containsAll(bundles);
	}

	@Test
	void everyDutchTextHasAnEnglishTranslationAndTheOtherWayRound() throws IOException {
		for (String bundle : bundleNames("_nl.properties")) {
			Properties dutch = load(I18N.resolve(bundle + "_nl.properties"));
			Properties english = load(I18N.resolve(bundle + ".properties"));
			assertThat(english.stringPropertyNames()).as("keys of %s.properties", bundle)
				.containsExactlyInAnyOrderElementsOf(dutch.stringPropertyNames());
		}
	}

	@Test
	void noTextIsEmpty() throws IOException {
		Map<String, String> empty = new TreeMap<>();
		for (Path file : bundleFiles()) {
			Properties messages = load(file);
			for (String key : messages.stringPropertyNames()) {
				if (messages.getProperty(key).isBlank()) {
					empty.put(file.getFileName() + ": " + key, "");
				}
			}
		}
		assertThat(empty).isEmpty();
	}

	@Test
	void aKeyIsDefinedInOneBundleOnly() throws IOException {
		Map<String, List<String>> bundlesByKey = new TreeMap<>();
		for (String bundle : bundleNames(".properties")) {
			for (String key : load(I18N.resolve(bundle + ".properties")).stringPropertyNames()) {
				bundlesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(bundle);
			}
		}
		bundlesByKey.values().removeIf(bundles -> bundles.size() == 1);
		assertThat(bundlesByKey).isEmpty();
	}

	@Test
	void dutchAndEnglishTextsHaveTheSamePlaceholders() throws IOException {
		Properties dutch = allMessages("_nl.properties");
		Properties english = allMessages(".properties");
		for (String key : dutch.stringPropertyNames()) {
			if (english.containsKey(key)) {
				assertThat(placeholders(english.getProperty(key))).as("placeholders of %s", key)
					.isEqualTo(placeholders(dutch.getProperty(key)));
			}
		}
	}

	// A text with {0} is formatted by MessageFormat, where a single apostrophe starts a quote and swallows the rest.
	@Test
	void textsWithPlaceholdersWriteApostrophesTwice() throws IOException {
		List<String> broken = new ArrayList<>();
		for (Path file : bundleFiles()) {
			Properties messages = load(file);
			for (String key : messages.stringPropertyNames()) {
				String text = messages.getProperty(key);
				if (PLACEHOLDER.matcher(text).find() && text.replace("''", "").contains("'")) {
					broken.add(file.getFileName() + ": " + key);
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	@Test
	void everyKeyATemplateUsesExistsInDutchAndEnglish() throws IOException {
		Properties dutch = allMessages("_nl.properties");
		Properties english = allMessages(".properties");
		Map<String, Set<String>> keysByTemplate = new TreeMap<>();
		for (Path template : templates()) {
			Matcher keys = TEMPLATE_KEY.matcher(Files.readString(template));
			while (keys.find()) {
				keysByTemplate.computeIfAbsent(TEMPLATES.relativize(template).toString(), t -> new TreeSet<>())
					.add(keys.group(1));
			}
		}
		assertThat(keysByTemplate).as("templates using message keys").isNotEmpty();
		keysByTemplate.forEach((template, keys) -> {
			assertThat(dutch.stringPropertyNames()).as("Dutch texts used in %s", template).containsAll(keys);
			assertThat(english.stringPropertyNames()).as("English texts used in %s", template).containsAll(keys);
		});
	}

	@Test
	void everyMessageKeyInTheJavaCodeExistsInDutchAndEnglish() throws IOException {
		Properties dutch = allMessages("_nl.properties");
		Properties english = allMessages(".properties");
		Set<String> families = english.stringPropertyNames()
			.stream()
			.map(key -> key.substring(0, key.indexOf('.') + 1))
			.filter(family -> !family.isEmpty())
			.collect(Collectors.toSet());
		Pattern literal = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[A-Za-z0-9_-]+)+)\"");
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(JAVA)) {
			for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher matcher = literal.matcher(Files.readString(source));
				while (matcher.find()) {
					String candidate = matcher.group(1);
					if (families.stream().anyMatch(candidate::startsWith)
							&& !candidate.matches(".*\\.(html|properties|sql|css|js|svg|png|tsv|json|xml)$")) {
						keys.add(candidate);
					}
				}
			}
		}
		assertThat(keys).as("message keys in the Java code").isNotEmpty();
		assertThat(dutch.stringPropertyNames()).containsAll(keys);
		assertThat(english.stringPropertyNames()).containsAll(keys);
	}

	@Test
	void everyRoleHasANameInDutchAndEnglish() throws IOException {
		Properties dutch = allMessages("_nl.properties");
		Properties english = allMessages(".properties");
		for (Role role : Role.values()) {
			assertThat(dutch.getProperty(role.messageKey())).as("Dutch name of %s", role).isNotBlank();
			assertThat(english.getProperty(role.messageKey())).as("English name of %s", role).isNotBlank();
		}
	}

	@Test
	void templatesContainNoTextThatIsNotTranslated() throws IOException {
		List<String> untranslated = new ArrayList<>();
		for (Path template : templates()) {
			Document document = parse(template);
			for (Element element : document.getAllElements()) {
				for (Node child : element.childNodes()) {
					if (child instanceof TextNode text && LETTERS.matcher(text.text()).find()
							&& !replacedByThymeleaf(element)) {
						untranslated.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> \""
								+ text.text().strip() + "\"");
					}
				}
			}
		}
		assertThat(untranslated).as("text in templates that does not come from the messages files").isEmpty();
	}

	@Test
	void templatesContainNoAttributeTextThatIsNotTranslated() throws IOException {
		List<String> untranslated = new ArrayList<>();
		for (Path template : templates()) {
			for (Element element : parse(template).getAllElements()) {
				for (String attribute : visibleAttributes(element)) {
					String value = element.attr(attribute);
					if (LETTERS.matcher(value).find() && !translatedAttribute(element, attribute)) {
						untranslated.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + " " + attribute
								+ "=\"" + value + "\">");
					}
				}
			}
		}
		assertThat(untranslated).as("attributes in templates that do not come from the messages files").isEmpty();
	}

	@Test
	void theTemplateCheckFindsTextAndAttributesThatAreNotTranslated() {
		Document page = Jsoup.parse("""
				<html xmlns:th="http://www.thymeleaf.org" th:replace="~{layout :: page(#{x}, ~{::main})}">
				<main><h1 th:text="#{x.title}">Placeholder</h1><p>Vaste tekst</p>
				<img src="a.png" alt="Een plaatje"><input th:placeholder="#{x.hint}" placeholder="Zoek">
				<div th:replace="~{other :: fragment}">Replaced</div></main></html>
				""", "", Parser.htmlParser());
		Element heading = page.selectFirst("h1");
		Element paragraph = page.selectFirst("p");
		assertThat(replacedByThymeleaf(heading)).isTrue();
		assertThat(replacedByThymeleaf(paragraph)).isFalse();
		assertThat(replacedByThymeleaf(page.selectFirst("div"))).isTrue();
		assertThat(translatedAttribute(page.selectFirst("img"), "alt")).isFalse();
		assertThat(translatedAttribute(page.selectFirst("input"), "placeholder")).isTrue();
	}

	private static List<String> visibleAttributes(Element element) {
		List<String> attributes = new ArrayList<>(VISIBLE_ATTRIBUTES.stream().filter(element::hasAttr).toList());
		if (element.tagName().equals("input") && element.hasAttr("value")
				&& List.of("submit", "button", "reset").contains(element.attr("type").toLowerCase())) {
			attributes.add("value");
		}
		return attributes;
	}

	/** Whether Thymeleaf replaces the element's content (or removes it) before anyone sees it. */
	private static boolean replacedByThymeleaf(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			for (String attribute : CONTENT_REPLACING) {
				if (e.hasAttr(attribute)
						&& !(attribute.matches("th:(replace|insert)") && OWN_MARKUP.matcher(e.attr(attribute)).find())) {
					return true;
				}
			}
			if (e.hasAttr("th:remove") && Set.of("all", "body").contains(e.attr("th:remove").trim())) {
				return true;
			}
		}
		return false;
	}

	private static boolean translatedAttribute(Element element, String attribute) {
		Predicate<String> setsIt = expression -> Pattern
			.compile("(^|,)\\s*" + Pattern.quote(attribute) + "\\s*=")
			.matcher(expression)
			.find();
		return element.hasAttr("th:" + attribute) || setsIt.test(element.attr("th:attr"))
				|| (attribute.equals("alt") || attribute.equals("title")) && element.hasAttr("th:alt-title");
	}

	private static Document parse(Path template) throws IOException {
		return Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<Path> templates = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
			assertThat(templates).isNotEmpty();
			return templates;
		}
	}

	private static Set<String> placeholders(String text) {
		Set<String> numbers = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			numbers.add(matcher.group(1));
		}
		return numbers;
	}

	/** The bundle names (e.g. {@code messages}, {@code identity}) of files with the ending. */
	private static Set<String> bundleNames(String ending) throws IOException {
		Set<String> names = new TreeSet<>();
		for (Path file : bundleFiles()) {
			String name = file.getFileName().toString();
			if (ending.equals("_nl.properties") && name.endsWith("_nl.properties")) {
				names.add(name.substring(0, name.length() - "_nl.properties".length()));
			}
			else if (ending.equals(".properties") && !name.matches(".*_[a-z]{2}(_[A-Z]{2})?\\.properties")) {
				names.add(name.substring(0, name.length() - ".properties".length()));
			}
		}
		return names;
	}

	private static List<Path> bundleFiles() throws IOException {
		try (Stream<Path> files = Files.list(I18N)) {
			return files.filter(p -> p.toString().endsWith(".properties")).sorted().toList();
		}
	}

	/** The texts of one language: all Dutch ({@code _nl.properties}) or all English bundles. */
	private static Properties allMessages(String ending) throws IOException {
		Properties all = new Properties();
		String suffix = ending.equals("_nl.properties") ? "_nl.properties" : ".properties";
		for (String bundle : bundleNames(ending)) {
			all.putAll(load(I18N.resolve(bundle + suffix)));
		}
		return all;
	}

	private static Properties load(Path file) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return properties;
	}
}
