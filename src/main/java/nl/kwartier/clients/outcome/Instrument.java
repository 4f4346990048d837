package nl.kwartier.clients.outcome;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A measuring instrument as data: its domains and its scale, in Dutch and English. */
public record Instrument(UUID id, String code, String nameNl, String nameEn, String licenceNote, int scaleMin,
		int scaleMax, List<Domain> domains, List<ScaleLabel> labels) {

	public record Domain(UUID id, String code, String nameNl, String nameEn) {

		public String name(Locale locale) {
			return "en".equals(locale.getLanguage()) ? nameEn : nameNl;
		}
	}

	public record ScaleLabel(int value, String labelNl, String labelEn) {

		public String label(Locale locale) {
			return "en".equals(locale.getLanguage()) ? labelEn : labelNl;
		}
	}

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameNl;
	}

	public boolean onScale(int score) {
		return score >= scaleMin && score <= scaleMax;
	}
}
