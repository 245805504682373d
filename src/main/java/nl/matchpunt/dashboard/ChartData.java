package nl.matchpunt.dashboard;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One chart: labels along the axis and named series of numbers; a series drawn as a line (the pro-rata line)
 * rather than bars is marked so.
 */
public record ChartData(String id, String titleKey, List<String> labels, List<Series> series) {

    /** A series; a value left out (suppressed) is {@code null}, a gap in the chart. */
    public record Series(String labelKey, List<? extends @Nullable Number> values, boolean line) {}
}
