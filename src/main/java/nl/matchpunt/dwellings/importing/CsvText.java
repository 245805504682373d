package nl.matchpunt.dwellings.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import nl.matchpunt.shared.SpreadsheetText;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and writes CSV as spreadsheets do: UTF-8 with or without a byte-order mark, semicolon (Dutch Excel) or
 * comma as separator (whichever the header line uses), double quotes around fields that need them, CRLF or LF.
 * Apache Commons CSV does the parsing and quoting.
 */
final class CsvText {

    /** A record of the file and the line on which it starts (1 = the header). */
    record Line(int number, List<String> cells) {

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private CsvText() {}

    /** Every record, an empty line too (as one empty cell); every cell as typed ({@link SpreadsheetText#restore}). */
    static List<Line> read(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(
                text,
                SpreadsheetText.DUTCH_EXCEL
                        .builder()
                        .setDelimiter(separatorOf(text))
                        .get())) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                // the parser has read up to the end of the previous record; hasNext() reads the next one
                int start = (int) parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                List<String> cells =
                        records.next().stream().map(SpreadsheetText::restore).toList();
                lines.add(new Line(start, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String never throws it
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
