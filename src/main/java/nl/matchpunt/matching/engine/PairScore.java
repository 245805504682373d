package nl.matchpunt.matching.engine;

/**
 * The score of one feasible pair.
 *
 * @param dwellingId the dwelling
 * @param clientId the client
 * @param score the score, broken down
 */
public record PairScore(String dwellingId, String clientId, ScoreBreakdown score) {}
