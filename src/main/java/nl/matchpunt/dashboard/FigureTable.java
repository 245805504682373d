package nl.matchpunt.dashboard;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One table of the dashboard, exactly as the page shows it and the CSV and XLSX exports hold it.
 *
 * @param id the table's name in URLs ({@code /dashboard/export/<id>.csv})
 * @param titleKey the message key of its caption
 * @param columnKeys the message keys of its column headings
 * @param rows its cells: {@link String}, {@link Number} or {@link Label}
 */
public record FigureTable(String id, String titleKey, List<String> columnKeys, List<List<@Nullable Object>> rows) {

    /** A cell whose text comes from the message bundle, in the reader's language. */
    public record Label(String key, Object... arguments) {}
}
