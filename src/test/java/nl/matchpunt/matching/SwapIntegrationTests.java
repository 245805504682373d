package nl.matchpunt.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.RunAs;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A client swapped out of a draft proposal stays out of sight of everyone who reads the proposal later. */
@IntegrationTest
class SwapIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MatchingFixtures fixtures;

    @Autowired
    RunAs runAs;

    @Autowired
    RoundService rounds;

    @Autowired
    ProposalRepository proposals;

    @Autowired
    Clock clock;

    @Test
    void theProposalAndTheSubjectAccessExportNeverNameTheClientWhoWasSwappedOut() {
        Long dwelling = fixtures.dwelling("ymere");
        Long swappedOut = fixtures.eligibleClient("leger", LocalDate.now(clock).minusDays(120));
        Long chosen = fixtures.eligibleClient("hvo", LocalDate.now(clock).minusDays(100));
        Long roundId = fixtures.openRound();
        Long proposalId = fixtures.keepOnly(roundId, dwelling, swappedOut);
        String swappedOutCode = proposals.findById(proposalId).orElseThrow().getClientCode();

        runAs.run("coordinator", () -> rounds.swap(roundId, proposalId, chosen));
        runAs.run("coordinator", () -> rounds.confirm(roundId));

        Proposal proposal = proposals.findById(proposalId).orElseThrow();
        assertThat(proposal.getClientId()).isEqualTo(chosen);
        for (String viewer : List.of("coordinator", "ymere", "hvo")) {
            String page = WebSession.loggedIn(port, viewer)
                    .get("/proposals/" + proposalId)
                    .body();
            assertThat(page)
                    .as(viewer + " reads the proposal")
                    .contains(proposal.getClientCode(), "Andere cliënt gekozen")
                    .doesNotContain(swappedOutCode);
        }
        String export = WebSession.loggedIn(port, "coordinator")
                .get("/clients/" + chosen + "/export")
                .body();
        assertThat(export).contains("CLIENT_SWAPPED").doesNotContain(swappedOutCode);
    }
}
