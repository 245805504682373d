package nl.matchpunt.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.matchpunt.quota.QuotaArithmetic.Forecast;
import nl.matchpunt.quota.QuotaArithmetic.Outcome;
import org.junit.jupiter.api.Test;

class QuotaArithmeticTests {

    private static final Clock MID_YEAR =
            Clock.fixed(java.time.Instant.parse("2026-07-02T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    @Test
    void proRataIsTheShareOfTheYearThatHasPassed() {
        LocalDate today = LocalDate.now(MID_YEAR);
        assertThat(today.getDayOfYear()).isEqualTo(183);
        assertThat(QuotaArithmetic.proRata(1800, today)).isCloseTo(1800 * 183 / 365.0, within(0.001));
        assertThat(QuotaArithmetic.proRata(1800, LocalDate.of(2026, 12, 31))).isEqualTo(1800.0);
        assertThat(QuotaArithmetic.proRata(366, LocalDate.of(2028, 1, 1))).isCloseTo(1.0, within(0.001));
    }

    @Test
    void behindCountsTheShortfallAgainstProRata() {
        LocalDate today = LocalDate.now(MID_YEAR);
        assertThat(QuotaArithmetic.behind(365, 150, today)).isEqualTo(33);
        assertThat(QuotaArithmetic.behind(365, 200, today)).isEqualTo(-17);
    }

    @Test
    void pressureIsTheShortfallAsAShareOfTheContingentAndNeverNegative() {
        LocalDate today = LocalDate.now(MID_YEAR);
        assertThat(QuotaArithmetic.pressure(365, 150, today)).isCloseTo(33 / 365.0, within(0.0001));
        assertThat(QuotaArithmetic.pressure(365, 300, today)).isZero();
        assertThat(QuotaArithmetic.pressure(0, 0, today)).isZero();
    }

    @Test
    void forecastCarriesTheRecentPaceToTheYearEnd() {
        LocalDate today = LocalDate.now(MID_YEAR);
        // 182 days left = 26 weeks; 4 placements a week over the last 8 weeks; plenty of clients waiting
        Forecast forecast = QuotaArithmetic.forecast(200, 100, 32, 40, 500, 8, today);
        assertThat(forecast.expected()).isEqualTo(100 + 104);
        assertThat(forecast.perWeek()).isEqualTo(4.0);
        assertThat(forecast.outcome()).isEqualTo(Outcome.ON_TRACK);
    }

    @Test
    void forecastIsCappedByTheClientsThereAreToPlace() {
        LocalDate today = LocalDate.now(MID_YEAR);
        // pace would add 104, but only 10 wait and 1 a week comes in: 10 + 26 = 36
        Forecast forecast = QuotaArithmetic.forecast(200, 100, 32, 8, 10, 8, today);
        assertThat(forecast.expected()).isEqualTo(136);
        assertThat(forecast.outcome()).isEqualTo(Outcome.SHORT);
        assertThat(forecast.difference()).isEqualTo(-64);
    }

    @Test
    void forecastAboveTheContingentOvershoots() {
        Forecast forecast = QuotaArithmetic.forecast(100, 90, 40, 80, 200, 8, LocalDate.now(MID_YEAR));
        assertThat(forecast.outcome()).isEqualTo(Outcome.OVER);
    }

    @Test
    void suggestedAdjustmentKeepsTheTotalAndFollowsTheForecast() {
        Map<String, Integer> planned = new LinkedHashMap<>();
        planned.put("A", 1000);
        planned.put("B", 600);
        planned.put("C", 200);
        planned.put("URGENT", 300);
        Map<String, Integer> forecast = Map.of("A", 700, "B", 700, "C", 300, "URGENT", 500);
        Map<String, Integer> suggested = QuotaArithmetic.suggestAdjustment(planned, forecast, Set.of("A", "B", "C"));
        assertThat(suggested.get("A") + suggested.get("B") + suggested.get("C")).isEqualTo(1800);
        assertThat(suggested).containsEntry("A", 741).containsEntry("B", 741).containsEntry("C", 318);
        assertThat(suggested).containsEntry("URGENT", 300);
    }

    @Test
    void apportionGivesTheRemainderToTheLargestFractions() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("x", 1);
        weights.put("y", 1);
        weights.put("z", 1);
        assertThat(QuotaArithmetic.apportion(weights, 100))
                .containsEntry("x", 34)
                .containsEntry("y", 33);
        assertThat(QuotaArithmetic.apportion(weights, 100).values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(100);
    }

    @Test
    void daysWaitedRunFromEligibilityToAgreement() {
        assertThat(LedgerEntry.daysWaited(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1)))
                .isEqualTo(90);
        assertThat(LedgerEntry.daysWaited(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1)))
                .isZero();
        assertThat(LedgerEntry.daysWaited(null, LocalDate.of(2026, 4, 1))).isNull();
    }
}
