package nl.matchpunt.matching;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes the rounds left open too long ({@code matchpunt.matching.round.stale-after-days}, counted from the round's
 * reference date): such a round is EXPIRED and its draft proposals are released, so that their dwellings and clients
 * go into the next round. Draft proposals reserve nothing, so releasing them is marking them removed.
 */
@Service
public class StaleRounds {

    /** Who the proposal history names for what the daily job did. */
    static final String SYSTEM_USER = "systeem";

    private static final Logger log = LoggerFactory.getLogger(StaleRounds.class);

    private final MatchingRoundRepository rounds;

    private final ProposalRepository proposals;

    private final ProposalEventRepository events;

    private final Clock clock;

    private final int staleAfterDays;

    StaleRounds(
            MatchingRoundRepository rounds,
            ProposalRepository proposals,
            ProposalEventRepository events,
            Clock clock,
            @Value("${matchpunt.matching.round.stale-after-days:14}") int staleAfterDays) {
        if (staleAfterDays < 1) {
            throw new IllegalArgumentException(
                    "matchpunt.matching.round.stale-after-days must be at least 1: " + staleAfterDays);
        }
        this.rounds = rounds;
        this.proposals = proposals;
        this.events = events;
        this.clock = clock;
        this.staleAfterDays = staleAfterDays;
    }

    /** Expires every round still open whose reference date lies more than the set days before {@code today}. */
    @Transactional
    public int closeStale(LocalDate today) {
        Instant now = clock.instant();
        List<MatchingRound> stale = rounds.findByStatusAndReferenceDateBeforeOrderByIdAsc(
                RoundStatus.OPEN, today.minusDays(staleAfterDays));
        for (MatchingRound round : stale) {
            round.expire();
            for (Proposal draft : proposals.findByRoundIdAndStatus(round.getId(), ProposalStatus.DRAFT)) {
                draft.remove();
                events.save(new ProposalEvent(
                        draft.getId(), now, SYSTEM_USER, null, ProposalEvent.Kind.REMOVED, null, null));
            }
        }
        if (!stale.isEmpty()) {
            log.info("Closed {} rounds left open more than {} days", stale.size(), staleAfterDays);
        }
        return stale.size();
    }

    /** The daily run (05:30 Amsterdam time); with several instances ShedLock lets only one run it. */
    @Component
    static class Job {

        private final StaleRounds staleRounds;

        private final Clock clock;

        Job(StaleRounds staleRounds, Clock clock) {
            this.staleRounds = staleRounds;
            this.clock = clock;
        }

        @Scheduled(cron = "${matchpunt.matching.round.stale-job-cron:0 30 5 * * *}", zone = "Europe/Amsterdam")
        @SchedulerLock(name = "matching-stale-rounds", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
        void run() {
            staleRounds.closeStale(LocalDate.now(clock));
        }
    }
}
