package nl.kwartier.identity.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kwartier.identity.Team;
import nl.kwartier.identity.Teams;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Organisations and their teams. */
@Repository
public class Organisations implements Teams {

	public record Organisation(UUID id, String name) {
	}

	private final JdbcClient jdbc;

	Organisations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Organisation> findOrganisation(UUID id) {
		return jdbc.sql("SELECT id, name FROM organisation WHERE id = ?").param(id).query(Organisation.class).optional();
	}

	public Optional<Organisation> findOrganisationByName(String name) {
		return jdbc.sql("SELECT id, name FROM organisation WHERE name = ?").param(name).query(Organisation.class)
			.optional();
	}

	@Override
	public List<Team> teamsOf(UUID organisationId) {
		return jdbc.sql("SELECT id, organisation_id, name, region_id FROM team WHERE organisation_id = ? AND active ORDER BY name")
			.param(organisationId)
			.query(Team.class)
			.list();
	}

	/** A team with the number of active accounts in it, for the administrator's overview. */
	public record TeamSize(UUID id, String name, int members) {
	}

	public List<TeamSize> teamSizesOf(UUID organisationId) {
		return jdbc.sql("""
				SELECT t.id, t.name, (SELECT count(*) FROM app_user u WHERE u.team_id = t.id AND u.active) AS members
				FROM team t WHERE t.organisation_id = ? AND t.active ORDER BY lower(t.name)
				""").param(organisationId).query(TeamSize.class).list();
	}

	public boolean teamNameTaken(UUID organisationId, String name) {
		return jdbc.sql("SELECT count(*) FROM team WHERE organisation_id = ? AND lower(name) = lower(?)")
			.params(organisationId, name.trim())
			.query(Integer.class)
			.single() > 0;
	}

	@Override
	public Optional<Team> findTeam(UUID id) {
		return jdbc.sql("SELECT id, organisation_id, name, region_id FROM team WHERE id = ?").param(id).query(Team.class)
			.optional();
	}

	@Transactional
	public Organisation createOrganisation(String name) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO organisation (id, name) VALUES (?, ?)").params(id, name).update();
		return new Organisation(id, name);
	}

	@Transactional
	public Team createTeam(UUID organisationId, String name, @Nullable UUID regionId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO team (id, organisation_id, name, region_id) VALUES (?, ?, ?, ?)")
			.params(id, organisationId, name, regionId)
			.update();
		return new Team(id, organisationId, name, regionId);
	}
}
