package nl.matchpunt.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one rule for text that goes into a spreadsheet (every CSV and XLSX the application writes), following OWASP's
 * "CSV Injection" advice: a text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return could be run as a formula by Excel or LibreOffice, so it gets a single quote in front and is
 * shown as the text it is. A cell that is a plain number ({@code -12}, {@code -3,5}) stays a number. CSV fields are
 * then quoted where the separator, a quote or a line break needs it.
 */
public final class SpreadsheetText {

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

    /** One CSV field of a text cell: neutralised, then quoted when it holds the separator, a quote or a break. */
    public static String csvField(String text, char separator) {
        String safe = neutralise(text);
        if (safe.indexOf(separator) >= 0
                || safe.contains("\"")
                || safe.contains("\n")
                || safe.contains("\r")
                || !safe.equals(text)) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    /** One CSV line of text cells with semicolons (as Dutch Excel opens it), ending in CRLF. */
    public static String csvLine(List<String> cells) {
        List<String> fields = new ArrayList<>(cells.size());
        for (String cell : cells) {
            fields.add(csvField(cell, ';'));
        }
        return String.join(";", fields) + "\r\n";
    }
}
