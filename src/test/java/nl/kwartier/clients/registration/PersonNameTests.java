package nl.kwartier.clients.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNameTests {

	@Test
	void theFamilyKeyIgnoresPrefixesWhereverTheyAreTyped() {
		assertThat(PersonName.familyKey("van der", "Berg")).isEqualTo("berg");
		assertThat(PersonName.familyKey("", "Van Der  Berg")).isEqualTo("berg");
		assertThat(PersonName.familyKey(null, "van den Heuvel")).isEqualTo("heuvel");
		assertThat(PersonName.familyKey("", "de Vries")).isEqualTo("vries");
		assertThat(PersonName.familyKey("", "El Amrani")).isEqualTo("amrani");
	}

	@Test
	void theFamilyKeyIgnoresAccentsCaseAndPunctuation() {
		assertThat(PersonName.familyKey("", "Yılmaz-Öztürk")).isEqualTo(PersonName.familyKey("", "yilmaz ozturk"));
		assertThat(PersonName.familyKey("", "D'Hondt")).isEqualTo("hondt");
	}

	@Test
	void aNameThatIsOnlyAPrefixStaysAName() {
		assertThat(PersonName.familyKey("", "Van")).isEqualTo("van");
		assertThat(PersonName.familyKey("", "De")).isEqualTo("de");
	}

	@Test
	void toleratesATypoOrASwapOfTwoLetters() {
		assertThat(PersonName.similar("jansen", "janssen")).isTrue();
		assertThat(PersonName.similar("jansen", "jasnen")).isTrue();
		assertThat(PersonName.similar("bakker", "bakkers")).isTrue();
		assertThat(PersonName.similar("bakker", "visser")).isFalse();
		assertThat(PersonName.similar("li", "lu")).isTrue();
		assertThat(PersonName.similar("li", "wu")).isFalse();
	}

	@Test
	void givenNamesMatchOnAnInitialOrASmallDifference() {
		assertThat(PersonName.similarGivenName("M.", "Mohamed")).isTrue();
		assertThat(PersonName.similarGivenName("Mohammed", "Mohamed")).isTrue();
		assertThat(PersonName.similarGivenName("Anne", "Anne-Marie")).isTrue();
		assertThat(PersonName.similarGivenName("Piet", "Klaas")).isFalse();
	}
}
