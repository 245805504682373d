package nl.matchpunt.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.matchpunt.dwellings.DwellingService;
import nl.matchpunt.dwellings.DwellingStatus;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The database, not only the code, keeps a dwelling and a client in at most one open proposal. */
@IntegrationTest
class ConcurrencyIntegrationTests {

    private static final int COORDINATORS = 20;

    @Autowired
    MatchingFixtures fixtures;

    @Autowired
    RunAs runAs;

    @Autowired
    RoundService rounds;

    @Autowired
    ProposalService proposalService;

    @Autowired
    MatchingRoundRepository roundRepository;

    @Autowired
    ProposalRepository proposals;

    @Autowired
    ProposalEventRepository events;

    @Autowired
    DwellingService dwellings;

    @Autowired
    Clock clock;

    @Test
    void twentyConcurrentConfirmationsOfConflictingProposalsLetExactlyOneWin() throws Exception {
        Long dwelling = fixtures.dwelling("ymere");
        List<Long> roundIds = new ArrayList<>();
        for (int i = 0; i < COORDINATORS; i++) {
            Long client = fixtures.eligibleClient(
                    i % 2 == 0 ? "hvo" : "leger", LocalDate.now(clock).minusDays(i));
            MatchingRound round = roundRepository.save(new MatchingRound(
                    LocalDate.now(clock), Instant.now(clock), "coordinator", 1, 1, 1, BigDecimal.ONE, 0));
            proposals.save(new Proposal(
                    round.getId(),
                    new ProposalDwelling(dwelling, 0L, "Testpad", 0L, "Noord", 0L, "Noord-West", LocalDate.now(clock)),
                    new ProposalClient(
                            client, 0L, fixtures.clientCode(client), "TEST", LocalDate.now(clock), false, 1, false),
                    RoundService.parts(new nl.matchpunt.matching.engine.ScoreBreakdown(100, 0, 0, 0, 0))));
            roundIds.add(round.getId());
        }

        List<Boolean> outcomes = race(roundIds.stream()
                .<Callable<Boolean>>map(roundId -> () -> {
                    try {
                        runAs.run("coordinator", () -> rounds.confirm(roundId));
                        return true;
                    } catch (RuntimeException refused) {
                        return false;
                    }
                })
                .toList());

        assertThat(outcomes.stream().filter(won -> won)).hasSize(1);
        long open = proposals
                .findByDwellingIdAndStatusIn(dwelling, List.of(ProposalStatus.SENT))
                .size();
        assertThat(open).isEqualTo(1);
        assertThat(dwellings.viewForMatching(dwelling).status()).isEqualTo(DwellingStatus.PROPOSED);
        assertThat(roundIds.stream()
                        .map(id -> roundRepository.findById(id).orElseThrow().getStatus())
                        .filter(status -> status == RoundStatus.CONFIRMED))
                .hasSize(1);
    }

    @Test
    void aDoubleClickedAcceptanceIsRecordedOnce() throws Exception {
        Long dwelling = fixtures.dwelling("rochdale");
        Long client = fixtures.eligibleClient("leger", LocalDate.now(clock).minusDays(40));
        Long roundId = fixtures.openRound();
        Proposal proposal =
                proposals.findById(fixtures.keepOnly(roundId, dwelling, client)).orElseThrow();
        runAs.run("coordinator", () -> rounds.confirm(roundId));

        race(java.util.stream.IntStream.range(0, 8)
                .<Callable<Boolean>>mapToObj(
                        i -> () -> runAs.get("leger", () -> proposalService.accept(proposal.getId())))
                .toList());

        assertThat(events.findByProposalIdOrderByOccurredAtAscIdAsc(proposal.getId()).stream()
                        .filter(e -> e.getKind() == ProposalEvent.Kind.ACCEPTED))
                .hasSize(1);
        assertThat(proposals.findById(proposal.getId()).orElseThrow().getProviderDecision())
                .isEqualTo(Decision.ACCEPTED);
    }

    private static List<Boolean> race(List<Callable<Boolean>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (Callable<Boolean> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
