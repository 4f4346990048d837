package nl.kwartier.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormValuesTests {

	@Test
	void aDateIsAcceptedFrom1900ToTheLastFourDigitYear() {
		assertThat(FormValues.date("1900-01-01")).isEqualTo(LocalDate.of(1900, 1, 1));
		assertThat(FormValues.date(" 2026-12-04 ")).isEqualTo(LocalDate.of(2026, 12, 4));
		assertThat(FormValues.date("9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
	}

	@Test
	void aDateBefore1900OrBeyondFourDigitsIsNoDateAFieldAccepts() {
		assertThat(FormValues.date("1899-12-31")).isNull();
		assertThat(FormValues.date("0000-01-01")).isNull();
		assertThat(FormValues.date("-5000-01-01")).isNull();
		assertThat(FormValues.date("+10000-01-01")).isNull();
		assertThat(FormValues.date("2026-02-30")).isNull();
		assertThat(FormValues.date("")).isNull();
	}
}
