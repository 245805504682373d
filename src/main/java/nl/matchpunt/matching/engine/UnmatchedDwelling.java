package nl.matchpunt.matching.engine;

/**
 * A dwelling without a proposal in the round.
 *
 * @param dwellingId the dwelling
 * @param reason why it got none
 */
public record UnmatchedDwelling(String dwellingId, UnmatchedReason reason) {}
