package nl.matchpunt.dwellings.importing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.matchpunt.shared.SpreadsheetText;

/**
 * Reads and writes CSV as spreadsheets do: UTF-8 with or without a byte-order mark, semicolon (Dutch Excel) or
 * comma as separator (whichever the header line uses), double quotes around fields that need them, CRLF or LF.
 */
final class CsvText {

    /** A record of the file and the line on which it starts (1 = the header). */
    record Line(int number, List<String> cells) {

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private CsvText() {}

    static List<Line> read(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = separatorOf(text);
        List<Line> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == separator) {
                cells.add(SpreadsheetText.restore(cell.toString()));
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(SpreadsheetText.restore(cell.toString()));
                lines.add(new Line(recordStart, List.copyOf(cells)));
                cells.clear();
                cell.setLength(0);
                line++;
                recordStart = line;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(SpreadsheetText.restore(cell.toString()));
            lines.add(new Line(recordStart, List.copyOf(cells)));
        }
        return lines;
    }

    /** The separator of the first line: a semicolon when it has any outside quotes and no fewer than commas. */
    static char separatorOf(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > 0 && semicolons >= commas ? ';' : ',';
    }

    /**
     * One line of CSV with semicolons (as Dutch Excel opens it), quoting where needed, ending in CRLF; a cell that
     * could start a spreadsheet formula is neutralised ({@link SpreadsheetText}).
     */
    static String write(List<String> cells) {
        return SpreadsheetText.csvLine(cells);
    }
}
