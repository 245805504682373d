package nl.matchpunt.quota;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plain arithmetic of the plan, free of Spring and the database, so that it can be tested with fixed dates:
 * the pro-rata share of a contingent on a date, how far a group is behind it, the year-end forecast at the current
 * pace, and a suggested redistribution of the contingents that keeps the total.
 */
public final class QuotaArithmetic {

    /** Within this share of its contingent a group's forecast counts as on track. */
    public static final double TOLERANCE = 0.05;

    private QuotaArithmetic() {}

    /** The part of the year's contingent due by {@code date} (inclusive), if placements were spread evenly. */
    public static double proRata(int planned, LocalDate date) {
        return planned * (double) date.getDayOfYear() / date.lengthOfYear();
    }

    /** Placements short of the pro-rata share on {@code date}, rounded; negative when ahead. */
    public static int behind(int planned, int placed, LocalDate date) {
        return (int) Math.round(proRata(planned, date)) - placed;
    }

    /** How far behind pro rata, as a share of the year's contingent (0 when on schedule or ahead, or no plan). */
    public static double pressure(int planned, int placed, LocalDate date) {
        if (planned <= 0) {
            return 0;
        }
        return Math.max(0, (proRata(planned, date) - placed) / planned);
    }

    /** The days left in the year after {@code date}. */
    public static int daysRemaining(LocalDate date) {
        return date.lengthOfYear() - date.getDayOfYear();
    }

    /**
     * The year-end outcome of a group at the current pace: placements so far plus what the recent pace adds by the
     * year's end, but never more than there are clients to place (those waiting now plus the recent inflow carried
     * on).
     *
     * @param placedYearToDate placements counted this year up to {@code date}
     * @param placedRecently placements in the last {@code weeks} weeks
     * @param inflowRecently clients who became eligible in the last {@code weeks} weeks
     * @param waitingNow clients waiting on {@code date}
     */
    public static Forecast forecast(
            int planned,
            int placedYearToDate,
            int placedRecently,
            int inflowRecently,
            int waitingNow,
            int weeks,
            LocalDate date) {
        double weeksLeft = daysRemaining(date) / 7.0;
        double pace = weeks <= 0 ? 0 : placedRecently / (double) weeks;
        double supply = pace * weeksLeft;
        double demand = waitingNow + (weeks <= 0 ? 0 : inflowRecently / (double) weeks) * weeksLeft;
        int expected = placedYearToDate + (int) Math.round(Math.min(supply, demand));
        return new Forecast(planned, expected, outcome(planned, expected), pace);
    }

    static Outcome outcome(int planned, int expected) {
        double margin = Math.max(1, planned * TOLERANCE);
        if (expected < planned - margin) {
            return Outcome.SHORT;
        }
        if (expected > planned + margin) {
            return Outcome.OVER;
        }
        return Outcome.ON_TRACK;
    }

    /**
     * A suggested adjustment: the groups in the quota share the same total in proportion to their forecast
     * outcome, so that every group is helped to a comparable degree; groups outside the quota keep their
     * contingent. The result adds up to exactly the same total (largest remainder).
     */
    public static Map<String, Integer> suggestAdjustment(
            Map<String, Integer> planned, Map<String, Integer> forecast, Set<String> counting) {
        int total = planned.entrySet().stream()
                .filter(entry -> counting.contains(entry.getKey()))
                .mapToInt(Map.Entry::getValue)
                .sum();
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (String code : planned.keySet()) {
            if (counting.contains(code)) {
                weights.put(code, Math.max(0, forecast.getOrDefault(code, 0)));
            }
        }
        Map<String, Integer> result = new LinkedHashMap<>(planned);
        if (weights.values().stream().mapToInt(Integer::intValue).sum() == 0) {
            return result;
        }
        result.putAll(apportion(weights, total));
        return result;
    }

    /**
     * Splits {@code total} over the keys in proportion to their weights, in whole numbers that add up to exactly
     * {@code total} (largest-remainder method; ties go to the larger weight, then the first key).
     */
    public static <K> Map<K, Integer> apportion(Map<K, Integer> weights, int total) {
        long sum = weights.values().stream().mapToLong(Integer::longValue).sum();
        Map<K, Integer> result = new LinkedHashMap<>();
        if (sum == 0) {
            weights.keySet().forEach(key -> result.put(key, 0));
            return result;
        }
        record Share<K>(K key, int weight, double remainder, int order) {}
        List<Share<K>> shares = new ArrayList<>();
        int given = 0;
        int order = 0;
        for (Map.Entry<K, Integer> entry : weights.entrySet()) {
            double exact = total * (double) entry.getValue() / sum;
            int whole = (int) Math.floor(exact);
            result.put(entry.getKey(), whole);
            given += whole;
            shares.add(new Share<>(entry.getKey(), entry.getValue(), exact - whole, order++));
        }
        shares.sort(Comparator.<Share<K>>comparingDouble(Share::remainder)
                .reversed()
                .thenComparing(Comparator.<Share<K>>comparingInt(Share::weight).reversed())
                .thenComparingInt(Share::order));
        for (int i = 0; i < total - given; i++) {
            K key = shares.get(i % shares.size()).key();
            result.merge(key, 1, Integer::sum);
        }
        return result;
    }

    /** Whether a group will fall short of its contingent, overshoot it, or land within the tolerance. */
    public enum Outcome {
        SHORT,
        ON_TRACK,
        OVER
    }

    /**
     * A group's year-end forecast.
     *
     * @param perWeek the current pace, placements per week
     */
    public record Forecast(int planned, int expected, Outcome outcome, double perWeek) {

        public int difference() {
            return expected - planned;
        }
    }
}
