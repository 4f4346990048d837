package nl.kwartier.clients.recoveryplan;

import java.util.List;

/** The goals on one life domain, for the plan page. */
public record DomainGoals(String code, String name, List<Goal> goals) {
}
