package nl.matchpunt.dwellings.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How Dutch users and their spreadsheets write amounts, dates and yes/no: {@code 612,50}, {@code € 1.234,56} or
 * {@code 612.50}; {@code 15-12-2026}, {@code 15-12-26}, {@code 15/12/2026} or {@code 2026-12-15}; {@code ja}/{@code
 * nee}. Used by the CSV import and the web form.
 */
public final class DutchFormats {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private static final Set<String> YES = Set.of("ja", "j", "yes", "y", "true", "waar", "1", "x");

    private static final Set<String> NO = Set.of("nee", "n", "no", "false", "onwaar", "0", "");

    private DutchFormats() {}

    /**
     * An amount in euros: a comma is the decimal separator when present (points are then thousands separators);
     * without a comma a single point followed by one or two digits is the decimal separator.
     */
    public static Optional<BigDecimal> amount(String text) {
        String value = text.replace("€", "")
                .replace("EUR", "")
                .replace(" ", "")
                .replace("\u00A0", "")
                .strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.contains(",")) {
            value = value.replace(".", "").replace(',', '.');
        } else if (!value.matches("-?[0-9]+(\\.[0-9]{1,2})?")) {
            value = value.replace(".", "");
        }
        if (!value.matches("-?[0-9]+(\\.[0-9]+)?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(value));
    }

    /** An amount as a Dutch user writes it: {@code 612,50}. */
    public static String amount(BigDecimal amount) {
        return String.format(Locale.forLanguageTag("nl-NL"), "%.2f", amount);
    }

    public static Optional<LocalDate> date(String text) {
        String value = text.strip();
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(value, format));
            } catch (DateTimeParseException notThisFormat) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    /** Yes or no; empty for anything else. An empty cell is "no". */
    public static Optional<Boolean> yesNo(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(value)) {
            return Optional.of(true);
        }
        if (NO.contains(value)) {
            return Optional.of(false);
        }
        return Optional.empty();
    }
}
