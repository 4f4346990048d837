package nl.kwartier.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * How this installation runs. Demo conveniences are tied to the embedded database, which no
 * production installation uses, so they cannot be switched on in production by a setting.
 */
@Component
public class Deployment {

	private final boolean embeddedDatabase;

	private final boolean demoData;

	private final boolean demoCodesShown;

	Deployment(Environment environment, @Value("${kwartier.demo.load-data:}") String loadDemoData,
			@Value("${kwartier.demo.show-codes:true}") boolean showCodes) {
		this.embeddedDatabase = environment.getProperty("spring.datasource.url", "").isBlank();
		this.demoData = loadDemoData.isBlank() ? embeddedDatabase : Boolean.parseBoolean(loadDemoData);
		this.demoCodesShown = embeddedDatabase && demoData && showCodes;
	}

	/** Whether Kwartier started its own PostgreSQL server (no external database configured). */
	public boolean embeddedDatabase() {
		return embeddedDatabase;
	}

	/** Whether the synthetic demo region, organisation and accounts are loaded. */
	public boolean demoData() {
		return demoData;
	}

	/**
	 * Whether the login shows demo accounts' current one-time code, so a newcomer can log in
	 * without an authenticator app. Only ever with the embedded database.
	 */
	public boolean demoCodesShown() {
		return demoCodesShown;
	}
}
