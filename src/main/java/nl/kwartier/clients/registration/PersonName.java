package nl.kwartier.clients.registration;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Compares names the way people type them: with or without accents, with the prefix (van, de,
 * van der, ...) in its own field or in the family name, and with a typo or two.
 */
final class PersonName {

	/** Dutch and other common family name prefixes, longest first so "van der" goes before "van". */
	private static final List<String> PREFIXES = List.of("van de ", "van der ", "van den ", "van het ", "van t ",
			"in het ", "in t ", "op de ", "op den ", "uit de ", "uit den ", "van ", "de ", "der ", "den ", "het ", "t ",
			"ter ", "ten ", "te ", "la ", "le ", "du ", "d ", "el ", "al ");

	private PersonName() {
	}

	/** Lowercase letters only, accents dropped, words separated by one space. */
	static String normalise(String text) {
		String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String lower = plain.toLowerCase(Locale.ROOT)
			.replace("ı", "i")
			.replace("ø", "o")
			.replace("ł", "l")
			.replace("đ", "d")
			.replace("æ", "ae")
			.replace("ß", "ss");
		return lower.replaceAll("[^\\p{L}]+", " ").trim();
	}

	/** The family name without its prefixes and spaces: "van der Berg", "Van Der  Berg" and "Berg" all give "berg". */
	static String familyKey(String prefix, String familyName) {
		String name = normalise((prefix == null ? "" : prefix) + " " + familyName) + " ";
		boolean stripped = true;
		while (stripped) {
			stripped = false;
			for (String known : PREFIXES) {
				if (name.startsWith(known) && name.length() > known.length()) {
					name = name.substring(known.length());
					stripped = true;
					break;
				}
			}
		}
		return name.replace(" ", "");
	}

	/** Whether two keys are the same name with at most a typo or two (more allowed for longer names). */
	static boolean similar(String a, String b) {
		if (a.isEmpty() || b.isEmpty()) {
			return false;
		}
		int allowed = Math.min(a.length(), b.length()) <= 4 ? 1 : 2;
		return distance(a, b) <= allowed;
	}

	/** Given names match when one is the other's initial, or when they are similar. */
	static boolean similarGivenName(String a, String b) {
		String x = normalise(a).replace(" ", "");
		String y = normalise(b).replace(" ", "");
		if (x.isEmpty() || y.isEmpty()) {
			return false;
		}
		if (x.length() == 1 || y.length() == 1) {
			return x.charAt(0) == y.charAt(0);
		}
		return similar(x, y) || x.startsWith(y) || y.startsWith(x);
	}

	/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}
}
