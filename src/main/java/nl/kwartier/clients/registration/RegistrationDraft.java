package nl.kwartier.clients.registration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A registration being filled in, step by step. It is kept in the (database-backed) session, so a
 * worker can go back and forth between the steps and check his answers before anything is saved.
 * Every field is text, so whatever was typed comes back with a message.
 */
public record RegistrationDraft(Registrant registrant, Person person, Question question) implements Serializable {

	static RegistrationDraft empty(String today) {
		return new RegistrationDraft(new Registrant("", today, "", ""),
				new Person("", "", "", "", "", "", "", "", "", List.of(), ""), new Question("", List.of(), "", "", "", "", ""));
	}

	RegistrationDraft with(Registrant registrant) {
		return new RegistrationDraft(registrant, person, question);
	}

	RegistrationDraft with(Person person) {
		return new RegistrationDraft(registrant, person, question);
	}

	RegistrationDraft with(Question question) {
		return new RegistrationDraft(registrant, person, question);
	}

	/** Step 1: who registers the client, and when. */
	public record Registrant(@NotBlank(message = "{registration.error.source.required}") String source,
			@NotBlank(message = "{registration.error.registered-on.required}") String registeredOn,
			@Size(max = 200, message = "{form.error.too-long}") @Nullable String registrantName,
			@Size(max = 200, message = "{form.error.too-long}") @Nullable String registrantContact)
			implements Serializable {

		public java.time.@Nullable LocalDate registeredOnDate() {
			return nl.kwartier.platform.web.FormValues.date(registeredOn);
		}
	}

	/** Step 2: who the client is and how to reach him. */
	public record Person(
			@NotBlank(message = "{registration.error.given-name.required}")
			@Size(max = 100, message = "{form.error.too-long}") String givenName,
			@Size(max = 30, message = "{form.error.too-long}") @Nullable String namePrefix,
			@NotBlank(message = "{registration.error.family-name.required}")
			@Size(max = 100, message = "{form.error.too-long}") String familyName,
			@NotBlank(message = "{registration.error.date-of-birth.required}") String dateOfBirth,
			@Size(max = 200, message = "{form.error.too-long}") @Nullable String street,
			@Size(max = 20, message = "{form.error.too-long}") @Nullable String houseNumber,
			@NotBlank(message = "{registration.error.postcode.required}") String postcode,
			@Size(max = 40, message = "{form.error.too-long}") @Nullable String phone,
			@Size(max = 254, message = "{form.error.too-long}")
			@jakarta.validation.constraints.Email(message = "{registration.error.email}") @Nullable String email,
			@Nullable List<String> languages,
			@Size(max = 200, message = "{form.error.too-long}") @Nullable String culturalBackground)
			implements Serializable {

		public java.time.@Nullable LocalDate dateOfBirthDate() {
			return nl.kwartier.platform.web.FormValues.date(dateOfBirth);
		}

		public List<String> languageList() {
			return languages == null ? List.of() : List.copyOf(languages);
		}
	}

	/** Step 3: the client's own question, and why he is vulnerable. */
	public record Question(
			@NotBlank(message = "{registration.error.own-question.required}")
			@Size(max = 4000, message = "{form.error.too-long}") String ownQuestion,
			@Nullable List<String> problemAreas,
			@Size(max = 2000, message = "{form.error.too-long}") @Nullable String vulnerabilityPersonal,
			@Size(max = 2000, message = "{form.error.too-long}") @Nullable String vulnerabilitySocial,
			@Size(max = 2000, message = "{form.error.too-long}") @Nullable String vulnerabilitySocietal,
			@NotBlank(message = "{registration.error.struggles.required}") String strugglesWithLimits,
			@NotBlank(message = "{registration.error.practical.required}") String practicalQuestion)
			implements Serializable {

		public List<String> problemAreaList() {
			return problemAreas == null ? List.of() : List.copyOf(problemAreas);
		}
	}
}
