package nl.kwartier.identity.user;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kwartier.identity.user.PasswordPolicy.Refusal;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void acceptsALongPasswordThatIsNotCommon() {
		assertThat(policy.check("fiets koffie regen zeven", "jdevries")).isEmpty();
	}

	@Test
	void refusesPasswordsShorterThanTwelveCharacters() {
		assertThat(policy.check("Kort-maar1!", "jdevries")).contains(Refusal.TOO_SHORT);
	}

	@Test
	void refusesPasswordsLongerThanTheHashCanTakeCheaply() {
		assertThat(policy.check("a".repeat(150) + "b".repeat(51), "jdevries")).contains(Refusal.TOO_LONG);
	}

	@Test
	void refusesCommonPasswordsAlsoWithDigitsOrSymbolsAddedAtTheEnd() {
		assertThat(policy.check("qazwsxedcrfv", "jdevries")).contains(Refusal.COMMON);
		assertThat(policy.check("Wachtwoord2026!!", "jdevries")).contains(Refusal.COMMON);
		assertThat(policy.check("Welkom1234567890", "jdevries")).contains(Refusal.COMMON);
	}

	@Test
	void refusesOneShortPieceRepeated() {
		assertThat(policy.check("abcabcabcabc", "jdevries")).contains(Refusal.COMMON);
		assertThat(policy.check("zzzzzzzzzzzzzz", "jdevries")).contains(Refusal.COMMON);
	}

	@Test
	void refusesAPasswordThatContainsTheUsername() {
		assertThat(policy.check("jdevries-is-mijn-naam", "JDeVries")).contains(Refusal.CONTAINS_USERNAME);
	}

	@Test
	void countsCharactersNotBytes() {
		assertThat(policy.check("ééééééééééé", "jdevries")).contains(Refusal.TOO_SHORT);
	}
}
