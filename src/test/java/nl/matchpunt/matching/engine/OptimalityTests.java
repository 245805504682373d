package nl.matchpunt.matching.engine;

import static nl.matchpunt.matching.engine.Fixtures.ROUND;
import static nl.matchpunt.matching.engine.Fixtures.client;
import static nl.matchpunt.matching.engine.Fixtures.dwelling;
import static nl.matchpunt.matching.engine.Fixtures.instance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptimalityTests {

    private final MatchingEngine engine = new MatchingEngine(ScoreWeights.defaults());

    /** {proposals, total score}: the lexicographic optimum found by trying every assignment. */
    private long[] bruteForce(MatchingInstance instance) {
        List<String> dwellings = instance.dwellings().stream().map(Dwelling::id).toList();
        Map<String, Map<String, Long>> scores = new HashMap<>();
        for (PairScore pair : engine.feasiblePairs(instance)) {
            scores.computeIfAbsent(pair.dwellingId(), k -> new HashMap<>())
                    .put(pair.clientId(), pair.score().total());
        }
        Map<String, String> providerOf = new HashMap<>();
        for (Client c : instance.clients()) {
            if (c.careProvider() != null) {
                providerOf.put(c.id(), c.careProvider());
            }
        }
        long[] best = {0, Long.MIN_VALUE};
        search(instance, dwellings, 0, scores, providerOf, new HashSet<>(), new HashMap<>(), 0, 0, best);
        return best;
    }

    private void search(
            MatchingInstance instance,
            List<String> dwellings,
            int at,
            Map<String, Map<String, Long>> scores,
            Map<String, String> providerOf,
            Set<String> used,
            Map<String, Integer> intake,
            long count,
            long total,
            long[] best) {
        if (at == dwellings.size()) {
            if (count > best[0] || (count == best[0] && total > best[1])) {
                best[0] = count;
                best[1] = total;
            }
            return;
        }
        search(instance, dwellings, at + 1, scores, providerOf, used, intake, count, total, best);
        for (Map.Entry<String, Long> option :
                scores.getOrDefault(dwellings.get(at), Map.of()).entrySet()) {
            String client = option.getKey();
            String provider = providerOf.get(client);
            CareProvider care =
                    provider == null ? null : instance.careProviders().get(provider);
            Integer cap = care == null ? null : care.intakeCapacity();
            int taken = provider == null ? 0 : intake.getOrDefault(provider, 0);
            if (used.contains(client) || (cap != null && taken >= cap)) {
                continue;
            }
            used.add(client);
            if (provider != null) {
                intake.put(provider, taken + 1);
            }
            search(
                    instance,
                    dwellings,
                    at + 1,
                    scores,
                    providerOf,
                    used,
                    intake,
                    count + 1,
                    total + option.getValue(),
                    best);
            used.remove(client);
            if (provider != null) {
                intake.put(provider, taken);
            }
        }
    }

    private static void assertValid(MatchingInstance instance, MatchingResult result, MatchingEngine engine) {
        Set<String> feasible = new HashSet<>();
        for (PairScore pair : engine.feasiblePairs(instance)) {
            feasible.add(pair.dwellingId() + "|" + pair.clientId());
        }
        Set<String> clients = new HashSet<>();
        Map<String, Integer> intake = new HashMap<>();
        for (Proposal p : result.proposals()) {
            assertThat(feasible).contains(p.dwellingId() + "|" + p.clientId());
            assertThat(clients.add(p.clientId())).as("client proposed twice").isTrue();
            instance.clients().stream()
                    .filter(c -> c.id().equals(p.clientId()) && c.careProvider() != null)
                    .forEach(c -> intake.merge(c.careProvider(), 1, Integer::sum));
        }
        intake.forEach((provider, taken) -> {
            CareProvider care = instance.careProviders().get(provider);
            if (care != null && care.intakeCapacity() != null) {
                assertThat(taken).isLessThanOrEqualTo(care.intakeCapacity());
            }
        });
    }

    @Test
    void matchesBruteForceOnHundredsOfRandomInstances() {
        Random random = new Random(20261125);
        for (int i = 0; i < 400; i++) {
            boolean capacities = i % 2 == 1;
            MatchingInstance instance = Fixtures.random(random, 1 + random.nextInt(5), random.nextInt(7), capacities);
            MatchingResult result = engine.match(instance);
            long[] best = bruteForce(instance);
            assertValid(instance, result, engine);
            assertThat(new long[] {
                        result.proposals().size(), result.proposals().isEmpty() ? best[1] : result.totalScore()
                    })
                    .as("instance %d", i)
                    .containsExactly(best);
        }
    }

    @Test
    void reducedGraphGivesTheSameOptimumAsTheFullGraph() {
        Random random = new Random(7);
        MatchingEngine full = new MatchingEngine(ScoreWeights.defaults(), false);
        for (int i = 0; i < 200; i++) {
            MatchingInstance instance =
                    Fixtures.random(random, 1 + random.nextInt(4), 10 + random.nextInt(20), i % 2 == 0);
            MatchingResult reduced = engine.match(instance);
            MatchingResult all = full.match(instance);
            assertThat(reduced.proposals()).hasSameSizeAs(all.proposals());
            assertThat(reduced.totalScore()).as("instance %d", i).isEqualTo(all.totalScore());
            if (i < 40) {
                long[] best = bruteForce(instance);
                assertThat(reduced.proposals().size()).isEqualTo(best[0]);
            }
        }
    }

    @Test
    void givesUpTheBestPairWhenThatHousesOneMoreClient() {
        // A waits longest and fits both dwellings; B fits only the cheap one. Highest score first would give the
        // cheap dwelling to A and leave the expensive one empty.
        Client a = client("A", ROUND.minusDays(120), "700");
        Client b = client("B", ROUND.minusDays(10), "600");
        MatchingInstance instance = instance(
                List.of(dwelling("W-cheap", "550", 2, 0, false), dwelling("W-dear", "650", 2, 0, false)),
                List.of(a, b));
        MatchingResult result = engine.match(instance);
        assertThat(result.proposals())
                .extracting(p -> p.dwellingId() + "→" + p.clientId())
                .containsExactly("W-cheap→B", "W-dear→A");
        assertThat(result.unmatchedDwellings()).isEmpty();
    }

    @Test
    void careProviderCapacityLimitsTheRoundAndIsNamedAsReason() {
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Client c = client("C-" + i, ROUND.minusDays(30 + i), "700");
            clients.add(new Client(
                    c.id(),
                    null,
                    "hvo",
                    c.eligibleSince(),
                    c.maxRent(),
                    1,
                    null,
                    null,
                    false,
                    false,
                    false,
                    List.of(),
                    List.of(),
                    List.of(),
                    null));
        }
        MatchingInstance instance = new MatchingInstance(
                ROUND,
                List.of(dwelling("W-1"), dwelling("W-2"), dwelling("W-3")),
                clients,
                Map.of("hvo", new CareProvider(2)),
                Map.of(),
                Map.of());
        MatchingResult result = engine.match(instance);
        assertThat(result.proposals()).hasSize(2);
        assertThat(result.proposals()).extracting(Proposal::clientId).containsExactlyInAnyOrder("C-1", "C-2");
        assertThat(result.unmatchedDwellings())
                .extracting(UnmatchedDwelling::reason)
                .containsExactly(UnmatchedReason.CAPACITY);
        ClientExplanation why = engine.explainClient(instance, result, "C-0");
        assertThat(why.feasibleDwellings()).hasSize(3);
        assertThat(why.noProposalReason()).contains("intakecapaciteit van zorgaanbieder hvo");
    }

    @Test
    void explainingManyDwellingsAtOnceSaysWhatExplainingEachSays() {
        Random random = new Random(31);
        for (int i = 0; i < 20; i++) {
            MatchingInstance instance =
                    Fixtures.random(random, 3 + random.nextInt(10), 2 + random.nextInt(12), i % 2 == 0);
            MatchingResult result = engine.match(instance);
            List<String> ids = instance.dwellings().stream().map(Dwelling::id).toList();

            Map<String, DwellingExplanation> all = engine.explainDwellings(instance, result, ids);

            assertThat(all.keySet()).containsExactlyElementsOf(ids);
            for (String id : ids) {
                assertThat(all.get(id)).isEqualTo(engine.explainDwelling(instance, result, id));
            }
        }
        MatchingInstance instance = Fixtures.random(random, 2, 2, false);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> engine.explainDwellings(instance, engine.match(instance), List.of("W-onbekend")));
    }

    @Test
    void dwellingWhoseOnlyClientGoesElsewhereSaysNoClientLeft() {
        MatchingInstance instance = instance(List.of(dwelling("W-1"), dwelling("W-2")), List.of(client("C-1")));
        MatchingResult result = engine.match(instance);
        assertThat(result.proposals()).hasSize(1);
        assertThat(result.unmatchedDwellings())
                .extracting(UnmatchedDwelling::reason)
                .containsExactly(UnmatchedReason.NO_CLIENT_LEFT);
        DwellingExplanation why = engine.explainDwelling(
                instance, result, result.unmatchedDwellings().get(0).dwellingId());
        assertThat(why.feasibleClients()).isEqualTo(1);
        assertThat(why.toDutchLines().get(1)).contains("alle passende cliënten krijgen een andere woning");
    }

    @Test
    void sameInputInAnyOrderGivesTheSameProposals() {
        Random random = new Random(99);
        for (int i = 0; i < 50; i++) {
            MatchingInstance instance = Fixtures.random(random, 6, 12, i % 2 == 0);
            List<Dwelling> dwellings = new ArrayList<>(instance.dwellings());
            List<Client> clients = new ArrayList<>(instance.clients());
            Collections.shuffle(dwellings, random);
            Collections.shuffle(clients, random);
            MatchingInstance shuffled = new MatchingInstance(
                    instance.referenceDate(),
                    dwellings,
                    clients,
                    instance.careProviders(),
                    instance.contingents(),
                    instance.areaPlacementsLast12Months());
            MatchingResult first = engine.match(instance);
            assertThat(engine.match(instance).proposals()).isEqualTo(first.proposals());
            assertThat(engine.match(shuffled).proposals()).isEqualTo(first.proposals());
            assertThat(engine.match(shuffled).unmatchedDwellings()).isEqualTo(first.unmatchedDwellings());
        }
    }

    @Test
    void emptyAndDegenerateInstancesGiveEmptyResults() {
        MatchingResult none = engine.match(instance(List.of(), List.of()));
        assertThat(none.proposals()).isEmpty();
        assertThat(none.unmatchedDwellings()).isEmpty();
        assertThat(none.totalScore()).isZero();

        MatchingResult noClients = engine.match(instance(List.of(dwelling("W-1")), List.of()));
        assertThat(noClients.unmatchedDwellings())
                .containsExactly(new UnmatchedDwelling("W-1", UnmatchedReason.NO_FEASIBLE_CLIENT));

        MatchingResult noDwellings = engine.match(instance(List.of(), List.of(client("C-1"))));
        assertThat(noDwellings.proposals()).isEmpty();

        MatchingResult nothingFeasible =
                engine.match(instance(List.of(dwelling("W-1", "900", 2, 0, false)), List.of(client("C-1"))));
        assertThat(nothingFeasible.proposals()).isEmpty();
        assertThat(nothingFeasible.unmatchedDwellings()).hasSize(1);
    }

    @Test
    void breakdownAddsUpToTheScoreAndLongerWaitingScoresHigher() {
        MatchingInstance instance = instance(
                List.of(dwelling("W-1")),
                List.of(client("C-old", ROUND.minusDays(100), "700"), client("C-new", ROUND.minusDays(20), "700")));
        List<PairScore> pairs = engine.feasiblePairs(instance);
        assertThat(pairs).hasSize(2);
        for (PairScore pair : pairs) {
            ScoreBreakdown s = pair.score();
            assertThat(s.waiting() + s.preferences() + s.contingent() + s.spread() + s.scarcity())
                    .isEqualTo(s.total());
        }
        assertThat(pairs.get(0).clientId()).isEqualTo("C-old");
        assertThat(pairs.get(0).score().waiting())
                .isGreaterThan(pairs.get(1).score().waiting());
        assertThat(engine.match(instance).proposals().get(0).clientId()).isEqualTo("C-old");
        assertThat(Scorer.waitingShape(90)).isEqualTo(100.0);
        assertThat(Scorer.waitingShape(120)).isGreaterThan(Scorer.waitingShape(90));
    }

    @Test
    void accessibleDwellingGoesToTheWheelchairUserOverALongerWaitingClient() {
        Dwelling accessible = new Dwelling(
                "W-1", null, "Noord", "Noord-West", new java.math.BigDecimal("600"), 2, 0, false, true, false);
        Client wheelchair = new Client(
                "C-wheel",
                null,
                null,
                ROUND.minusDays(60),
                new java.math.BigDecimal("700"),
                1,
                null,
                null,
                true,
                true,
                false,
                List.of(),
                List.of(),
                List.of(),
                null);
        Client other = client("C-other", ROUND.minusDays(70), "700");
        MatchingResult result = engine.match(instance(List.of(accessible), List.of(wheelchair, other)));
        assertThat(result.proposals().get(0).clientId()).isEqualTo("C-wheel");
        assertThat(result.proposals().get(0).score().scarcity()).isPositive();
    }
}
