package nl.kwartier.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MalformedRequestFilterTests {

	@Test
	void rowsNumberedFromZeroWithoutAGapAreWhatAFormSends() {
		assertThat(MalformedRequestFilter.possibleRows(List.of("description", "stepText[0]", "stepText[1]",
				"stepHelperKind[0]", "stepHelperKind[1]", "languages"))).isTrue();
	}

	@Test
	void aRowBeyondTheLimitANegativeRowOrAGapIsNoForm() {
		assertThat(MalformedRequestFilter.possibleRows(List.of("stepText[5000]"))).isFalse();
		assertThat(MalformedRequestFilter.possibleRows(List.of("stepText[256]"))).isFalse();
		assertThat(MalformedRequestFilter.possibleRows(List.of("stepText[-1]"))).isFalse();
		assertThat(MalformedRequestFilter.possibleRows(List.of("stepText[x]"))).isFalse();
		assertThat(MalformedRequestFilter.possibleRows(List.of("participants[1]"))).isFalse();
		assertThat(MalformedRequestFilter.possibleRows(List.of("stepText[0]", "stepText[2]"))).isFalse();
	}
}
