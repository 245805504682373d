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
        Map<Long, List<RoundRanking>> rankings,
        LocalDate today) {

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
}
