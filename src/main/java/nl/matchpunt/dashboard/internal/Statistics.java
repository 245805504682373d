package nl.matchpunt.dashboard.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Small statistics on days waited: share within a limit, and percentiles by the nearest-rank method. */
public final class Statistics {

    private Statistics() {}

    /** The p-th percentile (0 &lt; p ≤ 1) of sorted values by nearest rank; null for no values. */
    public static @Nullable Integer percentile(List<Integer> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** The share of values at most {@code limit}, in percent with one decimal; null for no values. */
    public static @Nullable Double shareWithin(List<Integer> values, int limit) {
        if (values.isEmpty()) {
            return null;
        }
        long within = values.stream().filter(value -> value <= limit).count();
        return Math.round(1000.0 * within / values.size()) / 10.0;
    }
}
