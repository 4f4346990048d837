package nl.kwartier.demo;

import java.io.PrintStream;
import nl.kwartier.platform.Deployment;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data when this installation wants it, and tells the newcomer where Kwartier
 * runs and how to log in. Printed to the console, not to the (structured) log.
 */
@Component
class DemoStartup {

	private final Deployment deployment;

	private final DemoData demoData;

	private final Environment environment;

	DemoStartup(Deployment deployment, DemoData demoData, Environment environment) {
		this.deployment = deployment;
		this.demoData = demoData;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		if (!deployment.demoData()) {
			return;
		}
		boolean loaded = demoData.loadIfAbsent();
		if (environment.getProperty("kwartier.demo.print-accounts", Boolean.class, true)) {
			print(System.out, loaded);
		}
	}

	private void print(PrintStream out, boolean loaded) {
		String port = environment.getProperty("local.server.port", "8080");
		out.println();
		out.println("==============================================================================");
		out.println(" Kwartier runs at http://localhost:" + port + "/");
		out.println(" Demo data " + (loaded ? "loaded" : "already present") + ": region \"" + DemoData.REGION
				+ "\", organisation \"" + DemoData.ORGANISATION + "\".");
		out.println(" Demo accounts (all invented), password: " + DemoData.PASSWORD);
		for (DemoData.DemoAccount account : DemoData.ACCOUNTS) {
			out.printf("   %-26s %s%n", account.username(), account.role());
		}
		out.println(" Colleagues with worker profiles (same password):");
		for (DemoData.DemoAccount account : DemoData.COLLEAGUES) {
			out.printf("   %-26s %s%n", account.username(), account.role());
		}
		out.println(" Login code: add secret " + DemoData.TOTP_SECRET + " to an authenticator app,");
		if (deployment.demoCodesShown()) {
			out.println(" or read the current code on the login page (shown in this demo setup only).");
		}
		out.println("==============================================================================");
		out.println();
	}
}
