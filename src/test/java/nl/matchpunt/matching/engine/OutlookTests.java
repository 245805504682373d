package nl.matchpunt.matching.engine;

import static nl.matchpunt.matching.engine.Fixtures.ROUND;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The look-ahead part of the score: who is least likely to get another feasible dwelling within 90 days. */
class OutlookTests {

    private final MatchingEngine engine = new MatchingEngine(ScoreWeights.defaults());

    private static Client client(String id, int waited, boolean needsAccessible) {
        return new Client(
                id,
                null,
                null,
                ROUND.minusDays(waited),
                new BigDecimal("800"),
                1,
                null,
                null,
                false,
                needsAccessible,
                false,
                List.of(),
                List.of(),
                List.of(),
                null);
    }

    private static Dwelling dwelling(String id, boolean accessible) {
        return new Dwelling(id, null, "Noord", "Noord-West", new BigDecimal("600"), 2, 0, false, accessible, false);
    }

    /** A past year of 365 dwellings of which {@code accessible} were wheelchair accessible. */
    private static Outlook pastYear(int accessible) {
        List<Dwelling> past = new ArrayList<>();
        for (int i = 0; i < 365; i++) {
            past.add(dwelling("H-" + i, i < accessible));
        }
        return Outlook.of(past, 365);
    }

    private String proposedClient(List<Client> clients, Outlook outlook) {
        MatchingInstance instance =
                new MatchingInstance(ROUND, List.of(dwelling("W-1", true)), clients, Map.of(), Map.of(), Map.of());
        return engine.match(instance, outlook).proposals().get(0).clientId();
    }

    @Test
    void aClientWithRareRequirementsComesBeforeOneWhoWillSurelyGetAnotherDwellingInTime() {
        // C-common waited longer, so without the outlook it gets the accessible dwelling.
        List<Client> clients = List.of(client("C-common", 80, false), client("C-wheelchair", 30, true));
        assertThat(proposedClient(clients, null)).isEqualTo("C-common");
        // Few accessible dwellings last year: the wheelchair user would likely miss the 90 days if passed over.
        assertThat(proposedClient(clients, pastYear(4))).isEqualTo("C-wheelchair");
    }

    @Test
    void aClientWhoseChanceIsAsGoodAsAnyoneElsesKeepsTheOrderOfWaiting() {
        // Every dwelling of last year was accessible: both clients have the same chance; waiting decides.
        List<Client> clients = List.of(client("C-common", 80, false), client("C-wheelchair", 30, true));
        assertThat(proposedClient(clients, pastYear(365))).isEqualTo("C-common");
    }

    @Test
    void aClientWithinThePromiseComesBeforeOneWhosePromiseIsAlreadyBroken() {
        List<Client> clients = List.of(client("C-late", 120, false), client("C-early", 60, false));
        assertThat(proposedClient(clients, null)).isEqualTo("C-late");
        assertThat(proposedClient(clients, pastYear(100))).isEqualTo("C-early");
    }

    @Test
    void theOutlookChangesTheScoreNotTheOptimality() {
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 20; i++) {
            MatchingInstance instance = Fixtures.random(random, 5, 12, i % 2 == 0);
            Outlook outlook = Outlook.of(instance.dwellings(), 30);
            MatchingResult reduced = engine.match(instance, outlook);
            MatchingResult full = new MatchingEngine(ScoreWeights.defaults(), false).match(instance, outlook);
            assertThat(reduced.proposals()).hasSameSizeAs(full.proposals());
            assertThat(reduced.totalScore()).isEqualTo(full.totalScore());
        }
    }
}
