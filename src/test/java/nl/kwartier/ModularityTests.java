package nl.kwartier;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	// Every first-level package is a module; they may only use each other's API, along the allowed dependencies.
	@Test
	void modulesOnlyUseTheApisOfTheModulesTheyAreAllowedToUse() {
		ApplicationModules.of(KwartierApplication.class).verify();
	}
}
