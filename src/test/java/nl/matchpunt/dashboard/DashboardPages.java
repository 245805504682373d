package nl.matchpunt.dashboard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.matchpunt.shared.SpreadsheetText;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads the dashboard's tables from its HTML, its CSV and its XLSX, as rows of cell texts. */
final class DashboardPages {

    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);

    private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);

    private DashboardPages() {}

    /** The body rows of the table with the given id; empty when the page has no such table. */
    static List<List<String>> htmlRows(String html, String tableId) {
        int start = html.indexOf("id=\"table-" + tableId + "\"");
        if (start < 0) {
            return List.of();
        }
        int body = html.indexOf("<tbody>", start);
        String tbody = html.substring(body, html.indexOf("</tbody>", body));
        List<List<String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(tbody);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.add(unescape(cell.group(1).strip()));
            }
            if (!row.group(1).contains("colspan")) {
                rows.add(cells);
            }
        }
        return rows;
    }

    static boolean hasTable(String html, String tableId) {
        return html.contains("id=\"table-" + tableId + "\"");
    }

    /** The records of a CSV export (read with Apache Commons CSV, as Dutch Excel writes it), empty lines left out. */
    static List<List<String>> csvRows(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (CSVParser parser = CSVParser.parse(text, SpreadsheetText.DUTCH_EXCEL)) {
            return parser.stream()
                    .map(CSVRecord::toList)
                    .filter(row -> !row.equals(List.of("")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first sheet's rows (read with Apache POI), each cell as Excel shows it, with a decimal point. */
    static List<List<String>> xlsxRows(byte[] body) throws IOException {
        DataFormatter shown = new DataFormatter(Locale.ROOT);
        List<List<String>> rows = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    values.add(shown.formatCellValue(row.getCell(c)));
                }
                rows.add(values);
            }
        }
        return rows;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
