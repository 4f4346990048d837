package nl.kwartier.workforce;

/**
 * The areas in which a client is vulnerable (domain.md), and in which a peer expert may have
 * lived experience that he is willing to draw on. Each has a message key {@code problem-area.<NAME>}.
 */
public enum ProblemArea {
	PSYCHIATRIC_PROBLEMS, SOCIAL_ISOLATION, SOCIAL_EXCLUSION, LONELINESS, POVERTY, ADDICTION, OTHER;

	public String messageKey() {
		return "problem-area." + name();
	}
}
