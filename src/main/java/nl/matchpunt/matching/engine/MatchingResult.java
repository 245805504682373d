package nl.matchpunt.matching.engine;

import java.util.List;

/**
 * The outcome of a round: the proposals (sorted by dwelling id), the dwellings without one, and the objective.
 *
 * @param proposals the proposals, by dwelling id
 * @param unmatchedDwellings the dwellings without a proposal, by dwelling id
 * @param totalScore the sum of the proposals' scores in hundredths of a point
 * @param solveMillis the time the solve took in milliseconds
 */
public record MatchingResult(
        List<Proposal> proposals, List<UnmatchedDwelling> unmatchedDwellings, long totalScore, long solveMillis) {

    public MatchingResult {
        proposals = List.copyOf(proposals);
        unmatchedDwellings = List.copyOf(unmatchedDwellings);
    }
}
