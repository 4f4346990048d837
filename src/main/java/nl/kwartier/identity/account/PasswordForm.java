package nl.kwartier.identity.account;

import jakarta.validation.constraints.NotBlank;

/** The password change form. The page never shows passwords back, also not after an error. */
record PasswordForm(@NotBlank(message = "{password.error.current-required}") String currentPassword,
		@NotBlank(message = "{password.error.new-required}") String newPassword,
		@NotBlank(message = "{password.error.repeat-required}") String repeatPassword) {

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}
}
