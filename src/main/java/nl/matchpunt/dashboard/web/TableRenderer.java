package nl.matchpunt.dashboard.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.matchpunt.dashboard.ChartData;
import nl.matchpunt.dashboard.FigureTable;
import nl.matchpunt.dashboard.web.RenderedTable.Cell;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns the dashboard's tables and charts into text in the reader's language, once for page and exports alike. */
@Component
class TableRenderer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final MessageSource messages;

    TableRenderer(MessageSource messages) {
        this.messages = messages;
    }

    RenderedTable render(FigureTable table, Locale locale) {
        List<String> headers = table.columnKeys().stream()
                .map(key -> messages.getMessage(key, null, locale))
                .toList();
        List<List<Cell>> rows = new ArrayList<>();
        for (List<@Nullable Object> row : table.rows()) {
            rows.add(row.stream().map(value -> cell(value, locale)).toList());
        }
        return new RenderedTable(table.id(), messages.getMessage(table.titleKey(), null, locale), headers, rows);
    }

    private Cell cell(@Nullable Object value, Locale locale) {
        if (value == null) {
            return new Cell("", null);
        }
        if (value instanceof Double decimal) {
            return new Cell(String.format(locale, "%.1f", decimal), decimal);
        }
        if (value instanceof Number number) {
            return new Cell(number.toString(), number);
        }
        if (value instanceof LocalDate date) {
            return new Cell(DATE.format(date), null);
        }
        if (value instanceof FigureTable.Label label) {
            return new Cell(messages.getMessage(label.key(), label.arguments(), locale), null);
        }
        return new Cell(value.toString(), null);
    }

    /** A chart as data attributes: its labels and series as JSON text, series names translated. */
    RenderedChart chart(ChartData chart, Locale locale) {
        StringBuilder series = new StringBuilder("[");
        for (ChartData.Series one : chart.series()) {
            if (series.length() > 1) {
                series.append(',');
            }
            series.append("{\"label\":")
                    .append(json(messages.getMessage(one.labelKey(), null, locale)))
                    .append(",\"line\":")
                    .append(one.line())
                    .append(",\"data\":[");
            for (int i = 0; i < one.values().size(); i++) {
                series.append(i == 0 ? "" : ",").append(one.values().get(i));
            }
            series.append("]}");
        }
        series.append(']');
        StringBuilder labels = new StringBuilder("[");
        for (int i = 0; i < chart.labels().size(); i++) {
            labels.append(i == 0 ? "" : ",").append(json(chart.labels().get(i)));
        }
        labels.append(']');
        return new RenderedChart(
                chart.id(), messages.getMessage(chart.titleKey(), null, locale), labels.toString(), series.toString());
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    record RenderedChart(String id, String title, String labels, String series) {}
}
