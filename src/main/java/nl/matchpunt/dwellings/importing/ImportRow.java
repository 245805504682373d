package nl.matchpunt.dwellings.importing;

import java.util.List;
import nl.matchpunt.dwellings.DwellingData;
import org.jspecify.annotations.Nullable;

/**
 * One line of an uploaded file: its line number, its cells as typed, and either the vacancy it describes or the
 * problems that stop it from being imported.
 */
public record ImportRow(
        int lineNumber, List<String> cells, @Nullable DwellingData data, List<RowError> errors) {

    /** A problem in one column of a line, in the user's language. */
    public record RowError(String column, String message) {}

    public boolean valid() {
        return errors.isEmpty();
    }
}
