package nl.matchpunt.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * The one rule for text that goes into a spreadsheet (every CSV and XLSX the application writes), following OWASP's
 * "CSV Injection" advice: a text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return could be run as a formula by Excel or LibreOffice, so it gets a single quote in front, is put
 * between double quotes in a CSV, and is shown as the text it is. A cell that is a plain number ({@code -12},
 * {@code -3,5}) stays a number.
 */
public final class SpreadsheetText {

    /**
     * CSV as Dutch Excel opens it: semicolons, double quotes where a field needs them, CRLF after each line. Apache
     * Commons CSV does the quoting and reading.
     */
    public static final CSVFormat DUTCH_EXCEL = CSVFormat.EXCEL
            .builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();

    /** The same with the field always quoted: for a neutralised cell. */
    private static final CSVFormat DUTCH_EXCEL_QUOTED =
            DUTCH_EXCEL.builder().setQuoteMode(QuoteMode.ALL).get();

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    private SpreadsheetText() {}

    /** The text as a spreadsheet may safely hold it: with a leading single quote when it could start a formula. */
    public static String neutralise(String text) {
        if (text.isEmpty()
                || FORMULA_STARTS.indexOf(text.charAt(0)) < 0
                || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    /**
     * The text as written by {@link #neutralise(String)} read back: the single quote dropped again, for an upload
     * of a file this application wrote (the failed lines of an import, fixed and uploaded again).
     */
    public static String restore(String text) {
        if (text.length() > 1 && text.charAt(0) == '\'' && FORMULA_STARTS.indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }

    /** One CSV line ({@link #DUTCH_EXCEL}) of text cells, each neutralised. */
    public static String csvLine(List<String> cells) {
        return csvLine(cells, position -> false);
    }

    /**
     * One CSV line ({@link #DUTCH_EXCEL}): the cells at the positions where {@code number} holds are figures and
     * are written as they are (a negative one too); every other cell is text and is neutralised.
     */
    public static String csvLine(List<String> cells, IntPredicate number) {
        StringBuilder line = new StringBuilder();
        try {
            for (int i = 0; i < cells.size(); i++) {
                String text = cells.get(i);
                String safe = number.test(i) ? text : neutralise(text);
                (safe.equals(text) ? DUTCH_EXCEL : DUTCH_EXCEL_QUOTED).print(safe, line, i == 0);
            }
            DUTCH_EXCEL.println(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder never throws it
        }
        return line.toString();
    }
}
