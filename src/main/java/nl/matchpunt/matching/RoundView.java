package nl.matchpunt.matching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** A round as the coordinator reviews it. */
public record RoundView(
        MatchingRound round,
        List<Proposal> proposals,
        List<UnmatchedDwelling> unmatchedDwellings,
        List<RoundView.OpenDwelling> reopenedDwellings,
        Map<Long, List<RoundRanking>> rankings,
        LocalDate today) {

    /** How many of the best clients the round page shows beside a dwelling that is open again. */
    public static final int BEST_SHOWN = 3;

    /** The three-month promise, in days. */
    public static final int PROMISE_DAYS = 90;

    public long daysWaiting(Proposal proposal) {
        return ChronoUnit.DAYS.between(proposal.getEligibleSince(), round.getReferenceDate());
    }

    public boolean overPromise(Proposal proposal) {
        return daysWaiting(proposal) > PROMISE_DAYS;
    }

    public List<Proposal> activeProposals() {
        return proposals.stream()
                .filter(p -> p.getStatus() != ProposalStatus.REMOVED)
                .toList();
    }

    public List<RoundRanking> rankingOf(Proposal proposal) {
        return rankings.getOrDefault(proposal.getDwellingId(), List.of());
    }

    /** Whether every dwelling of the round has a proposal: none unmatched, none open again after a removal. */
    public boolean everyDwellingProposed() {
        return unmatchedDwellings.isEmpty() && reopenedDwellings.isEmpty();
    }

    /** A dwelling whose proposal the coordinator removed, open again, with the clients that could take it. */
    public record OpenDwelling(Long dwellingId, String dwellingLabel, List<RoundService.Alternative> candidates) {

        public int feasibleClients() {
            return candidates.size();
        }

        /** The best few candidates, best first. */
        public List<RoundService.Alternative> best() {
            return candidates.subList(0, Math.min(BEST_SHOWN, candidates.size()));
        }
    }
}
