package nl.kwartier.clients.outcome;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.kwartier.platform.web.FormValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An instrument as an organisation loads it: a JSON document, read and checked before anything is
 * saved. Every problem found is kept (message key with its arguments), so the administrator sees
 * them all at once.
 */
record InstrumentDefinition(String code, String nameNl, String nameEn, String licenceNote, int scaleMin, int scaleMax,
		List<Domain> domains, List<Label> labels) {

	static final int MAX_DOMAINS = 40;

	static final int MAX_NAME = 200;

	static final int MAX_NOTE = 2000;

	static final int MAX_DOCUMENT = 100_000;

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

	record Domain(String code, String nameNl, String nameEn) {
	}

	record Label(int value, String labelNl, String labelEn) {
	}

	/** A problem with the document: a message key and its arguments. */
	record Problem(String key, Object... args) {
	}

	/** The definition, or null with the problems added to {@code problems}. */
	static @Nullable InstrumentDefinition read(JsonMapper json, @Nullable String text, List<Problem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(new Problem("admin.instruments.error.empty"));
			return null;
		}
		if (text.length() > MAX_DOCUMENT) {
			problems.add(new Problem("admin.instruments.error.too-long", MAX_DOCUMENT));
			return null;
		}
		JsonNode root;
		try {
			root = json.readTree(text);
		}
		catch (JacksonException e) {
			var where = e.getLocation();
			if (where != null && where.getLineNr() > 0) {
				problems.add(new Problem("admin.instruments.error.json-at", where.getLineNr(), where.getColumnNr()));
			}
			else {
				problems.add(new Problem("admin.instruments.error.json"));
			}
			return null;
		}
		if (root == null || !root.isObject()) {
			problems.add(new Problem("admin.instruments.error.not-an-object"));
			return null;
		}
		int before = problems.size();
		String code = code(root, "code", problems, "admin.instruments.error.code");
		String nameNl = text(root, "nameNl", MAX_NAME, problems, "admin.instruments.error.name-nl");
		String nameEn = text(root, "nameEn", MAX_NAME, problems, "admin.instruments.error.name-en");
		String note = text(root, "licenceNote", MAX_NOTE, problems, "admin.instruments.error.licence-note");
		Integer min = number(root, "scaleMin");
		Integer max = number(root, "scaleMax");
		if (min == null || max == null) {
			problems.add(new Problem("admin.instruments.error.scale"));
		}
		else if (max <= min) {
			problems.add(new Problem("admin.instruments.error.scale-order"));
		}
		List<Domain> domains = new ArrayList<>();
		JsonNode domainNodes = root.get("domains");
		if (domainNodes == null || !domainNodes.isArray() || domainNodes.isEmpty()
				|| domainNodes.size() > MAX_DOMAINS) {
			problems.add(new Problem("admin.instruments.error.domains", MAX_DOMAINS));
		}
		else {
			Set<String> codes = new HashSet<>();
			int n = 0;
			for (JsonNode node : domainNodes) {
				n++;
				if (!node.isObject()) {
					problems.add(new Problem("admin.instruments.error.domain.not-an-object", n));
					continue;
				}
				String domainCode = code(node, "code", problems, "admin.instruments.error.domain.code", n);
				String domainNl = text(node, "nameNl", MAX_NAME, problems, "admin.instruments.error.domain.name-nl", n);
				String domainEn = optionalText(node, "nameEn", MAX_NAME, problems,
						"admin.instruments.error.domain.name-en", n);
				if (domainCode != null && !codes.add(domainCode.toUpperCase(Locale.ROOT))) {
					problems.add(new Problem("admin.instruments.error.domain.code-twice", n, domainCode));
				}
				if (domainCode != null && domainNl != null) {
					domains.add(new Domain(domainCode, domainNl, domainEn != null ? domainEn : domainNl));
				}
			}
		}
		List<Label> labels = new ArrayList<>();
		JsonNode labelNodes = root.get("labels");
		if (labelNodes != null && !labelNodes.isNull()) {
			if (!labelNodes.isArray()) {
				problems.add(new Problem("admin.instruments.error.labels"));
			}
			else {
				Set<Integer> values = new HashSet<>();
				int n = 0;
				for (JsonNode node : labelNodes) {
					n++;
					if (!node.isObject()) {
						problems.add(new Problem("admin.instruments.error.label.not-an-object", n));
						continue;
					}
					Integer value = number(node, "value");
					if (value == null) {
						problems.add(new Problem("admin.instruments.error.label.value", n));
					}
					else if (min != null && max != null && (value < min || value > max)) {
						problems.add(new Problem("admin.instruments.error.label.off-scale", n, value, min, max));
					}
					else if (!values.add(value)) {
						problems.add(new Problem("admin.instruments.error.label.value-twice", n, value));
					}
					String labelNl = text(node, "labelNl", MAX_NAME, problems, "admin.instruments.error.label.label-nl", n);
					String labelEn = optionalText(node, "labelEn", MAX_NAME, problems,
							"admin.instruments.error.label.label-en", n);
					if (value != null && labelNl != null) {
						labels.add(new Label(value, labelNl, labelEn != null ? labelEn : labelNl));
					}
				}
			}
		}
		if (problems.size() > before) {
			return null;
		}
		return new InstrumentDefinition(code, nameNl, nameEn, note, min, max, domains, labels);
	}

	private static @Nullable String code(JsonNode node, String field, List<Problem> problems, String key,
			Object... args) {
		JsonNode value = node.get(field);
		if (value == null || !value.isString() || !CODE.matcher(value.stringValue().trim()).matches()) {
			problems.add(new Problem(key, args));
			return null;
		}
		return value.stringValue().trim();
	}

	private static @Nullable String text(JsonNode node, String field, int max, List<Problem> problems, String key,
			Object... args) {
		String value = string(node.get(field));
		if (value == null || value.isBlank() || value.trim().length() > max) {
			problems.add(new Problem(key, withMax(args, max)));
			return null;
		}
		return value.trim();
	}

	private static @Nullable String optionalText(JsonNode node, String field, int max, List<Problem> problems,
			String key, Object... args) {
		JsonNode value = node.get(field);
		String text = string(value);
		if (value == null || value.isNull() || (text != null && text.isBlank())) {
			return null;
		}
		if (text == null || text.trim().length() > max) {
			problems.add(new Problem(key, withMax(args, max)));
			return null;
		}
		return text.trim();
	}

	/** The string in the node without control characters (a NUL cannot be stored), or null when it is no string. */
	private static @Nullable String string(@Nullable JsonNode value) {
		return value == null || !value.isString() ? null : FormValues.withoutControlCharacters(value.stringValue());
	}

	private static Object[] withMax(Object[] args, int max) {
		Object[] all = java.util.Arrays.copyOf(args, args.length + 1);
		all[args.length] = max;
		return all;
	}

	/** A whole number between 0 and 100 (a scale, a label's value), or null. */
	private static @Nullable Integer number(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
			return null;
		}
		int number = value.intValue();
		return number < 0 || number > 100 ? null : number;
	}
}
