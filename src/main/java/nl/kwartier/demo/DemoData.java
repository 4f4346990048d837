package nl.kwartier.demo;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.kwartier.geography.Regions;
import nl.kwartier.identity.AccountProvisioning;
import nl.kwartier.clients.ClientProvisioning;
import nl.kwartier.identity.Role;
import nl.kwartier.workforce.ProblemArea;
import nl.kwartier.workforce.ProfileProvisioning;
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

	/** A worker's profile: FTE, neighbourhoods, languages, lived experience. All invented. */
	record DemoProfile(String username, String fte, boolean trainee, List<String> neighbourhoods, List<String> languages,
			List<ProblemArea> experience) {
	}

	/** Colleagues, so the suggestion of who works with a new client has workers to choose from. */
	static final List<DemoAccount> COLLEAGUES = List.of(
			new DemoAccount("demo-ervaringsdeskundige-2", "Anouk Bakker", Role.PEER_EXPERT),
			new DemoAccount("demo-ervaringsdeskundige-3", "Karim Benali", Role.PEER_EXPERT),
			new DemoAccount("demo-kwartiermaker-2", "Marieke Jansen", Role.KWARTIERMAKER));

	static final List<DemoProfile> PROFILES = List.of(
			new DemoProfile("demo-ervaringsdeskundige", "0.8", false, List.of("Woensel-Noord", "Tongelre"),
					List.of("nl", "tr"), List.of(ProblemArea.LONELINESS, ProblemArea.POVERTY)),
			new DemoProfile("demo-ervaringsdeskundige-2", "0.6", false, List.of("Stratum"), List.of("nl", "en"),
					List.of(ProblemArea.PSYCHIATRIC_PROBLEMS, ProblemArea.LONELINESS)),
			new DemoProfile("demo-ervaringsdeskundige-3", "0.5", true, List.of("Woensel-Noord"),
					List.of("nl", "ar", "tzm"), List.of(ProblemArea.ADDICTION)),
			new DemoProfile("demo-kwartiermaker", "1.0", false, List.of("Woensel-Noord", "Stratum"), List.of("nl", "en"),
					List.of()),
			new DemoProfile("demo-kwartiermaker-2", "0.8", false, List.of("Strijp", "Gestel"), List.of("nl"), List.of()));

	private final AccountProvisioning accounts;

	private final Regions regions;

	private final ProfileProvisioning profiles;

	private final ClientProvisioning clients;

	DemoData(AccountProvisioning accounts, Regions regions, ProfileProvisioning profiles, ClientProvisioning clients) {
		this.accounts = accounts;
		this.regions = regions;
		this.profiles = profiles;
		this.clients = clients;
	}

	/** Returns true when the data was loaded now, false when it was there already. */
	@Transactional
	boolean loadIfAbsent() {
		if (accounts.findOrganisation(ORGANISATION).isPresent()) {
			return false;
		}
		UUID region = regions.findByName(REGION).map(Regions.Region::id)
			.orElseGet(() -> regions.createRegion(REGION, MUNICIPALITIES).id());
		Map<String, UUID> neighbourhoods = new HashMap<>();
		NEIGHBOURHOODS.forEach((name, postcodes) -> neighbourhoods.put(name,
				regions.createNeighbourhood(name, "0772", postcodes).id()));
		UUID organisation = accounts.createOrganisation(ORGANISATION);
		UUID team = accounts.createTeam(organisation, "Team Eindhoven-Noord", region);
		accounts.createTeam(organisation, "Team De Kempen", region);
		Map<String, UUID> users = new HashMap<>();
		for (DemoAccount account : concat(ACCOUNTS, COLLEAGUES)) {
			users.put(account.username(), accounts.createUser(organisation, team, account.username(),
					account.displayName(), PASSWORD, Set.of(account.role()), account.role() == Role.ADMINISTRATOR,
					TOTP_SECRET, false));
		}
		for (DemoProfile profile : PROFILES) {
			profiles.provideProfile(users.get(profile.username()), organisation, new BigDecimal(profile.fte()),
					profile.trainee(), profile.neighbourhoods().stream().map(neighbourhoods::get).toList(),
					profile.languages(), profile.experience());
		}
		// The demo client has his own file, so his pages (plan, measurements, contacts) show something.
		clients.provideClient(organisation, team, "Sanne", "de Wit", java.time.LocalDate.of(1984, 5, 12), "5625 AB",
				users.get("demo-client"), users.get("demo-ervaringsdeskundige"));
		return true;
	}

	private static List<DemoAccount> concat(List<DemoAccount> first, List<DemoAccount> second) {
		List<DemoAccount> all = new java.util.ArrayList<>(first);
		all.addAll(second);
		return all;
	}
}
