package nl.kwartier.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.kwartier.geography.Regions;
import nl.kwartier.identity.AccountProvisioning;
import nl.kwartier.identity.Role;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Component;

/** Loads the demo region, organisation, team and accounts once; a second start finds them. */
@Component
class DemoData {

	static final String ORGANISATION = "Stichting Kwartier Demo";

	static final String REGION = "Eindhoven en de Kempen";

	/** A made-up password that passes the password policy. Printed at start; demo only. */
	static final String PASSWORD = "Demo-wachtwoord-Kwartier";

	/** The known second-factor secret of the demo accounts (base32), printed at start. */
	static final String TOTP_SECRET = "KWARTIERDEMOGEHEIMVOORNIEUWKOMER";

	/** Demo accounts: username, display name, role. All names are invented. */
	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("demo-client", "Sanne de Wit", Role.CLIENT),
			new DemoAccount("demo-ervaringswerker", "Ruud Hendriks", Role.PEER_WORKER),
			new DemoAccount("demo-ervaringsdeskundige", "Fatma Yilmaz", Role.PEER_EXPERT),
			new DemoAccount("demo-kwartiermaker", "Joost van Dijk", Role.KWARTIERMAKER),
			new DemoAccount("demo-coordinator", "Ineke Smits", Role.COORDINATOR),
			new DemoAccount("demo-partner", "Mohamed El Amrani", Role.PARTNER_WORKER),
			new DemoAccount("demo-beheerder", "Lotte Verbeek", Role.ADMINISTRATOR));

	/** The municipalities of the region (CBS codes). */
	private static final List<String> MUNICIPALITIES = List.of("0772", "0753", "0861", "0858", "1771", "0866",
			"0848", "0820", "1658", "1706", "1724", "1728", "0770", "0823", "1667");

	/** A few Eindhoven neighbourhoods with their postcodes. */
	private static final Map<String, List<String>> NEIGHBOURHOODS = Map.of(
			"Woensel-Noord", List.of("5625", "5627", "5628"),
			"Stratum", List.of("5612", "5613", "5614"),
			"Strijp", List.of("5616", "5651", "5652"),
			"Tongelre", List.of("5641", "5642", "5643"),
			"Gestel", List.of("5653", "5654", "5655"));

	record DemoAccount(String username, String displayName, Role role) {
	}

	private final AccountProvisioning accounts;

	private final Regions regions;

	DemoData(AccountProvisioning accounts, Regions regions) {
		this.accounts = accounts;
		this.regions = regions;
	}

	/** Returns true when the data was loaded now, false when it was there already. */
	@Transactional
	boolean loadIfAbsent() {
		if (accounts.findOrganisation(ORGANISATION).isPresent()) {
			return false;
		}
		UUID region = regions.findByName(REGION).map(Regions.Region::id)
			.orElseGet(() -> regions.createRegion(REGION, MUNICIPALITIES).id());
		NEIGHBOURHOODS.forEach((name, postcodes) -> regions.createNeighbourhood(name, "0772", postcodes));
		UUID organisation = accounts.createOrganisation(ORGANISATION);
		UUID team = accounts.createTeam(organisation, "Team Eindhoven-Noord", region);
		accounts.createTeam(organisation, "Team De Kempen", region);
		for (DemoAccount account : ACCOUNTS) {
			accounts.createUser(organisation, team, account.username(), account.displayName(), PASSWORD,
					Set.of(account.role()), account.role() == Role.ADMINISTRATOR, TOTP_SECRET, false);
		}
		return true;
	}
}
