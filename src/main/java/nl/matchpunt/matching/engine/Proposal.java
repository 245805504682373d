package nl.matchpunt.matching.engine;

/**
 * A proposal (voordracht, matchvoorstel): this dwelling for this client, with the score and its parts.
 *
 * @param dwellingId the dwelling
 * @param clientId the client
 * @param score the pair score, broken down
 */
public record Proposal(String dwellingId, String clientId, ScoreBreakdown score) {}
