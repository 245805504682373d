package nl.matchpunt.dashboard;

import java.util.List;

/**
 * One chart: labels along the axis and named series of numbers; a series drawn as a line (the pro-rata line)
 * rather than bars is marked so.
 */
public record ChartData(String id, String titleKey, List<String> labels, List<Series> series) {

    public record Series(String labelKey, List<? extends Number> values, boolean line) {}
}
