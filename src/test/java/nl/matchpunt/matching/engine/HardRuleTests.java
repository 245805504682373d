package nl.matchpunt.matching.engine;

import static nl.matchpunt.matching.engine.Fixtures.ROUND;
import static nl.matchpunt.matching.engine.Fixtures.client;
import static nl.matchpunt.matching.engine.Fixtures.dwelling;
import static nl.matchpunt.matching.engine.Fixtures.instance;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class HardRuleTests {

    private final MatchingEngine engine = new MatchingEngine(ScoreWeights.defaults());

    /** The first failed rule for the pair, or null when it is feasible (and then it must be proposed). */
    private @Nullable HardRule verdict(Dwelling dwelling, Client client) {
        MatchingInstance instance = instance(List.of(dwelling), List.of(client));
        MatchingResult result = engine.match(instance);
        ClientExplanation explanation = engine.explainClient(instance, result, client.id());
        if (explanation.feasibleDwellings().isEmpty()) {
            assertThat(result.proposals()).isEmpty();
            assertThat(result.unmatchedDwellings())
                    .containsExactly(new UnmatchedDwelling(dwelling.id(), UnmatchedReason.NO_FEASIBLE_CLIENT));
            return explanation.rejections().get(0).rule();
        }
        assertThat(result.proposals()).hasSize(1);
        return null;
    }

    private static Client with(Client c, int minRooms, @Nullable Integer maxRooms, @Nullable Integer maxFloor) {
        return new Client(
                c.id(),
                c.targetGroup(),
                c.careProvider(),
                c.eligibleSince(),
                c.maxRent(),
                minRooms,
                maxRooms,
                maxFloor,
                c.needsElevator(),
                c.needsAccessible(),
                c.needsOwnEntrance(),
                c.excludedDistricts(),
                c.excludedAreas(),
                c.preferredDistricts(),
                c.careTeamDistrict());
    }

    private static Client needs(boolean elevator, boolean accessible, boolean ownEntrance) {
        Client c = client("C-1");
        return new Client(
                c.id(),
                null,
                null,
                c.eligibleSince(),
                c.maxRent(),
                1,
                null,
                null,
                elevator,
                accessible,
                ownEntrance,
                List.of(),
                List.of(),
                List.of(),
                null);
    }

    private static Client excluding(List<String> districts, List<String> areas) {
        Client c = client("C-1");
        return new Client(
                c.id(),
                null,
                null,
                c.eligibleSince(),
                c.maxRent(),
                1,
                null,
                null,
                false,
                false,
                false,
                districts,
                areas,
                List.of(),
                null);
    }

    @Test
    void rentEqualToMaximumIsAffordableAndOneCentMoreIsNot() {
        assertThat(verdict(dwelling("W-1", "650.00", 2, 0, false), client("C-1", ROUND, "650")))
                .isNull();
        assertThat(verdict(dwelling("W-1", "650.01", 2, 0, false), client("C-1", ROUND, "650")))
                .isEqualTo(HardRule.AFFORDABLE);
    }

    @Test
    void roomsBetweenMinimumAndMaximumInclusive() {
        Dwelling two = dwelling("W-1", "600", 2, 0, false);
        assertThat(verdict(two, with(client("C-1"), 2, 2, null))).isNull();
        assertThat(verdict(two, with(client("C-1"), 3, null, null))).isEqualTo(HardRule.BIG_ENOUGH);
        assertThat(verdict(two, with(client("C-1"), 1, 1, null))).isEqualTo(HardRule.NOT_TOO_BIG);
        assertThat(verdict(dwelling("W-1", "600", 9, 0, false), with(client("C-1"), 1, null, null)))
                .as("absent maxRooms is no limit")
                .isNull();
    }

    @Test
    void clientNeedingElevatorTakesGroundFloorOrElevatorOnly() {
        Client needsElevator = needs(true, false, false);
        assertThat(verdict(dwelling("W-1", "600", 2, 0, false), needsElevator)).isNull();
        assertThat(verdict(dwelling("W-1", "600", 2, 4, true), needsElevator)).isNull();
        assertThat(verdict(dwelling("W-1", "600", 2, 1, false), needsElevator)).isEqualTo(HardRule.REACHABLE);
        assertThat(verdict(dwelling("W-1", "600", 2, 1, false), needs(false, false, false)))
                .isNull();
    }

    @Test
    void floorLimitIsInclusiveAndAbsentMeansNoLimit() {
        assertThat(verdict(dwelling("W-1", "600", 2, 0, false), with(client("C-1"), 1, null, 0)))
                .isNull();
        assertThat(verdict(dwelling("W-1", "600", 2, 2, true), with(client("C-1"), 1, null, 2)))
                .isNull();
        assertThat(verdict(dwelling("W-1", "600", 2, 3, true), with(client("C-1"), 1, null, 2)))
                .isEqualTo(HardRule.FLOOR_LIMIT);
        assertThat(verdict(dwelling("W-1", "600", 2, 12, true), with(client("C-1"), 1, null, null)))
                .isNull();
    }

    @Test
    void accessibleAndOwnEntrance() {
        Dwelling plain = dwelling("W-1");
        Dwelling accessibleShared =
                new Dwelling("W-1", null, "Noord", "Noord-West", new BigDecimal("600"), 2, 0, false, true, true);
        assertThat(verdict(plain, needs(false, true, false))).isEqualTo(HardRule.ACCESSIBLE);
        assertThat(verdict(accessibleShared, needs(false, true, false))).isNull();
        assertThat(verdict(accessibleShared, needs(false, true, true))).isEqualTo(HardRule.OWN_ENTRANCE);
        assertThat(verdict(plain, needs(false, false, true))).isNull();
    }

    @Test
    void excludedDistrictOrAreaRulesOut() {
        Dwelling noord = dwelling("W-1");
        assertThat(verdict(noord, excluding(List.of("Noord"), List.of()))).isEqualTo(HardRule.NOT_EXCLUDED);
        assertThat(verdict(noord, excluding(List.of(), List.of("Noord-West")))).isEqualTo(HardRule.NOT_EXCLUDED);
        assertThat(verdict(noord, excluding(List.of("Centrum"), List.of("Oost-1"))))
                .isNull();
    }

    @Test
    void eligibleOnTheReferenceDateButNotTheDayAfter() {
        assertThat(verdict(dwelling("W-1"), client("C-1", ROUND, "700"))).isNull();
        assertThat(verdict(dwelling("W-1"), client("C-1", ROUND.plusDays(1), "700")))
                .isEqualTo(HardRule.ELIGIBLE);
    }

    @Test
    void firstFailingRuleInTableOrderIsTheReason() {
        Client late = new Client(
                "C-1",
                null,
                null,
                ROUND.plusDays(5),
                new BigDecimal("500"),
                3,
                null,
                null,
                true,
                true,
                true,
                List.of("Noord"),
                List.of(),
                List.of(),
                null);
        assertThat(verdict(dwelling("W-1", "600", 2, 3, false), late)).isEqualTo(HardRule.AFFORDABLE);
        assertThat(HardRule.AFFORDABLE.dutchText()).isEqualTo("huur hoger dan maximale huur van de cliënt");
    }
}
